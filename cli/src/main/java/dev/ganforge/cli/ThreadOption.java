package dev.ganforge.cli;

import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.GanSpec;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * The {@code --threads} option of the commands that compute: the number of intra-op threads
 * the engine uses. DJL reads it once, when the engine starts, so it is set before anything
 * touches the engine. Only PyTorch's can be set this way; MXNet reads {@code OMP_NUM_THREADS}.
 *
 * <p>Without the option, a GAN of dense layers only (vector data such as the 2-D toys) runs on
 * one thread: its operations are too small to share, and splitting them made the WGAN-GP ring
 * slower, not faster (docs/engine-notes.md). Convolutional GANs keep the engine's default.
 */
final class ThreadOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "intra-op threads of the pytorch engine (default: 1 for GANs of dense layers only,"
                    + " otherwise the engine's default, usually the core count); for mxnet set OMP_NUM_THREADS")
    private Integer threads;

    /** The problem with the option's value, or {@code null} if it is usable. */
    String problem() {
        return threads != null && threads < 1 ? "--threads must be at least 1, found " + threads : null;
    }

    /**
     * Applies the option (or the default for {@code spec}) to the engine {@code spec} trains on;
     * call before the engine starts.
     *
     * @throws IllegalArgumentException if {@code --threads} was given for an engine whose thread
     *     count only the environment sets
     */
    void apply(GanSpec spec) {
        Integer chosen = threads != null ? threads : denseOnly(spec) ? Integer.valueOf(1) : null;
        EngineSupport engine = EngineSupport.of(spec);
        if (chosen != null && !engine.limitThreads(chosen) && threads != null) {
            throw new IllegalArgumentException("--threads sets the thread pool of the pytorch engine only; the "
                    + engine.choice().yamlName() + " engine reads its thread count from the environment when it"
                    + " loads: run with OMP_NUM_THREADS=" + threads + " instead");
        }
    }

    /** Block kinds whose cost is a matrix product at most: networks of only these gain nothing from a second thread. */
    private static final Set<String> ELEMENTWISE_OR_DENSE = Set.of("dense", "activation", "dropout", "batch-norm");

    private static boolean denseOnly(GanSpec spec) {
        return Stream.concat(spec.generator().blocks().stream(), spec.discriminator().blocks().stream())
                .allMatch(ThreadOption::elementwiseOrDense);
    }

    private static boolean elementwiseOrDense(BlockSpec block) {
        return ELEMENTWISE_OR_DENSE.contains(block.kind());
    }
}
