package dev.ganforge.plugins.recipe;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A history of generated images that a critic is shown instead of the newest ones half of the
 * time (Shrivastava et al. 2017; CycleGAN's image pool): until it is full, every image is kept and
 * returned; after, each image is, with probability ½, swapped with a random stored one (the stored
 * one is returned), or returned itself. Kept on the host, as copies, so that its state is a plain
 * array a checkpoint can hold.
 */
final class ImagePool {

    private final int capacity;
    private final List<float[]> images = new ArrayList<>();
    /** The shape of one stored image, known once an image is stored or loaded. */
    private Shape imageShape;

    /** @param capacity the number of images kept; 0 keeps none and returns every image itself */
    ImagePool(int capacity) {
        this.capacity = capacity;
    }

    /**
     * The images a critic sees in place of {@code fakes} (N, ...), on {@code fakes}' manager.
     *
     * @param random the step's draws, a function of the run's seed and the step
     */
    NDArray query(NDArray fakes, SplittableRandom random) {
        if (capacity == 0) {
            return fakes;
        }
        Shape shape = fakes.getShape();
        imageShape = shape.slice(1);
        int count = (int) shape.get(0);
        int size = (int) (shape.size() / count);
        float[] values = fakes.toFloatArray();
        float[] shown = new float[values.length];
        for (int i = 0; i < count; i++) {
            float[] image = Arrays.copyOfRange(values, i * size, (i + 1) * size);
            float[] chosen = image;
            if (images.size() < capacity) {
                images.add(image);
            } else if (random.nextDouble() < 0.5) {
                int stored = random.nextInt(capacity);
                chosen = images.set(stored, image);
            }
            System.arraycopy(chosen, 0, shown, i * size, size);
        }
        return fakes.getManager().create(shown, shape);
    }

    /** The stored images as one (K, ...) array, or {@code null} when empty. */
    NDArray state(NDManager manager) {
        if (images.isEmpty()) {
            return null;
        }
        int size = images.get(0).length;
        float[] all = new float[images.size() * size];
        for (int i = 0; i < images.size(); i++) {
            System.arraycopy(images.get(i), 0, all, i * size, size);
        }
        return manager.create(all, new Shape(images.size()).addAll(imageShape));
    }

    /** Replaces the stored images with those of {@code state} (as {@link #state} wrote), or none for {@code null}. */
    void load(NDArray state) {
        images.clear();
        if (state == null) {
            return;
        }
        imageShape = state.getShape().slice(1);
        int count = (int) state.getShape().get(0);
        int size = (int) (state.getShape().size() / count);
        float[] values = state.toFloatArray();
        for (int i = 0; i < count; i++) {
            images.add(Arrays.copyOfRange(values, i * size, (i + 1) * size));
        }
    }
}
