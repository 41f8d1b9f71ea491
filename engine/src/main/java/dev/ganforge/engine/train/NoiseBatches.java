package dev.ganforge.engine.train;

import java.util.ArrayList;
import java.util.List;

/**
 * How many samples each batch of a large sampling takes, so that noise drawn batch after batch
 * from one seed is the noise one draw of all samples would give, and the samples do not depend
 * on the batch size.
 *
 * <p>That holds for uniform noise whatever the sizes (libtorch draws it value by value), but not
 * for normal noise: libtorch draws the uniform values of a whole tensor, then turns them into
 * normal ones sixteen at a time (Box–Muller on pairs eight apart), and when the size is not a
 * multiple of sixteen it redraws the last sixteen values. Batches of a multiple of sixteen values
 * therefore continue one draw exactly, and so does a last batch of at least sixteen values,
 * whose redrawn tail is the one draw's.
 */
final class NoiseBatches {

    private static final int BLOCK = 16;

    private NoiseBatches() {}

    /**
     * The sizes of the batches of {@code count} samples of {@code latentSize} noise values each,
     * at most about {@code batchSize} samples a batch.
     *
     * @return sizes that add up to {@code count}: each but the last a multiple of sixteen values,
     *     the last at least sixteen values (unless all of them are fewer); none more than
     *     {@code max(batchSize, 16) + 15} samples
     */
    static List<Integer> sizes(int count, int batchSize, int latentSize) {
        if (count < 1 || batchSize < 1 || latentSize < 1) {
            throw new IllegalArgumentException("count, batch size and latent size must be at least 1, found "
                    + count + ", " + batchSize + ", " + latentSize);
        }
        // Samples whose noise fills whole blocks, and the fewest samples that fill one block.
        int unit = BLOCK / gcd(latentSize, BLOCK);
        int lastAtLeast = (BLOCK + latentSize - 1) / latentSize;
        int batch = Math.max(unit, batchSize / unit * unit);
        List<Integer> sizes = new ArrayList<>();
        int left = count;
        while (left - batch >= lastAtLeast) {
            sizes.add(batch);
            left -= batch;
        }
        sizes.add(left);
        return sizes;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
