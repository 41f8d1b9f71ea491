package dev.ganforge.engine.cli;

import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.condition.ClassLabels;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.engine.sample.IdxFiles;
import dev.ganforge.engine.sample.SampleImages;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganforge sample DIR --count N --out FILE}: samples from a run's latest checkpoint. */
@Command(name = "sample", mixinStandardHelpOptions = true, versionProvider = GanforgeCli.Version.class, description = {"Generate samples from a run's latest checkpoint: a PNG grid for images, CSV for vectors.",
            "Images are also written as IDX (MNIST's format, for other tools to score): --out x.png gives"
            + " x-images-idx3-ubyte too, and x-labels-idx1-ubyte for a conditional GAN."})
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

    @Override
    public Integer call() {
        if (count < 1) {
            return RunCommands.usage(command, "--count must be at least 1, found " + count);
        }
        if (threads.problem() != null) {
            return RunCommands.usage(command, threads.problem());
        }
        if (engine.problem() != null) {
            return RunCommands.usage(command, engine.problem());
        }
        return RunCommands.guarded(command.commandLine().getErr(), () -> {
            threads.apply(engine.apply(TrainingRun.recordedSpec(directory)));
            try (TrainingRun run = TrainingRun.load(directory, PluginRegistry.load(), engine.choice());
                    NDManager manager = run.newManager()) {
                long noiseSeed = seed != null ? seed : run.spec().training().seed();
                if (label != null && run.classes() == 0) {
                    throw new IllegalArgumentException("--label needs a conditional GAN; the run in " + directory
                            + " is not conditional");
                }
                // A conditional GAN draws --label's class, or classes 0, 1, ... in turn.
                int[] labels = run.classes() == 0 ? null : sampleLabels(count, run.classes());
                float[] values = run.generate(manager, count, noiseSeed, labels == null ? null : manager.create(labels))
                        .toFloatArray();
                List<Integer> shape = run.spec().data().shape();
                if (shape.size() == 3) {
                    double min = run.spec().data().min();
                    double max = run.spec().data().max();
                    // Without --label, a conditional GAN's grid has a column per class.
                    int columns = label == null && labels != null ? run.classes() : (int) Math.ceil(Math.sqrt(count));
                    SampleImages.writeGrid(values, count, columns, shape, min, max, out);
                    Path idx = IdxFiles.imagesBeside(out, shape);
                    IdxFiles.writeImages(values, count, shape, min, max, idx);
                    command.commandLine().getOut().printf("wrote the images as IDX to %s%n", idx);
                    if (labels != null) {
                        Path labelFile = IdxFiles.labelsBeside(out);
                        IdxFiles.writeLabels(labels, labelFile);
                        command.commandLine().getOut().printf("wrote their labels as IDX to %s%n", labelFile);
                    }
                } else if (out.toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
                    throw new IllegalArgumentException("this run's samples are vectors, written as CSV (one sample a line);"
                            + " name the --out file .csv");
                } else {
                    writeCsv(values, shape.get(0), out);
                }
                command.commandLine().getOut().printf("wrote %d samples of step %d to %s%n", count, run.step(), out);
                command.commandLine().getOut().flush();
            }
            return ExitCode.OK;
        });
    }

    /** --label's class for every sample, or classes 0, 1, ..., K−1, 0, 1, ... in turn. */
    private int[] sampleLabels(int count, int classes) {
        if (label == null) {
            return ClassLabels.inTurn(0, count, classes);
        }
        int[] labels = new int[count];
        java.util.Arrays.fill(labels, label);
        return labels;
    }

    private static void writeCsv(float[] values, int width, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < values.length; i += width) {
                StringBuilder line = new StringBuilder();
                for (int j = 0; j < width; j++) {
                    line.append(j == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6g", values[i + j]));
                }
                writer.write(line.append('\n').toString());
            }
        }
    }
}
