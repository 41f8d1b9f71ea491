package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.checkpoint.CheckpointStore;
import dev.ganforge.cli.ExitCode;
import dev.ganforge.engine.train.TrainingSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped at a checkpoint and resumed with {@code ganforge resume} ends bit for bit where an
 * uninterrupted run ends: weights, optimiser moments and strategy state (n-critic's data position,
 * the generator EMA).
 */
class ExactResumeTest {

    /** The interruption: a checkpoint every K steps; the runs go to 2K. */
    private static final int K = 4;

    @Test
    void stoppedAndResumedRunEndsBitwiseEqualToAStraightRun(@TempDir Path dir) throws IOException {
        // Samples are drawn every 10 steps, so run B draws one at step K (its last) where run A does
        // not: drawing samples must not disturb the training's random stream.
        Path spec = TinySpecs.write(dir, "spec.yaml",
                TinySpecs.ringWithStrategies().replace("checkpoint-every: 10", "checkpoint-every: " + K));
        Path straight = dir.resolve("straight");
        Map<String, byte[]> expected = assertResumeEndsWhereAStraightRunEnds(dir, spec);

        // The comparison must cover what resume has to restore, and training must have moved it.
        Map<String, byte[]> halfway = checkpointBytes(straight, K);
        List<String> ema = expected.keySet().stream().filter(name -> name.startsWith("strategy-1 ")).toList();
        assertFalse(ema.isEmpty(), "the EMA's state is in the checkpoint: " + expected.keySet());
        assertFalse(ema.stream().allMatch(name -> Arrays.equals(halfway.get(name), expected.get(name))),
                "the EMA moved between step " + K + " and " + 2 * K);
        assertEquals(Long.toString(2L * 2 * K), new String(expected.get("steps discriminator-optimizer")),
                "n-critic ran two critic updates per step");
    }

    @Test
    void resumedRunOnImagesSeesTheSameBatchesAcrossEpochs(@TempDir Path dir) throws IOException {
        // 20 training images in batches of 4: the 2K steps cross an epoch's end, and the resumed
        // run's first batch is not the one its prefetcher would have prepared next.
        Path spec = TinySpecs.write(dir, "shapes.yaml", TinySpecs.ring()
                .replace("name: tiny-ring", "name: tiny-shapes")
                .replace("shape: [2]", "shape: [1, 8, 8]")
                .replace("range: [-2.5, 2.5]", "range: [-1, 1]")
                .replace("{type: gaussian-ring, modes: 8, radius: 2, sigma: 0.02}",
                        "{type: synthetic-shapes, train-size: 20, test-size: 10}")
                .replace("    - dense: {units: 2}\n", "    - dense: {units: 64, activation: tanh}\n    - reshape: [1, 8, 8]\n")
                .replace("discriminator:\n  optimizer: {type: adam, lr: 1e-3, beta1: 0.5, beta2: 0.9}\n  blocks:\n",
                        "discriminator:\n  optimizer: {type: adam, lr: 1e-3, beta1: 0.5, beta2: 0.9}\n  blocks:\n    - flatten\n")
                .replace("batch-size: 32", "batch-size: 4")
                .replace("checkpoint-every: 10", "checkpoint-every: " + K));
        assertResumeEndsWhereAStraightRunEnds(dir, spec);
    }

    /**
     * Trains {@code spec} straight to 2K steps, and again to K then resumed to 2K, and asserts that
     * both end with the same checkpoint bytes and loss history; returns the straight run's checkpoint.
     */
    private static Map<String, byte[]> assertResumeEndsWhereAStraightRunEnds(Path dir, Path spec) throws IOException {
        Path straight = dir.resolve("straight");
        Path interrupted = dir.resolve("interrupted");
        Cli a = Cli.run("train", spec.toString(), "--steps", Integer.toString(2 * K), "--out", straight.toString());
        assertEquals(ExitCode.OK, a.exitCode, a.transcript());
        Cli b = Cli.run("train", spec.toString(), "--steps", Integer.toString(K), "--out", interrupted.toString());
        assertEquals(ExitCode.OK, b.exitCode, b.transcript());
        Cli resumed = Cli.run("resume", interrupted.toString(), "--steps", Integer.toString(2 * K));
        assertEquals(ExitCode.OK, resumed.exitCode, resumed.transcript());

        Map<String, byte[]> expected = checkpointBytes(straight, 2 * K);
        Map<String, byte[]> actual = checkpointBytes(interrupted, 2 * K);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name + " differs after resume"));
        assertEquals(losses(straight), losses(interrupted), "the loss history of the resumed run");
        return expected;
    }

    /** Every array of a checkpoint as raw bytes, keyed "part name", plus the optimiser step counts. */
    private static Map<String, byte[]> checkpointBytes(Path run, int step) throws IOException {
        Path folder = run.resolve("checkpoints").resolve(String.format("step-%06d", step));
        Map<String, byte[]> bytes = new TreeMap<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainingSnapshot snapshot = CheckpointStore.read(folder, manager);
            assertEquals(step, snapshot.step());
            put(bytes, "generator", snapshot.network("generator").parameters());
            put(bytes, "discriminator", snapshot.network("discriminator").parameters());
            put(bytes, "generator-optimizer", snapshot.network("generator").optimizer());
            put(bytes, "discriminator-optimizer", snapshot.network("discriminator").optimizer());
            for (int i = 0; i < snapshot.strategies().size(); i++) {
                put(bytes, "strategy-" + i, snapshot.strategies().get(i));
            }
            bytes.put("steps generator-optimizer", Long.toString(snapshot.network("generator").optimizerSteps()).getBytes());
            bytes.put("steps discriminator-optimizer", Long.toString(snapshot.network("discriminator").optimizerSteps()).getBytes());
        }
        return bytes;
    }

    private static void put(Map<String, byte[]> bytes, String part, Map<String, NDArray> arrays) {
        arrays.forEach((name, array) -> bytes.put(part + " " + name, array.toByteArray()));
    }

    /** The history without the throughput column, which is timing and differs between runs. */
    private static List<String> losses(Path run) throws IOException {
        return Files.readAllLines(run.resolve("history.csv")).stream()
                .map(line -> line.substring(0, line.lastIndexOf(','))).toList();
    }
}
