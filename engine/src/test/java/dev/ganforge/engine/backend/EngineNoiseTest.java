package dev.ganforge.engine.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that embeds ganforge, with slf4j-simple at its default level (INFO), sees neither
 * DJL's CUDA probe nor libtorch's deprecation warning on standard error; the logger {@code
 * dev.ganforge.engine.backend.EngineNoise} at DEBUG shows them. Each case is a new JVM: both
 * lines come once per process.
 */
class EngineNoiseTest {

    private record Outcome(String out, String err) {}

    private static Outcome startEngine(Path dir, String... properties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true"));
        command.addAll(List.of(properties));
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                EngineStartMain.class.getName()));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the engine started");
        Outcome outcome = new Outcome(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        assertEquals(0, process.exitValue(), outcome.err());
        assertEquals("copied 3.0\n", outcome.out(), outcome.err());
        return outcome;
    }

    @Test
    void anEmbeddingProgramSeesNoEngineWarningsAtDefaultLevels(@TempDir Path dir) throws Exception {
        String err = startEngine(dir).err();
        assertEquals(List.of(), err.lines()
                .filter(line -> line.contains("Warning:") || line.contains("AutoNonVariableTypeMode") || line.contains("CUDA"))
                .toList());
    }

    @Test
    void theEngineNoiseLoggerAtDebugShowsThem(@TempDir Path dir) throws Exception {
        String err = startEngine(dir, "-Dorg.slf4j.simpleLogger.log.dev.ganforge.engine.backend.EngineNoise=debug").err();
        assertTrue(err.contains("Warning: AutoNonVariableTypeMode is deprecated"), err);
    }
}
