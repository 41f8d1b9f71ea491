package dev.ganforge.spec;

/**
 * Nearest-neighbour up-sampling (Keras' {@code UpSampling2D}): each pixel repeated
 * {@code factor} times in both directions.
 *
 * @param factor the scale factor, at least 1
 */
public record UpsampleBlock(int factor) implements BlockSpec {

    @Override
    public String kind() {
        return "upsample";
    }
}
