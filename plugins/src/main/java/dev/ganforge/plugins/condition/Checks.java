package dev.ganforge.plugins.condition;

/** Parameter checks shared by the conditioning methods. */
final class Checks {

    private Checks() {}

    static int embedding(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("embedding must be 0 (one-hot) or a positive size, found " + size);
        }
        return size;
    }
}
