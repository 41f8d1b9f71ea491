package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.cli.ExitCode;
import dev.ganforge.cli.GanforgeCli;
import dev.ganforge.plugins.data.FashionMnistSubset;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code ganforge} command as the launcher runs it, on the example files. */
class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = GanforgeCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void describeSeedMnistEndsWithPyTorchTotals() {
        assertEquals(ExitCode.OK, run("describe", "yaml/seed-000-mnist-dcgan.yaml"), err.toString());
        assertTrue(out.toString().endsWith(
                "generator trainable parameters: 1,300,801\ndiscriminator trainable parameters: 1,080,577\n"), out.toString());
    }

    @Test
    void describeDcgan64EndsWithPyTorchTotals() {
        assertEquals(ExitCode.OK, run("describe", "yaml/dcgan-64.yaml"), err.toString());
        assertTrue(out.toString().endsWith(
                "generator trainable parameters: 3,576,704\ndiscriminator trainable parameters: 2,765,568\n"), out.toString());
    }

    /**
     * Every example validates, its data included: those that train on Fashion-MNIST are validated
     * from copies that point at the test subset, so that the check needs no installed dataset.
     */
    @Test
    void describeSngan32EndsWithPyTorchTotals() {
        assertEquals(ExitCode.OK, run("describe", "yaml/sngan-32.yaml"), err.toString());
        assertTrue(out.toString().endsWith(
                "generator trainable parameters: 4,276,739\ndiscriminator trainable parameters: 1,053,825\n"), out.toString());
    }

    @Test
    void validateAcceptsEveryExample(@TempDir Path dir) throws IOException {
        String[] files = validateEvery(Path.of("yaml"), dir);
        assertEquals(files.length, out.toString().lines().filter(line -> line.contains(": ok (GAN")).count(), out.toString());
    }

    @Test
    void validateAcceptsEverySweepExampleAndEachTrialsSpec(@TempDir Path dir) throws IOException {
        String[] files = validateEvery(Path.of("sweeps"), dir);
        assertEquals(List.of(files[0] + ": ok (sweep 'fashion-loss-lr', 4 trials: 4 settings × 1 seed(s), ranked by fid, min)",
                files[1] + ": ok (sweep 'ring-losses', 18 trials: 6 settings × 3 seed(s), ranked by modes-covered, max)"),
                out.toString().lines().toList());
    }

    /**
     * Validates a copy of every file in {@code examples}, Fashion-MNIST (and its edges) read from
     * the test subset, so that no example needs the Debian package; returns the copies.
     */
    private String[] validateEvery(Path examples, Path dir) throws IOException {
        String[] files;
        try (var listing = Files.list(examples)) {
            files = listing.sorted().map(file -> copyReadingTheSubset(file, dir)).toArray(String[]::new);
        }
        assertEquals(ExitCode.OK, run(Stream.concat(Stream.of("validate"), Stream.of(files)).toArray(String[]::new)), err.toString());
        return files;
    }

    private static String copyReadingTheSubset(Path example, Path dir) {
        try {
            String subset = "directory: '" + FashionMnistSubset.directory() + "'";
            return Files.writeString(dir.resolve(example.getFileName()), Files.readString(example)
                    .replace("dataset: {type: fashion-mnist}", "dataset: {type: fashion-mnist, " + subset + "}")
                    .replace("images: fashion-mnist", "images: fashion-mnist, " + subset)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void validateReportsProblemsWithLocationAndExitCodeThree(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("yaml/seed-000-mnist-dcgan.yaml")).replace("kernel: 5, stride: 1", "kernal: 5, stride: 1"));
        assertEquals(ExitCode.INVALID_SPEC, run("validate", bad.toString()));
        assertEquals("2 problems in " + bad + ":\n"
                + "  " + bad + ":19:35: generator.blocks[3].kernal: unknown key 'kernal' in decoder — did you mean 'kernel'?\n"
                + "  " + bad + ":25:31: discriminator.blocks[3].kernal: unknown key 'kernal' in encoder — did you mean 'kernel'?\n",
                err.toString());
    }

    @Test
    void missingDataIsASpecProblemForValidateAndTrainButNotForDescribe(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("elsewhere.yaml");
        Path absent = dir.resolve("no-images");
        Files.writeString(spec, Files.readString(Path.of("yaml/seed-000-mnist-dcgan.yaml"))
                .replace("dataset: {type: fashion-mnist}", "dataset: {type: image-folder, directory: " + absent + "}"));
        String problem = "1 problem in " + spec + ":\n  " + spec + ":9:44: data.dataset.directory: the image folder " + absent
                + " does not exist or is not a folder; set the dataset's 'directory' to a folder of images, or of one"
                + " sub-folder of images per class\n";

        assertEquals(ExitCode.INVALID_SPEC, run("validate", spec.toString()));
        assertEquals(problem, err.toString());
        err.getBuffer().setLength(0);
        Path out = dir.resolve("run");
        assertEquals(ExitCode.INVALID_SPEC, run("train", spec.toString(), "--out", out.toString()));
        assertEquals(problem, err.toString());
        assertTrue(Files.notExists(out), "a refused spec leaves no run directory");
        assertEquals(ExitCode.OK, run("describe", spec.toString()), "describing needs no data");
    }

    @Test
    void missingFileExitsWithFour() {
        assertEquals(ExitCode.IO_ERROR, run("describe", "yaml/no-such-file.yaml"));
        assertEquals("ganforge: no such file: yaml/no-such-file.yaml\n", err.toString());
    }

    @Test
    void noSubcommandPrintsUsageAndExitsWithTwo() {
        assertEquals(ExitCode.USAGE, run());
        assertTrue(err.toString().contains("Usage: ganforge"), err.toString());
    }

}
