package dev.ganforge.plugins.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Image files decoded when a sample is read (on the prefetch thread while training), with
 * {@link ImageIO}, and brought to the spec's size and channels: scaled so that the image covers
 * the target and centre-cropped ({@link Fit#CROP}, as DCGAN prepares CelebA), or stretched
 * ({@link Fit#STRETCH}); one channel is the luma of the colours (ITU-R BT.601), three are RGB.
 * Transparent pixels become black.
 */
final class ImageFiles implements SampleTable {

    /** How an image of another aspect ratio is brought to the target's. */
    enum Fit {
        /** Scale to cover the target, then cut off what overhangs, keeping the centre. */
        CROP,
        /** Scale each side to the target's, distorting the aspect ratio. */
        STRETCH;

        /** The fit named {@code name} in a spec ({@code crop} or {@code stretch}) of dataset plugin {@code plugin}. */
        static Fit named(String name, String plugin) {
            return Stream.of(values()).filter(fit -> fit.word().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("parameter 'fit' of dataset plugin '" + plugin
                            + "' must be 'crop' or 'stretch', found '" + name + "'"));
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Which part of a file is the image: all of it, or one half of pix2pix's "aligned" pairs,
     * which hold domain A on the left and B on the right (a file of odd width gives B the
     * extra column, as the reference code cuts it).
     */
    enum Part {
        /** The whole file. */
        WHOLE,
        /** The left half. */
        LEFT_HALF,
        /** The right half. */
        RIGHT_HALF;

        BufferedImage of(BufferedImage image) {
            int half = image.getWidth() / 2;
            return switch (this) {
                case WHOLE -> image;
                case LEFT_HALF -> image.getSubimage(0, 0, Math.max(1, half), image.getHeight());
                case RIGHT_HALF -> image.getSubimage(half, 0, image.getWidth() - half, image.getHeight());
            };
        }
    }

    /** File name suffixes {@link ImageIO} reads (png, jpg, jpeg, bmp, gif, wbmp, tif, tiff), lowercase. */
    static final Set<String> READABLE = Stream.of(ImageIO.getReaderFileSuffixes())
            .map(suffix -> suffix.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private final List<Path> files;
    private final int[] labels;
    private final int channels;
    private final int height;
    private final int width;
    private final Fit fit;
    private final Part part;

    /**
     * Whole files as images.
     *
     * @param files the images, in the order of their indices
     * @param labels one class per image, or {@code null} for unlabelled images
     */
    ImageFiles(List<Path> files, int[] labels, int channels, int height, int width, Fit fit) {
        this(files, labels, channels, height, width, fit, Part.WHOLE);
    }

    /**
     * @param files the images, in the order of their indices
     * @param labels one class per image, or {@code null} for unlabelled images
     * @param part which part of each file is the image
     */
    ImageFiles(List<Path> files, int[] labels, int channels, int height, int width, Fit fit, Part part) {
        this.part = part;
        this.files = List.copyOf(files);
        this.labels = labels;
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.fit = fit;
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public int sampleSize() {
        return channels * height * width;
    }

    @Override
    public int[] labels() {
        return labels;
    }

    @Override
    public void read(int index, float[] target, int offset) {
        try {
            decode(index, target, offset);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Reads image {@code index} as {@link #read} does, reporting a bad file as a checked exception. */
    void decode(int index, float[] target, int offset) throws IOException {
        Path file = files.get(index);
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException broken) {
            throw new IOException(file + " cannot be read as an image (" + broken.getMessage()
                    + "); replace it or remove it from the folder", broken);
        }
        if (image == null) {
            throw new IOException(file + " is not an image ganforge can read; convert it to PNG or JPEG");
        }
        int[] rgb = resized(part.of(image)).getRGB(0, 0, width, height, null, 0, width);
        int pixels = height * width;
        for (int p = 0; p < pixels; p++) {
            int red = (rgb[p] >>> 16) & 0xFF;
            int green = (rgb[p] >>> 8) & 0xFF;
            int blue = rgb[p] & 0xFF;
            if (channels == 1) {
                target[offset + p] = (0.299f * red + 0.587f * green + 0.114f * blue) / 255;
            } else {
                target[offset + p] = red / 255f;
                target[offset + pixels + p] = green / 255f;
                target[offset + 2 * pixels + p] = blue / 255f;
            }
        }
    }

    private BufferedImage resized(BufferedImage image) {
        int sourceX = 0;
        int sourceY = 0;
        int sourceWidth = image.getWidth();
        int sourceHeight = image.getHeight();
        if (fit == Fit.CROP) {
            // Compare the aspect ratios as products, in long, to stay exact.
            if ((long) sourceWidth * height > (long) sourceHeight * width) {
                int cropped = (int) Math.max(1, Math.round((double) sourceHeight * width / height));
                sourceX = (sourceWidth - cropped) / 2;
                sourceWidth = cropped;
            } else {
                int cropped = (int) Math.max(1, Math.round((double) sourceWidth * height / width));
                sourceY = (sourceHeight - cropped) / 2;
                sourceHeight = cropped;
            }
        }
        BufferedImage current = image.getSubimage(sourceX, sourceY, sourceWidth, sourceHeight);
        // Bilinear interpolation alone aliases when it shrinks by more than half: halve each side first.
        while (current.getWidth() >= 2 * width || current.getHeight() >= 2 * height) {
            current = draw(current, current.getWidth() >= 2 * width ? current.getWidth() / 2 : current.getWidth(),
                    current.getHeight() >= 2 * height ? current.getHeight() / 2 : current.getHeight());
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int toWidth, int toHeight) {
        BufferedImage target = new BufferedImage(toWidth, toHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, toWidth, toHeight, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }
}
