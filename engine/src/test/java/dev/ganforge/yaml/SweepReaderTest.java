package dev.ganforge.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.sweep.Sweep;
import dev.ganforge.sweep.SweepBudget;
import dev.ganforge.sweep.SweepMetric;
import dev.ganforge.sweep.Trial;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweep files: expansion into trials (grid × seeds, seeded random samples) and positioned problems. */
class SweepReaderTest {

    /** A ring GAN of small dense networks that evaluates its mode coverage. */
    private static final String BASE = """
            name: ring
            data:
              shape: [2]
              dataset: {type: gaussian-ring}
            latent: {size: 2}
            loss: bce
            generator:
              optimizer: {type: adam, lr: 1e-3}
              blocks:
                - dense: {units: 16, activation: relu}
                - dense: {units: 2}
            discriminator:
              blocks:
                - dense: {units: 16, activation: relu}
                - dense: {units: 1}
            training:
              seed: 7
              steps: 100
              evaluate-every: 50
              metrics: [mode-coverage]
            """;

    private static Sweep read(String sweep) {
        return SweepReader.read(sweep, Path.of("sweep.yaml"), BlockCatalog.installed());
    }

    private static List<String> problems(String sweep) {
        SpecException e = assertThrows(SpecException.class, () -> read(sweep));
        return e.problems().stream().map(SpecProblem::toString).toList();
    }

    private static String inline(String rest) {
        return "base:\n" + BASE.indent(2) + rest;
    }

    @Test
    void gridOfListsAndRangesTimesSeedsGivesOneTrialEach() {
        Sweep sweep = read(inline("""
                vary:
                  loss: [bce, {type: wasserstein-gp, lambda: 1}]
                  generator.optimizer.lr: {from: 1e-4, to: 1e-2, steps: 3, scale: log}
                seeds: 2
                metric: {name: modes-covered, goal: max}
                budget: {steps: 40}
                """));

        assertEquals("sweep", sweep.name());
        assertEquals(List.of("loss", "generator.optimizer.lr"), sweep.varied());
        assertEquals(new SweepMetric("modes-covered", SweepMetric.Goal.MAX), sweep.metric());
        assertEquals(12, sweep.trials().size());
        assertEquals(6, sweep.settings());
        Trial last = sweep.trials().get(11);
        assertEquals("t05-s1", last.id());
        assertEquals(Map.of("loss", "{type: wasserstein-gp, lambda: 1}", "generator.optimizer.lr", "0.01"), last.values());
        assertEquals("wasserstein-gp", last.spec().loss().type());
        assertEquals(1.0, ((Number) last.spec().loss().params().get("lambda")).doubleValue());
        assertEquals(List.of(1e-4, 1e-3, 1e-2, 1e-4), sweep.trials().stream().filter(t -> t.seedIndex() == 0).limit(4)
                .map(t -> ((Number) t.spec().generator().optimizer().params().get("lr")).doubleValue()).toList());
        // Seeds count up from the base spec's; the budget replaces its steps.
        assertEquals(List.of(7L, 8L), sweep.trials().subList(0, 2).stream().map(t -> t.spec().training().seed()).toList());
        assertEquals(40, last.spec().training().steps());
    }

    @Test
    void blockParameterAndStrategyPathsSetTheValueWritten() {
        Sweep sweep = read(inline("""
                vary:
                  generator.blocks[0].units: {from: 8, to: 32, steps: 2}
                metric: {name: modes-covered, goal: max}
                """));

        assertEquals(List.of(8, 32), sweep.trials().stream()
                .map(t -> ((Number) t.spec().generator().blocks().get(0).params().get("units")).intValue()).toList());
        assertEquals(List.of("8", "32"), sweep.trials().stream().map(t -> t.values().get("generator.blocks[0].units")).toList());
    }

    @Test
    void aWallTimeBudgetKeepsTheSpecsSteps() {
        Sweep sweep = read(inline("""
                vary: {loss: [bce]}
                metric: {name: modes-covered, goal: max}
                budget: {minutes: 0.5}
                """));

        assertEquals(new SweepBudget(0, 0.5), sweep.budget());
        assertEquals(100, sweep.trials().get(0).spec().training().steps());
    }

    @Test
    void randomSampleIsSeededAndWithoutRepeats() {
        String sweep = inline("""
                vary:
                  loss: [bce, hinge, least-squares]
                  generator.optimizer.lr: [1e-4, 2e-4, 1e-3]
                sample: {random: 4, seed: SEED}
                metric: {name: modes-covered, goal: max}
                """);
        List<Map<String, String>> first = read(sweep.replace("SEED", "3")).trials().stream().map(Trial::values).toList();
        List<Map<String, String>> again = read(sweep.replace("SEED", "3")).trials().stream().map(Trial::values).toList();
        List<Map<String, String>> other = read(sweep.replace("SEED", "4")).trials().stream().map(Trial::values).toList();

        assertEquals(first, again);
        assertEquals(4, first.size());
        assertEquals(4, first.stream().distinct().count());
        assertNotEquals(first, other);
    }

    @Test
    void baseIsAPathRelativeToTheSweepFile(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("specs"));
        Files.writeString(folder.resolve("specs/ring.yaml"), BASE);
        Files.writeString(folder.resolve("ring-sweep.yaml"), """
                base: specs/ring.yaml
                vary: {loss: [bce, hinge]}
                metric: {name: modes-covered, goal: max}
                """);

        Sweep sweep = SweepReader.read(folder.resolve("ring-sweep.yaml"));

        assertEquals("ring-sweep", sweep.name());
        assertEquals(List.of("bce", "hinge"), sweep.trials().stream().map(t -> t.spec().loss().type()).toList());
        assertEquals(true, SweepReader.isSweep(folder.resolve("ring-sweep.yaml")));
        assertEquals(false, SweepReader.isSweep(folder.resolve("specs/ring.yaml")));
    }

    @Test
    void sweepFileProblemsArePlacedInTheSweepFile() {
        assertEquals(List.of(
                "sweep.yaml:22:1: vray: unknown key 'vray' at the top level of a sweep; the keys are: name, base, vary,"
                        + " sample, seeds, metric, budget",
                "sweep.yaml:23:8: seeds: 'seeds' must be at least 1, found 0; e.g. seeds: 3",
                "sweep.yaml:24:27: metric.goal: unknown goal 'best'; expected one of: min, max"),
                problems(inline("""
                vray: {loss: [bce]}
                seeds: 0
                metric: {name: fid, goal: best}
                """)).subList(1, 4));
    }

    @Test
    void aTrialsSpecProblemIsPlacedAtTheValueThatCausedIt() {
        assertEquals(List.of("sweep.yaml:23:35: generator.blocks[0].units: trial t01-s0 (generator.blocks[0].units=-3):"
                        + " must be a positive whole number, found -3"),
                problems(inline("""
                vary:
                  generator.blocks[0].units: [16, -3]
                metric: {name: modes-covered, goal: max}
                """)));
    }

    @Test
    void aPathTheBaseSpecLacksIsPlacedAtTheVariedSetting() {
        assertEquals(List.of("sweep.yaml:23:31: vary.generator.blocks[5].units: cannot set 'generator.blocks[5].units'"
                        + " in the base spec: 'generator.blocks' has 2 items, so it has no item [5]"),
                problems(inline("""
                vary:
                  generator.blocks[5].units: [16]
                metric: {name: modes-covered, goal: max}
                """)));
    }

    @Test
    void aBaseWithoutMetricsCannotBeRanked() {
        assertEquals(List.of("sweep.yaml:21:9: metric: trial t00-s0 (loss=bce) computes no metric, so it cannot be"
                        + " ranked by 'fid'; give the base spec a metric that reports it and an interval, e.g. training:"
                        + " {metrics: [mode-coverage], evaluate-every: 500}"),
                problems(inline("""
                vary: {loss: [bce]}
                metric: {name: fid, goal: min}
                """).replace("    metrics: [mode-coverage]\n", "").replace("    evaluate-every: 50\n", "")));
    }
}
