package dev.ganforge.plugins.metric;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.SampleSet;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A tiny labelled image dataset for tests: 1×8×8 images in [0, 1] of horizontal (class 0) or
 * vertical (class 1) stripes at a random phase, with uniform noise. Sample {@code i} of a set is
 * a pure function of the set's seed and {@code i}. The end-to-end tests of {@code dsl-examples}
 * train on it too (as the test plugin {@code test-stripes}).
 */
public final class Stripes implements GanDataset {

    private final Set train = new Set(1, 400);
    private final Set test = new Set(2, 1000);

    @Override
    public Batch batch(NDManager manager, long seed, long position, int batchSize) {
        return train.slice(manager, (int) (position * batchSize % (train.size() - batchSize)), batchSize);
    }

    @Override
    public int classes() {
        return 2;
    }

    @Override
    public Optional<SampleSet> split(Split split) {
        return Optional.of(split == Split.TRAIN ? train : test);
    }

    /** Images of the classes {@code labels}; image {@code n} is drawn with the seed {@code seed + n}. */
    public static NDArray images(NDManager manager, int[] labels, long seed) {
        float[] values = new float[labels.length * 64];
        for (int n = 0; n < labels.length; n++) {
            SplittableRandom random = new SplittableRandom(seed + n);
            int phase = random.nextInt(2);
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    int along = labels[n] == 0 ? y : x;
                    float stripe = (along + phase) % 2 == 0 ? 0.8f : 0.2f;
                    values[n * 64 + y * 8 + x] = stripe + 0.2f * (random.nextFloat() - 0.5f);
                }
            }
        }
        return manager.create(values, new Shape(labels.length, 1, 8, 8));
    }

    /** Alternating labels 0, 1, 0, ... */
    public static int[] alternating(int from, int count) {
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (from + i) % 2;
        }
        return labels;
    }

    private record Set(long seed, int size) implements SampleSet {
        @Override
        public Batch slice(NDManager manager, int from, int count) {
            if (from < 0 || from + count > size) {
                throw new IndexOutOfBoundsException(from + "+" + count + " of " + size);
            }
            int[] labels = alternating(from, count);
            return new Batch(images(manager, labels, seed * 1_000_003 + from), manager.create(labels));
        }
    }
}
