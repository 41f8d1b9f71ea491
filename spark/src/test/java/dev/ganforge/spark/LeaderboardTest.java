package dev.ganforge.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ganforge.sweep.Sweep;
import dev.ganforge.yaml.SweepReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ranking settings by the mean over seeds, with the spread, best first and unranked last. */
class LeaderboardTest {

    private static Sweep sweep(String goal) {
        return SweepReader.read("""
                base:
                  name: ring
                  data: {shape: [2], dataset: {type: gaussian-ring}}
                  latent: {size: 2}
                  generator: {blocks: [dense: {units: 2}]}
                  discriminator: {blocks: [dense: {units: 1}]}
                  training: {evaluate-every: 10, metrics: [mode-coverage]}
                vary:
                  loss: [bce, hinge, least-squares]
                seeds: 2
                metric: {name: modes-covered, goal: GOAL}
                """.replace("GOAL", goal), Path.of("s.yaml"), dev.ganforge.block.BlockCatalog.installed());
    }

    private static Map<String, TrialOutcome> outcomes(double... values) {
        Map<String, TrialOutcome> outcomes = new LinkedHashMap<>();
        String[] ids = {"t00-s0", "t00-s1", "t01-s0", "t01-s1", "t02-s0", "t02-s1"};
        for (int i = 0; i < values.length; i++) {
            outcomes.put(ids[i], Double.isNaN(values[i]) ? TrialOutcome.failed(ids[i], "diverged")
                    : new TrialOutcome(ids[i], TrialOutcome.Status.TRAINED, values[i],
                            Map.of("modes-covered", values[i], "high-quality-share", values[i] / 10), 20, ""));
        }
        return outcomes;
    }

    @Test
    void largestMeanFirstForMax() {
        Leaderboard board = Leaderboard.of(sweep("max"), outcomes(4, 6, 8, 8, 2, Double.NaN));

        assertEquals(List.of(
                "rank,loss,modes-covered mean,modes-covered spread,seeds,modes-covered per seed,high-quality-share mean,runs",
                "1,hinge,8,0,2/2,8;8,0.8,trials/t01-s0;trials/t01-s1",
                "2,bce,5,1.41421,2/2,4;6,0.5,trials/t00-s0;trials/t00-s1",
                "3,least-squares,2,0,1/2,2;,0.2,trials/t02-s0;trials/t02-s1"), board.csv().lines().toList());
    }

    @Test
    void smallestMeanFirstForMinAndSettingsWithoutAFigureLast() {
        Leaderboard board = Leaderboard.of(sweep("min"), outcomes(4, 6, 8, 8));

        assertEquals(List.of("bce", "hinge", "least-squares"),
                board.entries().stream().map(entry -> entry.values().get("loss")).toList());
        assertEquals(List.of("1", "2", ""), board.csv().lines().skip(1).map(row -> row.split(",", -1)[0]).toList());
    }
}
