package dev.ganforge.engine.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --threads} option of the commands that compute: the number of intra-op threads
 * the engine uses. DJL reads it once, when the engine starts, so it is set before anything
 * touches the engine.
 */
final class ThreadOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "intra-op threads of the engine (default: the engine's, usually the core count);"
                    + " 1 is fastest for small networks")
    private Integer threads;

    /** Applies the option, if given; call before the engine starts. */
    void apply() {
        if (threads != null) {
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, found " + threads);
            }
            System.setProperty("ai.djl.pytorch.num_threads", threads.toString());
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
    }
}
