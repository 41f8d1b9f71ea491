package dev.ganforge.plugins.data;

import dev.ganforge.spec.DataSpec;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The augmentation of pix2pix and CycleGAN (Isola et al. 2017, Zhu et al. 2017; the reference
 * code's {@code --preprocess resize_and_crop} and {@code --no_flip}): images are read at a load
 * size larger than the spec's, then a random window of the spec's height and width is cut out
 * and, optionally, mirrored left to right. Which window and whether it is mirrored is a pure
 * function of the run's seed, the sample's place in the run and a stream number, so that a
 * resumed run sees the same batches; the two images of a pair are given the same {@link Cut}.
 * Held-out samples are cut from the centre, unmirrored.
 *
 * @param channels channels of a sample
 * @param loadHeight height of an image as read
 * @param loadWidth width of an image as read
 * @param height height of a sample (the spec's)
 * @param width width of a sample (the spec's)
 * @param flip whether training samples are mirrored at random (half of them)
 */
record CropAndFlip(int channels, int loadHeight, int loadWidth, int height, int width, boolean flip) {

    /** Where a window is cut from an image as read, and whether it is mirrored. */
    record Cut(int top, int left, boolean mirrored) {}

    CropAndFlip {
        if (loadHeight < height || loadWidth < width) {
            throw new IllegalArgumentException("the load size " + loadHeight + "×" + loadWidth
                    + " is smaller than data.shape's " + height + "×" + width + "; set 'load-size' to at least "
                    + Math.max(height, width) + ", or to 0 to read images at data.shape");
        }
    }

    /**
     * The augmentation for a spec's image shape {@code [channels, height, width]}.
     *
     * @param loadSize the side images are read at before the crop, or 0 to read them at the
     *     spec's height and width (no crop)
     */
    static CropAndFlip of(DataSpec data, int loadSize, boolean flip) {
        List<Integer> shape = data.shape();
        if (shape.size() != 3) {
            throw new IllegalArgumentException("data.shape is " + shape + " but random crops and flips need images of"
                    + " [channels, height, width]");
        }
        if (loadSize < 0) {
            throw new IllegalArgumentException("'load-size' must be 0 (read images at data.shape) or a side of at"
                    + " least the image's, found " + loadSize);
        }
        int height = shape.get(1);
        int width = shape.get(2);
        return new CropAndFlip(shape.get(0), loadSize == 0 ? height : loadSize, loadSize == 0 ? width : loadSize,
                height, width, flip);
    }

    /** Whether samples are read exactly as the tables hold them: no crop and no mirror. */
    boolean isIdentity() {
        return loadHeight == height && loadWidth == width && !flip;
    }

    /** Values of an image as read (channels × load height × load width). */
    int loadedSize() {
        return channels * loadHeight * loadWidth;
    }

    /** Values of a sample (channels × height × width). */
    int sampleSize() {
        return channels * height * width;
    }

    /**
     * The cut for the {@code k}-th sample a run with {@code seed} sees, in the random stream
     * {@code stream} (the two domains of unpaired data use two streams).
     */
    Cut random(long seed, long k, long stream) {
        SplittableRandom random = new SplittableRandom((seed * 0x9E3779B97F4A7C15L + k) ^ (stream * 0xC2B2AE3D27D4EB4FL));
        int top = random.nextInt(loadHeight - height + 1);
        int left = random.nextInt(loadWidth - width + 1);
        boolean mirrored = flip && random.nextBoolean();
        return new Cut(top, left, mirrored);
    }

    /** The cut for held-out samples: the centre, unmirrored. */
    Cut centre() {
        return new Cut((loadHeight - height) / 2, (loadWidth - width) / 2, false);
    }

    /**
     * Copies the window {@code cut} of {@code loaded} (an image as read, C × load height × load
     * width) into {@code target} from {@code offset}.
     */
    void apply(Cut cut, float[] loaded, float[] target, int offset) {
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < height; y++) {
                int from = (c * loadHeight + cut.top() + y) * loadWidth + cut.left();
                int to = offset + (c * height + y) * width;
                if (cut.mirrored()) {
                    for (int x = 0; x < width; x++) {
                        target[to + x] = loaded[from + width - 1 - x];
                    }
                } else {
                    System.arraycopy(loaded, from, target, to, width);
                }
            }
        }
    }
}
