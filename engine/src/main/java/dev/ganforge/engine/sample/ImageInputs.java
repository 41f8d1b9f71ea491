package dev.ganforge.engine.sample;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Image files as a network's input: read, resized to the spec's height and width, turned grey or
 * RGB as its channels say, and scaled into its value range; for translating images a run was not
 * trained on.
 */
public final class ImageInputs {

    private static final List<String> SUFFIXES = List.of(".png", ".jpg", ".jpeg", ".bmp", ".gif");

    private ImageInputs() {}

    /**
     * The image files at {@code path}: the file itself, or the images of a folder (not its
     * sub-folders), sorted by name.
     *
     * @throws IOException if the path is not there or holds no image
     */
    public static List<Path> list(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new IOException(path + ": no such file or folder");
        }
        List<Path> images;
        try (Stream<Path> entries = Files.list(path)) {
            images = entries.filter(Files::isRegularFile).filter(ImageInputs::isImage).sorted().toList();
        }
        if (images.isEmpty()) {
            throw new IOException(path + ": holds no image (" + String.join(", ", SUFFIXES) + ")");
        }
        return images;
    }

    /**
     * One image as (channels × height × width) values in [{@code min}, {@code max}].
     *
     * @param shape [channels, height, width], channels 1 (grey) or 3 (RGB)
     * @throws IOException if the file cannot be read as an image
     */
    public static float[] read(Path file, List<Integer> shape, double min, double max) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException(file + ": not an image this machine can read");
        }
        int channels = shape.get(0);
        int height = shape.get(1);
        int width = shape.get(2);
        BufferedImage sized = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = sized.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        float[] values = new float[channels * height * width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = sized.getRGB(x, y);
                int[] parts = {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
                for (int c = 0; c < channels; c++) {
                    double value = channels == 1 ? (0.299 * parts[0] + 0.587 * parts[1] + 0.114 * parts[2]) : parts[c];
                    values[(c * height + y) * width + x] = (float) (min + (max - min) * value / 255.0);
                }
            }
        }
        return values;
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
