package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code ./ganforge} itself, run as a user runs it: how it chooses
 * ONEDNN_MAX_CPU_ISA, which engine settings it passes on, and what reaches standard error. Needs the packaged engine (as
 * {@code mvn verify} builds it before this module's tests).
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("..", "ganforge").toAbsolutePath().normalize();

    private record Outcome(int exitCode, String out, String err) {}

    private static Outcome launch(Path cache, String isa, String... args) throws IOException, InterruptedException {
        return launch(cache, isa, Map.of(), args);
    }

    private static Outcome launch(Path cache, String isa, Map<String, String> extraEnvironment, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(LAUNCHER.toString());
        builder.command().addAll(List.of(args));
        Map<String, String> environment = builder.environment();
        // The build's test configuration sets these and ONEDNN_MAX_CPU_ISA; a user's shell usually does not.
        environment.remove("MALLOC_ARENA_MAX");
        environment.remove("THP_MEM_ALLOC_ENABLE");
        environment.remove("GANFORGE_MALLOC");
        environment.remove("LD_PRELOAD");
        environment.putAll(extraEnvironment);
        environment.put("XDG_CACHE_HOME", cache.toString());
        environment.remove("ONEDNN_MAX_CPU_ISA");
        if (isa != null) {
            environment.put("ONEDNN_MAX_CPU_ISA", isa);
        }
        Path out = Files.createTempFile(cache, "out", ".txt");
        Path err = Files.createTempFile(cache, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher finished");
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path onlyCacheEntry(Path cache) throws IOException {
        try (var files = Files.list(cache.resolve("ganforge"))) {
            List<Path> entries = files.toList();
            assertEquals(1, entries.size(), entries.toString());
            return entries.get(0);
        }
    }

    @Test
    void checksTheKernelsOncePerCpuAndRemembersTheChoice(@TempDir Path cache) throws Exception {
        assumeTrue(Files.isDirectory(LAUNCHER.resolveSibling("cli/target/lib")), "the command line is packaged");

        Outcome first = launch(cache, null, "check-kernels");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("checking this CPU's convolution kernels"), first.err());
        Path remembered = onlyCacheEntry(cache);
        String isa = Files.readString(remembered).strip();
        assertTrue(isa.equals("ALL") || isa.equals("AVX"), isa);
        assertTrue(first.out().contains("ONEDNN_MAX_CPU_ISA=" + isa + "\n"), first.out());
        assertTrue(first.out().contains("convolution kernels right"), first.out());

        Outcome second = launch(cache, null, "check-kernels");
        assertEquals(0, second.exitCode(), second.err());
        assertFalse(second.err().contains("checking"), "the choice is remembered: " + second.err());
        assertTrue(second.out().contains("ONEDNN_MAX_CPU_ISA=" + isa + "\n"), second.out());

        Files.writeString(remembered, "garbage\n");
        Outcome afterDamage = launch(cache, null, "--version");
        assertTrue(afterDamage.err().contains("checking"), "a damaged entry is checked again: " + afterDamage.err());
        assertEquals(isa, Files.readString(remembered).strip());
    }

    /** The launcher's run with a stand-in for {@code java} first on the PATH, which prints the environment it was given. */
    private static Outcome launchWithStandInJava(Path cache, Map<String, String> users)
            throws IOException, InterruptedException {
        Path bin = Files.createDirectories(cache.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nexec env\n");
        assertTrue(java.toFile().setExecutable(true));
        Map<String, String> environment = new HashMap<>(users);
        environment.put("PATH", bin + ":" + System.getenv("PATH"));
        Outcome outcome = launch(cache, "AVX", environment, "--version");
        assertEquals(0, outcome.exitCode(), outcome.err());
        return outcome;
    }

    private static Map<String, String> environmentGivenToJava(Path cache, Map<String, String> users)
            throws IOException, InterruptedException {
        Map<String, String> given = new HashMap<>();
        for (String line : launchWithStandInJava(cache, users).out().lines().toList()) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                given.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return given;
    }

    @Test
    void passesTheAllocatorSettingsUnlessTheUserHasOwn(@TempDir Path cache) throws Exception {
        assumeTrue(Files.isDirectory(LAUNCHER.resolveSibling("cli/target/lib")), "the command line is packaged");
        Map<String, String> defaults = environmentGivenToJava(cache, Map.of());
        assertEquals("1", defaults.get("MALLOC_ARENA_MAX"));
        assertEquals("1", defaults.get("THP_MEM_ALLOC_ENABLE"));
        assertEquals("PASSIVE", defaults.get("OMP_WAIT_POLICY"));

        Map<String, String> users = environmentGivenToJava(cache,
                Map.of("MALLOC_ARENA_MAX", "4", "THP_MEM_ALLOC_ENABLE", ""));
        assertEquals("4", users.get("MALLOC_ARENA_MAX"));
        assertEquals("", users.get("THP_MEM_ALLOC_ENABLE"), "an empty setting is the user's too");
    }

    @Test
    void preloadsTheMallocTheUserNamesBeforeTheirOwnPreloads(@TempDir Path cache) throws Exception {
        assumeTrue(Files.isDirectory(LAUNCHER.resolveSibling("cli/target/lib")), "the command line is packaged");
        // Not a real library: the dynamic loader warns and goes on, which is all this test needs.
        Path library = Files.createFile(cache.resolve("libstand-in-malloc.so"));
        Map<String, String> named = environmentGivenToJava(cache, Map.of("GANFORGE_MALLOC", library.toString()));
        assertEquals(library.toString(), named.get("LD_PRELOAD"));

        Map<String, String> withTheirs = environmentGivenToJava(cache,
                Map.of("GANFORGE_MALLOC", library.toString(), "LD_PRELOAD", "/opt/theirs.so"));
        assertEquals(library + ":/opt/theirs.so", withTheirs.get("LD_PRELOAD"));

        Map<String, String> none = environmentGivenToJava(cache, Map.of("GANFORGE_MALLOC", ""));
        assertFalse(none.containsKey("LD_PRELOAD"), "empty: nothing preloaded, not even tcmalloc: " + none.get("LD_PRELOAD"));
    }

    @Test
    void aMallocThatIsNotThereIsReportedAndNotPreloaded(@TempDir Path cache) throws Exception {
        assumeTrue(Files.isDirectory(LAUNCHER.resolveSibling("cli/target/lib")), "the command line is packaged");
        Path missing = cache.resolve("no-such-malloc.so");
        Outcome outcome = launchWithStandInJava(cache, Map.of("GANFORGE_MALLOC", missing.toString()));
        assertTrue(outcome.err().contains("GANFORGE_MALLOC=" + missing + " is not a readable file"), outcome.err());
        assertFalse(outcome.out().contains("LD_PRELOAD="), outcome.out());
    }

    @Test
    void preloadsAnInstalledTcmallocUnlessSomethingIsPreloadedAlready(@TempDir Path cache) throws Exception {
        assumeTrue(Files.isDirectory(LAUNCHER.resolveSibling("cli/target/lib")), "the command line is packaged");
        assumeTrue(Files.isReadable(Path.of("/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4")),
                "tcmalloc is installed (Debian: libtcmalloc-minimal4)");
        Map<String, String> defaults = environmentGivenToJava(cache, Map.of());
        assertEquals("/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4", defaults.get("LD_PRELOAD"));

        Map<String, String> theirs = environmentGivenToJava(cache, Map.of("LD_PRELOAD", "/opt/theirs.so"));
        assertEquals("/opt/theirs.so", theirs.get("LD_PRELOAD"), "a preload of the user's own is left alone");
    }

    @Test
    void aSettingOfTheUsersOwnIsKeptAndNothingIsChecked(@TempDir Path cache) throws Exception {
        assumeTrue(Files.isDirectory(LAUNCHER.resolveSibling("cli/target/lib")), "the command line is packaged");
        Outcome outcome = launch(cache, "SSE41", "check-kernels");
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().contains("ONEDNN_MAX_CPU_ISA=SSE41\n"), outcome.out());
        assertFalse(Files.exists(cache.resolve("ganforge")), "no check, nothing remembered");
    }

    /** The lines of standard error that mention what the engine prints as it starts, if shown. */
    private static List<String> engineLines(String err) {
        return err.lines()
                .filter(line -> line.contains("Warning:") || line.contains("AutoNonVariableTypeMode") || line.contains("CUDA"))
                .toList();
    }

    @Test
    void aShortRunPrintsOnlyGanforgesProgressUnlessVerbose(@TempDir Path cache) throws Exception {
        assumeTrue(Files.isDirectory(LAUNCHER.resolveSibling("cli/target/lib")), "the command line is packaged");
        String spec = LAUNCHER.resolveSibling("dsl-examples/yaml/shapes-dcgan.yaml").toString();

        Outcome quiet = launch(cache, "AVX", "train", spec, "--steps", "2", "--out", cache.resolve("quiet").toString());
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertEquals(List.of(), engineLines(quiet.err()));
        assertEquals(List.of("step 1/2", "step 2/2"), quiet.err().lines().map(line -> line.substring(0, 8)).toList(),
                "only the progress lines: " + quiet.err());
        assertEquals("trained 2 steps; run directory " + cache.resolve("quiet") + "\n", quiet.out());

        Outcome verbose = launch(cache, "AVX", "train", spec, "--steps", "2", "--out", cache.resolve("verbose").toString(),
                "--verbose");
        assertEquals(0, verbose.exitCode(), verbose.err());
        assertTrue(verbose.err().contains("Warning: AutoNonVariableTypeMode is deprecated"), verbose.err());
        assertTrue(verbose.err().contains(" INFO ai.djl.pytorch.engine.PtEngine - "), verbose.err());
    }

    /**
     * SIGTERM (what Ctrl-C and a job scheduler send) while training: the run stops after the step
     * it is in, with a checkpoint of that step, and the JVM exits cleanly; exiting mid-step crashed
     * it in oneDNN (SIGSEGV, an hs_err file in the working directory).
     */
    @Test
    void aSignalStopsTrainingAtAStepBoundaryWithACheckpoint(@TempDir Path cache) throws Exception {
        assumeTrue(Files.isDirectory(LAUNCHER.resolveSibling("cli/target/lib")), "the command line is packaged");
        Path spec = LAUNCHER.resolveSibling("dsl-examples/yaml/shapes-dcgan.yaml");
        Path run = cache.resolve("run");
        Path history = run.resolve("history.csv");
        String messages = terminatedOnce(cache, () -> Files.exists(history) && Files.readAllLines(history).size() > 3,
                "train", spec.toString(), "--steps", "100000", "--threads", "1", "--out", run.toString());
        List<String> steps = Files.readAllLines(history);
        String lastStep = steps.get(steps.size() - 1).split(",")[0];
        assertTrue(messages.contains("stopped by a signal after step " + lastStep + ", which is checkpointed"), messages);
        assertTrue(Files.isDirectory(run.resolve("checkpoints").resolve(String.format("step-%06d", Long.parseLong(lastStep)))),
                "the step it stopped after is checkpointed");
    }

    /**
     * SIGTERM while sampling: the files are written under temporary names, deleted as the JVM
     * exits, so none is left looking whole (an IDX file shorter than its header, an empty PNG).
     */
    @Test
    void aSignalWhileSamplingLeavesNoFileCutShort(@TempDir Path cache) throws Exception {
        assumeTrue(Files.isDirectory(LAUNCHER.resolveSibling("cli/target/lib")), "the command line is packaged");
        Path spec = LAUNCHER.resolveSibling("dsl-examples/yaml/shapes-dcgan.yaml");
        Path run = cache.resolve("run");
        Outcome trained = launch(cache, "AVX", "train", spec.toString(), "--steps", "1", "--out", run.toString());
        assertEquals(0, trained.exitCode(), trained.err());
        Path out = cache.resolve("samples");
        Path images = out.resolve("s-images-idx3-ubyte.partial");
        terminatedOnce(cache, () -> Files.exists(images) && Files.size(images) > 1 << 20, "sample", run.toString(),
                "--count", "200000", "--batch", "64", "--threads", "1", "--out", out.resolve("s.png").toString());
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.map(file -> file.getFileName().toString()).toList(), "files left in " + out);
        }
    }

    /** A condition polled while a launched command runs. */
    @FunctionalInterface
    private interface Condition {
        boolean holds() throws IOException;
    }

    /**
     * Runs the launcher with {@code args} in {@code cache}, with the build's engine settings, and
     * sends it SIGTERM once {@code started} holds, which it must within 90 s: the JVM must exit
     * with 143 and leave no crash log. Returns its standard error.
     */
    private static String terminatedOnce(Path cache, Condition started, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(LAUNCHER.toString());
        builder.command().addAll(List.of(args));
        builder.directory(cache.toFile()).environment().put("XDG_CACHE_HOME", cache.toString());
        Path err = cache.resolve("err.txt");
        builder.redirectOutput(cache.resolve("out.txt").toFile()).redirectError(err.toFile());
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!started.holds() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(started.holds(), "the command got going within 90 s");
        // The launcher execs java, so this is the JVM's own SIGTERM.
        process.destroy();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the JVM exited");
        String messages = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(143, process.exitValue(), messages);
        try (var files = Files.list(cache)) {
            assertFalse(files.anyMatch(file -> file.getFileName().toString().startsWith("hs_err")), "no JVM crash log");
        }
        return messages;
    }
}
