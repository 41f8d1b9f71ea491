package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ganforge.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors a new user meets, each reported in the form of its kind with its exit code: a spec that
 * is not UTF-8 is a spec problem at its line and column (3); a file that cannot be written is one
 * line with its path and the reason (4); a dataset that has gone since a run started is a problem
 * of the run's spec at the line naming it (3).
 */
class CommandErrorsTest {

    @TempDir
    static Path shared;

    private static Path images;
    private static Path run;

    /** A tiny image run on a folder of three images, which the tests may delete. */
    @BeforeAll
    static void trainOnAFolderOfImages() throws IOException {
        images = TinySpecs.imageFolder(shared);
        Path spec = TinySpecs.write(shared, "folder.yaml", TinySpecs.image("{type: image-folder, directory: '" + images + "'}"));
        run = shared.resolve("run");
        Cli train = Cli.run("train", spec.toString(), "--out", run.toString());
        assertEquals(ExitCode.OK, train.exitCode, train.transcript());
    }

    @Test
    void specThatIsNotUtf8IsAProblemAtTheBytesLineAndColumnWithExitThree(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("x.yaml");
        Files.write(spec, new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'x', '\n', '#', ' ', (byte) 0xFF, '\n'});

        Cli validate = Cli.run("validate", spec.toString());

        assertEquals(ExitCode.INVALID_SPEC, validate.exitCode, validate.transcript());
        assertEquals("1 problem in " + spec + ":\n  " + spec + ":2:3: the file is not valid UTF-8 text (byte 0xff);"
                + " save it as UTF-8\n", validate.err);
    }

    @Test
    void sampleToAFileThatCannotBeCreatedIsOneLineWithThePathAndTheReasonAndExitFour() {
        Cli file = Cli.run("sample", run.toString(), "--count", "4", "--out", "/proc/x.png");
        Cli folder = Cli.run("sample", run.toString(), "--count", "4", "--out", "/proc/nope/x.png");

        assertEquals(ExitCode.IO_ERROR, file.exitCode, file.transcript());
        assertEquals("ganforge: /proc/x.png: no such file or directory\n", file.err);
        assertEquals(ExitCode.IO_ERROR, folder.exitCode, folder.transcript());
        assertEquals("ganforge: /proc/nope: no such file or directory\n", folder.err);
    }

    @Test
    void trainIntoAFolderThatCannotBeCreatedIsOneLineWithThePathAndTheReasonAndExitFour() {
        Cli train = Cli.run("train", shared.resolve("folder.yaml").toString(), "--out", "/proc/nope/run");

        assertEquals(ExitCode.IO_ERROR, train.exitCode, train.transcript());
        assertEquals("ganforge: /proc/nope: no such file or directory\n", train.err);
    }

    @Test
    void resumeWhoseDatasetFolderHasGoneIsAProblemOfTheRunsSpecWithExitThree(@TempDir Path dir) throws IOException {
        Path moved = Files.move(images, dir.resolve("images"));
        try {
            Cli resume = Cli.run("resume", run.toString(), "--more", "1");

            Path recorded = run.resolve("spec.yaml");
            assertEquals(ExitCode.INVALID_SPEC, resume.exitCode, resume.transcript());
            assertEquals("1 problem in " + recorded + ":\n  " + recorded + ":5:44: data.dataset.directory: the image"
                    + " folder " + images + " does not exist or is not a folder; set the dataset's 'directory' to a"
                    + " folder of images, or of one sub-folder of images per class\n", resume.err);
        } finally {
            Files.move(moved, images);
        }
    }
}
