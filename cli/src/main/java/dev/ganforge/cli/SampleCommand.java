package dev.ganforge.cli;

import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.engine.sample.CsvSampleFile;
import dev.ganforge.engine.sample.ImageSampleFiles;
import dev.ganforge.engine.sample.SampleFiles;
import dev.ganforge.engine.sample.SampleGrid;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntUnaryOperator;
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
            try (TrainingRun run = TrainingRun.load(directory, PluginRegistry.load(), engine.choice())) {
                long noiseSeed = seed != null ? seed : run.spec().training().seed();
                if (label != null && run.classes() == 0) {
                    throw new IllegalArgumentException("--label needs a conditional GAN; the run in " + directory
                            + " is not conditional");
                }
                // A conditional GAN draws --label's class, or classes 0, 1, ... in turn.
                int classes = run.classes();
                IntUnaryOperator labelOf = classes == 0 ? null : label != null ? i -> label : i -> i % classes;
                List<Integer> shape = run.spec().data().shape();
                boolean images = shape.size() == 3;
                if (!images && out.toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
                    throw new IllegalArgumentException("this run's samples are vectors, written as CSV (one sample a line);"
                            + " name the --out file .csv");
                }
                // Without --label, a conditional GAN's grid has a column per class.
                int columns = label == null && classes > 0 ? classes : (int) Math.ceil(Math.sqrt(SampleGrid.shown(count, 1)));
                double min = run.spec().data().min();
                double max = run.spec().data().max();
                try (SampleFiles files = images
                        ? new ImageSampleFiles(out, count, columns, shape, min, max, labelOf)
                        : new CsvSampleFile(out, shape.get(0))) {
                    run.generate(count, noiseSeed, batch != null ? batch : run.spec().training().batchSize(), labelOf,
                            (samples, first) -> files.add(samples.toFloatArray(), first, Math.toIntExact(samples.getShape().get(0))));
                    files.finish();
                    if (files instanceof ImageSampleFiles written) {
                        said.printf("wrote the images as IDX to %s%n", written.imagesFile());
                        if (written.labelsFile() != null) {
                            said.printf("wrote their labels as IDX to %s%n", written.labelsFile());
                        }
                        if (written.gridImages() < count) {
                            said.printf("the grid shows the first %d of them%n", written.gridImages());
                        }
                    }
                }
                said.printf("wrote %d samples of step %d to %s%n", count, run.step(), out);
                said.flush();
            }
            return ExitCode.OK;
        });
    }
}
