package dev.ganforge.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.cli.GanforgeCli;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.sweep.Sweep;
import dev.ganforge.yaml.SweepReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ganforge sweep} in embedded Spark: a sweep stopped after some trials, with one trial
 * half-trained, finishes when run again without training the finished trials again.
 */
class SweepCommandTest {

    private static final String SWEEP = """
            name: tiny-ring
            base:
              name: tiny-ring
              data:
                shape: [2]
                range: [-2.5, 2.5]
                dataset: {type: gaussian-ring}
              latent: {size: 2}
              loss: bce
              generator:
                blocks:
                  - dense: {units: 8, activation: relu}
                  - dense: {units: 2}
              discriminator:
                blocks:
                  - dense: {units: 8, activation: relu}
                  - dense: {units: 1}
              training:
                batch-size: 32
                seed: 3
                sample-every: 10
                checkpoint-every: 10
                evaluate-every: 10
                metrics: [{type: mode-coverage, samples: 200}]
            vary:
              loss: [bce, hinge]
            seeds: 2
            metric: {name: high-quality-share, goal: max}
            budget: {steps: 20}
            """;

    private record Ran(int exitCode, String out, String err) {}

    private static Ran sweep(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = GanforgeCli.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new Ran(exit, out.toString(), err.toString());
    }

    @Test
    void aStoppedSweepFinishesWithoutRedoingFinishedTrials(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("tiny-ring.yaml");
        Files.writeString(file, SWEEP);
        Path out = folder.resolve("out");
        String[] common = {"sweep", file.toString(), "--out", out.toString(), "--parallel", "2", "--threads-per-trial", "1"};

        Ran first = sweep(concat(common, "--max-trials", "2"));

        assertEquals(0, first.exitCode(), first.err());
        assertEquals("4 trials: 0 kept, 2 trained, 0 failed, 2 left (run the sweep again to finish it); leaderboard "
                + out.resolve("leaderboard.csv") + "\n", first.out());
        Path done = out.resolve("trials/t00-s0");
        assertTrue(Files.exists(done.resolve(TrialTask.FINISHED)));
        String provenance = Files.readString(done.resolve("provenance.yaml"));

        // A trial stopped half-way: its run directory has a checkpoint at step 10 of 20.
        Sweep sweep = SweepReader.read(file);
        Path halfway = out.resolve("trials/t01-s1");
        try (TrainingRun run = TrainingRun.create(sweep.trials().get(3).spec(), halfway, PluginRegistry.load())) {
            run.trainUntil(10, null, false);
        }

        Ran second = sweep(common);

        assertEquals(0, second.exitCode(), second.err());
        assertEquals("4 trials: 2 kept, 2 trained, 0 failed; leaderboard " + out.resolve("leaderboard.csv") + "\n",
                second.out());
        assertEquals(provenance, Files.readString(done.resolve("provenance.yaml")), "a kept trial is not trained again");
        assertTrue(Files.readString(halfway.resolve("provenance.yaml")).contains("resumed at step 10"),
                Files.readString(halfway.resolve("provenance.yaml")));
        List<String> leaderboard = Files.readAllLines(out.resolve("leaderboard.csv"));
        assertEquals("rank,loss,high-quality-share mean,high-quality-share spread,seeds,high-quality-share per seed,"
                + "modes-covered mean,runs",
                leaderboard.get(0));
        assertEquals(3, leaderboard.size());
        for (String row : leaderboard.subList(1, 3)) {
            assertTrue(row.matches("[12],(bce|hinge),[0-9.e-]+,[0-9.e-]+,2/2,[0-9.e-]+;[0-9.e-]+,[0-9.e-]+,trials/t0[01]-s0;trials/t0[01]-s1"),
                    row);
        }
        assertTrue(Files.readString(out.resolve("sweep.html")).contains("<a href=\"trials/t01-s1/report.html\">"));
    }

    @Test
    void anInvalidSweepRunsNothing(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bad.yaml");
        Files.writeString(file, SWEEP.replace("loss: [bce, hinge]", "loss: [bce, hingee]"));

        Ran ran = sweep("sweep", file.toString(), "--out", folder.resolve("out").toString());

        assertEquals(3, ran.exitCode());
        assertEquals("1 problem in " + file + ":\n  " + file + ":26:15: loss: trial t01-s0 (loss=hingee): unknown loss"
                + " plugin 'hingee'; known loss plugins: bce, hinge, least-squares, minimax, wasserstein, wasserstein-gp"
                + " — did you mean 'hinge'?\n", ran.err());
        assertTrue(Files.notExists(folder.resolve("out")));
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
