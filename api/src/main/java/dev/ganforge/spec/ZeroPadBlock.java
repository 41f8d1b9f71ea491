package dev.ganforge.spec;

/**
 * Zero padding of an image (Keras' {@code ZeroPadding2D}).
 *
 * @param top rows added above
 * @param bottom rows added below
 * @param left columns added on the left
 * @param right columns added on the right
 */
public record ZeroPadBlock(int top, int bottom, int left, int right) implements BlockSpec {

    @Override
    public String kind() {
        return "zero-pad";
    }
}
