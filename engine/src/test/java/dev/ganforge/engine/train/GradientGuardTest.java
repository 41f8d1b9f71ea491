package dev.ganforge.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.TrainingEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The trainer's guard: non-finite gradients stop a run, suspect ones are computed twice, normal runs do not change. */
class GradientGuardTest {

    private static final EngineSupport PYTORCH = EngineSupport.of(TrainingEngine.PYTORCH);
    private static final int STEPS = 30;

    @Test
    void finiteNormsAreSuspectOnlyAfterTheWarmUpAndFarFromTheMedianOfTheWindow() {
        GradientGuard guard = new GradientGuard(5, 3, 10);
        assertTrue(guard.isSuspect("d", Double.NaN));
        assertTrue(guard.isSuspect("d", Double.POSITIVE_INFINITY));
        guard.accept("d", 1);
        guard.accept("d", 2);
        assertFalse(guard.isSuspect("d", 1000), "two norms are still the warm-up");
        guard.accept("d", 3);
        assertFalse(guard.isSuspect("d", 20), "median 2: 20 is 10 times it, not more");
        assertTrue(guard.isSuspect("d", 20.5));
        assertFalse(guard.isSuspect("d", 0.2));
        assertTrue(guard.isSuspect("d", 0.19));
        assertFalse(guard.isSuspect("g", 1000), "each network has its own history");
        for (int i = 0; i < 5; i++) {
            guard.accept("d", 100);
        }
        assertFalse(guard.isSuspect("d", 20.5), "only the last five count: median 100");
        assertTrue(guard.isSuspect("d", 9));
        assertFalse(guard.isSuspect("d", 999));
        assertTrue(GradientGuard.everyGradient().isSuspect("d", 1));
    }

    @Test
    void aNonFiniteGradientWithAFiniteLossStopsTheRunNamingTheNetworkAndTheStep() throws Exception {
        AtomicInteger updates = new AtomicInteger();
        GanLoss loss = new GanLoss() {
            @Override
            public NDArray discriminatorLoss(NDArray realScores, NDArray fakeScores) {
                NDArray value = fakeScores.mean().sub(realScores.mean());
                // d/dx sqrt(0·x) is ∞·0 = NaN: the loss stays finite, the gradient does not.
                return updates.incrementAndGet() == 3 ? value.add(realScores.mul(0).sqrt().sum()) : value;
            }

            @Override
            public NDArray generatorLoss(NDArray fakeScores) {
                return fakeScores.mean().neg();
            }
        };
        List<Long> completed = new ArrayList<>();
        try (GanTrainer trainer = TinyGan.trainer(loss, List.of())) {
            TrainingDivergedException diverged = assertThrows(TrainingDivergedException.class,
                    () -> trainer.trainUntil(10, (t, record) -> completed.add(record.step())));
            assertEquals(3, diverged.step());
            assertTrue(diverged.getMessage().startsWith("step 3: the norm of the discriminator's gradient is NaN"),
                    diverged.getMessage());
            assertEquals(2, trainer.step());
        }
        assertEquals(List.of(1L, 2L), completed);
    }

    @Test
    void aWrongGradientIsComputedAgainAndTheRunGoesOnAsIfItHadBeenRight() throws Exception {
        RunResult clean = train(TinyGan.builder(TinyGan.wasserstein(), List.of()));
        // The discriminator's 25th gradient comes out 1000 times too large the first time it is
        // computed, as the faulty kernels' did; computed again, it is right.
        AtomicReference<GanTrainer> trainer = new AtomicReference<>();
        AtomicInteger backwards = new AtomicInteger();
        AtomicInteger firstComputations = new AtomicInteger();
        GanTrainer.Backpropagation faulty = (collector, value, keepGraph) -> {
            backwards.incrementAndGet();
            boolean kept = PYTORCH.backward(collector, value, keepGraph);
            // Each step computes the discriminator's gradient, then the generator's; a second
            // computation is the one that does not keep the graph.
            if (keepGraph && firstComputations.incrementAndGet() == 2 * 25 - 1) {
                for (Pair<String, Parameter> pair : trainer.get().gan().network(GanSpec.DISCRIMINATOR).block().getParameters()) {
                    pair.getValue().getArray().getGradient().muli(1000);
                }
            }
            return kept;
        };
        RunResult corrected = train(TinyGan.builder(TinyGan.wasserstein(), List.of()).optBackpropagation(faulty), trainer);
        assertEquals(2 * STEPS + 1, backwards.get(), "one update computed twice");
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0),
                corrected.corrections);
        assertEquals(clean.norms, corrected.norms);
        assertWeightsEqual(clean, corrected);
    }

    @Test
    void computingEveryGradientTwiceChangesNothing() throws Exception {
        // What the trainer did before it kept graphs: DJL's plain backward.
        RunResult plain = train(TinyGan.builder(TinyGan.wasserstein(), List.of())
                .optBackpropagation((collector, value, keepGraph) -> {
                    collector.backward(value);
                    return false;
                }));
        RunResult guarded = train(TinyGan.builder(TinyGan.wasserstein(), List.of()));
        AtomicInteger backwards = new AtomicInteger();
        RunResult everyTwice = train(TinyGan.builder(TinyGan.wasserstein(), List.of())
                .optGradientGuard(GradientGuard.everyGradient())
                .optBackpropagation((collector, value, keepGraph) -> {
                    backwards.incrementAndGet();
                    return PYTORCH.backward(collector, value, keepGraph);
                }));
        assertEquals(4 * STEPS, backwards.get(), "two updates a step, each computed twice");
        assertEquals(plain.norms, guarded.norms);
        assertEquals(plain.norms, everyTwice.norms);
        assertWeightsEqual(plain, guarded);
        assertWeightsEqual(plain, everyTwice);
        assertEquals(0, everyTwice.corrections.stream().mapToInt(Integer::intValue).sum());
    }

    private record RunResult(List<Double> norms, List<Integer> corrections, Map<String, float[]> weights) {}

    private static RunResult train(GanTrainer.Builder builder) throws Exception {
        return train(builder, new AtomicReference<>());
    }

    private static RunResult train(GanTrainer.Builder builder, AtomicReference<GanTrainer> holder) throws Exception {
        List<Double> norms = new ArrayList<>();
        List<Integer> corrections = new ArrayList<>();
        try (GanTrainer trainer = builder.build(); NDManager manager = NDManager.newBaseManager()) {
            holder.set(trainer);
            trainer.trainUntil(STEPS, (t, record) -> {
                norms.add(record.gradientNorm(GanSpec.DISCRIMINATOR));
                norms.add(record.gradientNorm(GanSpec.GENERATOR));
                corrections.add(record.gradientCorrections());
            });
            Map<String, float[]> weights = new TreeMap<>();
            trainer.snapshot(manager).networks().forEach((role, state) -> state.parameters()
                    .forEach((name, array) -> weights.put(role + "/" + name, array.toFloatArray())));
            return new RunResult(norms, corrections, weights);
        }
    }

    private static void assertWeightsEqual(RunResult expected, RunResult actual) {
        assertEquals(expected.weights.keySet(), actual.weights.keySet());
        expected.weights.forEach((name, values) -> assertArrayEquals(values, actual.weights.get(name), name));
    }
}
