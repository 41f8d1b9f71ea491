package dev.ganforge.cli;

import dev.ganforge.engine.api.Ganforge;
import dev.ganforge.engine.api.Run;
import dev.ganforge.engine.run.TrainingRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganforge translate RUN --in FOLDER|FILE --out FOLDER}: applies a trained translator to images. */
@Command(name = "translate", mixinStandardHelpOptions = true, versionProvider = GanforgeCli.Version.class,
        description = {"Translate images with a run whose recipe translates (pix2pix, cyclegan), from its latest"
                + " checkpoint: each image of --in (a file, or a folder's images) is resized to the spec's size,"
                + " translated, and written as a PNG of the same name into --out."})
final class TranslateCommand implements Callable<Integer> {

    /** Which way to translate. */
    enum Direction {
        A_TO_B("a-to-b"), B_TO_A("b-to-a");

        private final String option;

        Direction(String option) {
            this.option = option;
        }

        @Override
        public String toString() {
            return option;
        }
    }

    @Spec
    private CommandSpec command;

    @picocli.CommandLine.Mixin
    private ThreadOption threads;

    @picocli.CommandLine.Mixin
    private EngineOption engine;

    @Parameters(paramLabel = "RUN", description = "the run directory")
    private Path directory;

    @Option(names = "--in", paramLabel = "FOLDER|FILE", required = true, description = "the images to translate")
    private Path in;

    @Option(names = "--out", paramLabel = "FOLDER", required = true, description = "where the translations are written")
    private Path out;

    @Option(names = "--direction", paramLabel = "a-to-b|b-to-a", defaultValue = "a-to-b",
            converter = DirectionConverter.class,
            description = "a-to-b (the generator), or b-to-a (CycleGAN's generator-ba); default: ${DEFAULT-VALUE}")
    private Direction direction;

    @Override
    public Integer call() {
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
                int written = run.translate(in, out, direction == Direction.B_TO_A);
                said.printf("translated %d image%s %s with step %d into %s%n", written, written == 1 ? "" : "s",
                        direction, run.step(), out);
                said.flush();
            }
            return ExitCode.OK;
        });
    }

    /** Reads {@code a-to-b} and {@code b-to-a}. */
    static final class DirectionConverter implements picocli.CommandLine.ITypeConverter<Direction> {
        @Override
        public Direction convert(String value) {
            for (Direction direction : Direction.values()) {
                if (direction.option.equals(value)) {
                    return direction;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected a-to-b or b-to-a, found '" + value + "'");
        }
    }
}
