package dev.ganforge.engine.backend;

/**
 * The engine a spec asks for is not on the class path. The message says how to add it or how to
 * train on another engine.
 */
public final class EngineUnavailableException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    EngineUnavailableException(String message) {
        super(message);
    }
}
