package dev.ganforge.engine.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.engine.train.TinyGan;
import dev.ganforge.engine.train.TrainingSnapshot;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkpoint write that does not finish — it fails, or the process is killed — never costs the
 * previous checkpoint: {@code latest()} still names a complete one that loads, and what the
 * unfinished write left behind is ignored and then cleaned up.
 */
class CheckpointAtomicityTest {

    private static final String SPEC = "name: tiny\n";

    @Test
    void writeThatFailsMidwayLeavesThePreviousCheckpointLatestAndLoadable(@TempDir Path dir) throws IOException {
        CheckpointStore store = new CheckpointStore(dir.resolve("checkpoints"));
        try (GanTrainer trainer = TinyGan.trainer(TinyGan.wasserstein(), List.of());
                NDManager manager = NDManager.newBaseManager()) {
            trainer.trainStep();
            TrainingSnapshot first = trainer.snapshot(manager);
            Path written = store.write(first, SPEC);
            assertEquals("step-000001", written.getFileName().toString());

            trainer.trainStep();
            TrainingSnapshot good = trainer.snapshot(manager);
            // A strategy whose state holds a released array: encoding it fails after the weights
            // and optimiser state have already been written to the unfinished checkpoint.
            NDArray released = manager.create(new float[] {1, 2, 3});
            released.close();
            TrainingSnapshot broken = new TrainingSnapshot(good.step(), good.networks(),
                    List.of(Map.of("average", released)));
            assertThrows(RuntimeException.class, () -> store.write(broken, SPEC));

            assertTrue(hiddenEntries(store.root()).size() > 0, "the unfinished write left a hidden folder");
            assertEquals(List.of(store.root().resolve("step-000001")), store.all(), "only finished checkpoints count");
            Path latest = store.latest().orElseThrow();
            assertEquals(store.root().resolve("step-000001"), latest);
            TrainingSnapshot loaded = CheckpointStore.read(latest, manager);
            assertEquals(1, loaded.step());
            first.network("generator").parameters().forEach((name, array) ->
                    assertArrayEquals(array.toByteArray(), loaded.network("generator").parameters().get(name).toByteArray(), name));

            store.write(good, SPEC);
            assertEquals(List.of(), hiddenEntries(store.root()), "the next write cleaned up");
            assertEquals(2, CheckpointStore.read(store.latest().orElseThrow(), manager).step());
            assertEquals(List.of(store.root().resolve("step-000001"), store.root().resolve("step-000002")), store.all());
        }
    }

    @Test
    void killedWriterNeverCorruptsTheLatestCheckpoint(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("checkpoints");
        CheckpointStore store = new CheckpointStore(root);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String context = "(random seed " + seed + ")";
        long previous = 0;
        int leftovers = 0;
        for (int kill = 0; kill < 5; kill++) {
            Path log = dir.resolve("child-" + kill + ".log");
            Process child = startWriter(root, log);
            try {
                String ready;
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    ready = out.readLine();
                    assertNotNull(ready, "the writer started " + context + ":\n" + Files.readString(log));
                    long delay = 100 + random.nextInt(801);
                    Thread.sleep(delay);
                    context = "(random seed " + seed + ", kill " + kill + " after " + delay + " ms)";
                }
                assertTrue(ready.startsWith("ready "), ready);
                long readyStep = Long.parseLong(ready.substring(6));
                assertTrue(readyStep > previous, "the writer continued from the latest checkpoint " + context);
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the writer died");

                Path latest = store.latest().orElseThrow();
                assertTrue(latest.getFileName().toString().startsWith("step-"), latest + " " + context);
                long step;
                try (NDManager manager = NDManager.newBaseManager()) {
                    step = CheckpointStore.read(latest, manager).step();
                }
                assertTrue(step >= readyStep && step > previous,
                        "latest step " + step + " after " + previous + ", ready at " + readyStep + " " + context);
                assertEquals(latest, store.all().get(store.all().size() - 1), "latest is the newest finished " + context);
                leftovers += hiddenEntries(root).size();
                previous = step;
            } finally {
                child.destroyForcibly();
            }
        }
        // Whatever the kills left behind goes with the next write.
        try (GanTrainer trainer = TinyGan.trainer(TinyGan.wasserstein(), List.of());
                NDManager manager = NDManager.newBaseManager()) {
            trainer.restore(CheckpointStore.read(store.latest().orElseThrow(), manager));
            trainer.trainStep();
            store.write(trainer.snapshot(manager), SPEC);
        }
        assertEquals(List.of(), hiddenEntries(root), "leftovers cleaned " + context);
        System.out.println("CheckpointAtomicityTest: 5 kills, last step " + previous + ", " + leftovers
                + " leftovers seen " + context);
    }

    private static Process startWriter(Path root, Path log) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true",
                "-cp", classPath,
                CheckpointWriterMain.class.getName(),
                root.toString());
        builder.environment().put("ONEDNN_MAX_CPU_ISA", "AVX");
        builder.environment().put("OMP_NUM_THREADS", "1");
        builder.redirectError(log.toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return builder.start();
    }

    private static List<String> hiddenEntries(Path root) throws IOException {
        List<String> hidden = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (var entries = Files.list(root)) {
                entries.map(entry -> entry.getFileName().toString()).filter(name -> name.startsWith(".")).forEach(hidden::add);
            }
        }
        return hidden;
    }
}
