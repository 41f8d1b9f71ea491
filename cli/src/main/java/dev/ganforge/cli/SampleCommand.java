package dev.ganforge.cli;

import dev.ganforge.engine.api.Ganforge;
import dev.ganforge.engine.api.Run;
import dev.ganforge.engine.api.SampleOptions;
import dev.ganforge.engine.api.WrittenSamples;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.engine.sample.SampleGrid;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganforge sample DIR --count N --out FILE}: samples from a run's latest checkpoint. */
@Command(name = "sample", mixinStandardHelpOptions = true, versionProvider = GanforgeCli.Version.class, description = {"Generate samples from a run's latest checkpoint: a PNG grid for images, CSV for vectors.",
            "Images are also written as IDX (MNIST's format, for other tools to score): --out x.png gives"
            + " x-images-idx3-ubyte too, and x-labels-idx1-ubyte for a conditional GAN. The IDX file holds every"
            + " sample; the grid shows the first " + SampleGrid.MAX_IMAGES + ".",
            "Samples are generated --batch at a time and written as they come, so any --count fits in memory."})
final class SampleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @picocli.CommandLine.Mixin
    private ThreadOption threads;

    @picocli.CommandLine.Mixin
    private EngineOption engine;

    @Parameters(paramLabel = "DIR", description = "the run directory")
    private Path directory;

    @Option(names = "--count", paramLabel = "N", defaultValue = "64", description = "how many samples (default: ${DEFAULT-VALUE})")
    private int count;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the PNG (images) or CSV (vectors) to write")
    private Path out;

    @Option(names = "--seed", paramLabel = "S", description = "noise seed (default: the spec's seed)")
    private Long seed;

    @Option(names = "--label", paramLabel = "L", description = "class label, for conditional GANs")
    private Integer label;

    @Option(names = "--batch", paramLabel = "N",
            description = "samples generated at once; memory, not the samples, depends on it (default: the spec's training.batch-size)")
    private Integer batch;

    @Override
    public Integer call() {
        if (count < 1) {
            return RunCommands.usage(command, "--count must be at least 1, found " + count);
        }
        if (batch != null && batch < 1) {
            return RunCommands.usage(command, "--batch must be at least 1, found " + batch);
        }
        if (threads.problem() != null) {
            return RunCommands.usage(command, threads.problem());
        }
        if (engine.problem() != null) {
            return RunCommands.usage(command, engine.problem());
        }
        PrintWriter said = command.commandLine().getOut();
        return RunCommands.guarded(command.commandLine().getErr(), () -> {
            threads.apply(engine.apply(TrainingRun.recordedSpec(directory)));
            try (Run run = Ganforge.open(directory, engine.choice())) {
                if (label != null && run.classes() == 0) {
                    throw new IllegalArgumentException("--label needs a conditional GAN; the run in " + directory
                            + " is not conditional");
                }
                SampleOptions.Builder options = SampleOptions.builder().setCount(count);
                if (seed != null) {
                    options.optSeed(seed);
                }
                if (batch != null) {
                    options.optBatchSize(batch);
                }
                if (label != null) {
                    options.optLabel(label);
                }
                WrittenSamples written = run.write(out, options.build());
                if (written.images() != null) {
                    said.printf("wrote the images as IDX to %s%n", written.images());
                    if (written.labels() != null) {
                        said.printf("wrote their labels as IDX to %s%n", written.labels());
                    }
                    if (written.gridImages() < count) {
                        said.printf("the grid shows the first %d of them%n", written.gridImages());
                    }
                }
                said.printf("wrote %d samples of step %d to %s%n", count, written.step(), out);
                said.flush();
            }
            return ExitCode.OK;
        });
    }
}
