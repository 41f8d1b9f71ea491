package dev.ganforge.block;

/**
 * Why a block cannot take the shape it is given. The message reads after the block's name, e.g.
 * "needs an image input (channels×height×width) but gets 100; put a 'reshape' …".
 */
public final class ShapeMismatch extends Exception {

    private static final long serialVersionUID = 1L;

    /** A mismatch described by {@code message}. */
    public ShapeMismatch(String message) {
        super(message, null, false, false);
    }
}
