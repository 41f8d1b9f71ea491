package dev.ganforge.engine.cli;

import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.DenseBlock;
import dev.ganforge.spec.GanSpec;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * The {@code --threads} option of the commands that compute: the number of intra-op threads
 * the engine uses. DJL reads it once, when the engine starts, so it is set before anything
 * touches the engine.
 *
 * <p>Without the option, a GAN of dense layers only (vector data such as the 2-D toys) runs on
 * one thread: its operations are too small to share, and splitting them made the WGAN-GP ring
 * slower, not faster (docs/engine-notes.md). Convolutional GANs keep the engine's default.
 */
final class ThreadOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "intra-op threads of the engine (default: 1 for GANs of dense layers only,"
                    + " otherwise the engine's default, usually the core count)")
    private Integer threads;

    /** The problem with the option's value, or {@code null} if it is usable. */
    String problem() {
        return threads != null && threads < 1 ? "--threads must be at least 1, found " + threads : null;
    }

    /** Applies the option (or the default for {@code spec}); call before the engine starts. */
    void apply(GanSpec spec) {
        Integer chosen = threads != null ? threads : denseOnly(spec) ? Integer.valueOf(1) : null;
        if (chosen != null && System.getProperty("ai.djl.pytorch.num_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_threads", chosen.toString());
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
    }

    private static boolean denseOnly(GanSpec spec) {
        return Stream.concat(spec.generator().blocks().stream(), spec.discriminator().blocks().stream())
                .allMatch(ThreadOption::elementwiseOrDense);
    }

    private static boolean elementwiseOrDense(BlockSpec block) {
        return block instanceof DenseBlock || block instanceof dev.ganforge.spec.ActivationBlock
                || block instanceof dev.ganforge.spec.DropoutBlock || block instanceof dev.ganforge.spec.BatchNormBlock;
    }
}
