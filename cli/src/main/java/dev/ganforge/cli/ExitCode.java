package dev.ganforge.cli;

/** The exit codes of the {@code ganforge} command, so that scripts can tell failures apart. */
public final class ExitCode {

    /** Everything worked. */
    public static final int OK = 0;
    /** An unexpected internal error; the message says what happened. */
    public static final int INTERNAL_ERROR = 1;
    /** The command line itself was wrong (unknown option, missing argument): picocli's default. */
    public static final int USAGE = 2;
    /** The spec has problems; each is printed with file, line and column. */
    public static final int INVALID_SPEC = 3;
    /** A file could not be read or written. */
    public static final int IO_ERROR = 4;
    /** Training stopped because a loss or a gradient became NaN or infinite; the last good checkpoint is kept. */
    public static final int DIVERGED = 5;
    /**
     * The engine's native convolution kernels compute wrong results on this CPU under the current
     * {@code ONEDNN_MAX_CPU_ISA}; nothing was trained.
     */
    public static final int WRONG_KERNELS = 6;

    private ExitCode() {}
}
