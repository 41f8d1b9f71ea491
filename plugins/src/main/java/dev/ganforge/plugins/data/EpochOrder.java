package dev.ganforge.plugins.data;

import java.util.SplittableRandom;

/**
 * The order in which a run visits a table's samples: epoch after epoch, each a permutation drawn
 * from the run's seed and the epoch's number alone. The k-th sample a run sees is therefore a
 * pure function of (seed, k), which is what makes a resumed run see the batches an
 * uninterrupted one would have.
 *
 * <p>Not thread-safe: it caches the permutation of the last epoch asked for.
 */
final class EpochOrder {

    private final int size;
    private long cachedSeed;
    private long cachedEpoch = -1;
    private int[] cached;

    /** @param size the number of samples in the table */
    EpochOrder(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("no samples to order");
        }
        this.size = size;
    }

    /** The index of the table's sample that a run with {@code seed} sees {@code k}-th (from 0). */
    int sampleAt(long seed, long k) {
        return permutation(seed, k / size)[(int) (k % size)];
    }

    private int[] permutation(long seed, long epoch) {
        if (cached == null || cachedSeed != seed || cachedEpoch != epoch) {
            cached = shuffled(seed, epoch);
            cachedSeed = seed;
            cachedEpoch = epoch;
        }
        return cached;
    }

    private int[] shuffled(long seed, long epoch) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swapped = order[i];
            order[i] = order[j];
            order[j] = swapped;
        }
        return order;
    }
}
