package dev.ganforge.engine.mxnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.cli.ExitCode;
import dev.ganforge.cli.GanforgeCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --engine} on the command line: a run trained on MXNet, resumed on PyTorch, sampled on MXNet. */
class EngineCommandsTest {

    private static final Path RING = Path.of("..", "dsl-examples", "yaml", "ring-wgan-gp.yaml");

    @Test
    void aRunMovesBetweenEnginesThroughItsCheckpoints(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("run");
        StringWriter messages = new StringWriter();

        assertEquals(ExitCode.OK, ganforge(messages, "train", RING.toString(), "--engine", "mxnet", "--steps", "2",
                "--out", run.toString()), messages.toString());
        assertTrue(Files.readString(run.resolve("spec.yaml")).contains("  engine: mxnet\n"));

        assertEquals(ExitCode.OK, ganforge(messages, "resume", run.toString(), "--engine", "pytorch", "--more", "1"),
                messages.toString());
        assertTrue(!Files.readString(run.resolve("spec.yaml")).contains("engine:"), "the run now records pytorch");
        String provenance = Files.readString(run.resolve("provenance.yaml"));
        assertTrue(provenance.contains("created on MXNet") && provenance.contains("resumed at step 2 on PyTorch"),
                provenance);

        Path csv = dir.resolve("points.csv");
        assertEquals(ExitCode.OK, ganforge(messages, "sample", run.toString(), "--engine", "mxnet", "--count", "3",
                "--out", csv.toString()), messages.toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size());
        assertEquals(2, lines.get(0).split(",").length);
    }

    @Test
    void threadsCannotBeSetForMxnetFromTheCommandLine(@TempDir Path dir) {
        StringWriter messages = new StringWriter();
        int code = ganforge(messages, "train", RING.toString(), "--engine", "mxnet", "--threads", "1", "--steps", "1",
                "--out", dir.resolve("run").toString());
        assertEquals(ExitCode.INVALID_SPEC, code, messages.toString());
        assertEquals("ganforge: --threads sets the thread pool of the pytorch engine only; the mxnet engine reads its"
                + " thread count from the environment when it loads: run with OMP_NUM_THREADS=1 instead\n",
                messages.toString());
    }

    private static int ganforge(StringWriter messages, String... args) {
        CommandLine commandLine = GanforgeCli.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(messages, true));
        return commandLine.execute(args);
    }
}
