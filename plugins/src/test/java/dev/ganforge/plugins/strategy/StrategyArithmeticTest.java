package dev.ganforge.plugins.strategy;

import static dev.ganforge.dsl.Layers.batchNorm;
import static dev.ganforge.dsl.Layers.dense;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.util.Pair;
import dev.ganforge.dsl.Data;
import dev.ganforge.dsl.Gan;
import dev.ganforge.dsl.Latent;
import dev.ganforge.dsl.Network;
import dev.ganforge.engine.compile.CompiledGan;
import dev.ganforge.engine.compile.CompiledNetwork;
import dev.ganforge.engine.compile.GanCompiler;
import dev.ganforge.engine.optim.SgdOptimizer;
import dev.ganforge.engine.train.TrainingContext;
import dev.ganforge.spec.GanSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of the strategies that change weights, against values computed by hand: weight
 * clipping puts every critic weight in [−c, c] and leaves those inside alone; the generator's
 * moving average is β·average + (1 − β)·weights after each generator step.
 */
class StrategyArithmeticTest {

    private NDManager manager;
    private CompiledGan gan;

    @BeforeEach
    void compileATinyGan() {
        gan = GanCompiler.compile(Gan.named("arithmetic")
                .setData(Data.vector(2))
                .setLatent(Latent.normal(3))
                .setGenerator(Network.of(dense(4), batchNorm(), dense(2)))
                .setDiscriminator(Network.of(dense(4), dense(1)))
                .build());
        manager = NDManager.newBaseManager();
        for (CompiledNetwork network : new CompiledNetwork[] {gan.network(GanSpec.GENERATOR), gan.network(GanSpec.DISCRIMINATOR)}) {
            network.block().initialize(manager, DataType.FLOAT32, network.inputShapes(2));
        }
    }

    @AfterEach
    void close() {
        manager.close();
    }

    /** Sets every value of every parameter of {@code network}: value(i) for the parameter's i-th value, parameters in order. */
    private static void setWeights(CompiledNetwork network, java.util.function.IntToDoubleFunction value) {
        int offset = 0;
        for (Pair<String, Parameter> pair : network.block().getParameters()) {
            NDArray array = pair.getValue().getArray();
            float[] values = new float[(int) array.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) value.applyAsDouble(offset + i);
            }
            array.set(values);
            offset += values.length;
        }
    }

    private static Map<String, float[]> weights(CompiledNetwork network) {
        Map<String, float[]> weights = new LinkedHashMap<>();
        network.block().getParameters().forEach(pair -> weights.put(pair.getKey(), pair.getValue().getArray().toFloatArray()));
        return weights;
    }

    private TrainingContext step(long step) {
        return new TrainingContext(step, gan, manager, GanSpec.GENERATOR, List.of(GanSpec.DISCRIMINATOR));
    }

    @Test
    void clippingPutsEveryCriticWeightWithinTheBoundAndLeavesTheOthersAlone() {
        // Values from −0.05 to 0.05 and beyond, around the bound c = 0.01.
        setWeights(gan.network(GanSpec.DISCRIMINATOR), i -> (i % 11 - 5) * 0.01 * (i % 2 == 0 ? 1 : 0.3));
        Map<String, float[]> before = weights(gan.network(GanSpec.DISCRIMINATOR));
        Map<String, float[]> generator = weights(gan.network(GanSpec.GENERATOR));

        WeightClippingStrategy clipping = new WeightClippingStrategy(0.01);
        clipping.afterUpdate(GanSpec.GENERATOR, step(1));
        assertEquals(before.keySet(), weights(gan.network(GanSpec.DISCRIMINATOR)).keySet());
        weights(gan.network(GanSpec.DISCRIMINATOR)).forEach((name, values) ->
                assertArrayEquals(before.get(name), values, "a generator update clips nothing: " + name));
        clipping.afterUpdate(GanSpec.DISCRIMINATOR, step(1));

        Map<String, float[]> after = weights(gan.network(GanSpec.DISCRIMINATOR));
        int clipped = 0;
        for (String name : before.keySet()) {
            for (int i = 0; i < before.get(name).length; i++) {
                float was = before.get(name)[i];
                float is = after.get(name)[i];
                float expected = Math.max(-0.01f, Math.min(0.01f, was));
                assertEquals(expected, is, 0f, name + "[" + i + "] was " + was);
                assertTrue(is >= -0.01f && is <= 0.01f, name + "[" + i + "] = " + is);
                clipped += expected != was ? 1 : 0;
            }
        }
        assertTrue(clipped > 0, "some weights were outside the bound");
        weights(gan.network(GanSpec.GENERATOR)).forEach((name, values) -> assertArrayEquals(generator.get(name), values, name));
    }

    @Test
    void movingAverageIsDecayTimesAverageAndOneMinusDecayTimesWeightsAfterTheStart() {
        GeneratorAverageStrategy ema = new GeneratorAverageStrategy(0.9, 2);
        Map<String, float[]> expected = new LinkedHashMap<>();
        for (int step = 1; step <= 4; step++) {
            int k = step;
            setWeights(gan.network(GanSpec.GENERATOR), i -> Math.sin(i + 7 * k) * k);
            ema.afterStep(step(step));
            Map<String, float[]> current = weights(gan.network(GanSpec.GENERATOR));
            for (Pair<String, Parameter> pair : gan.network(GanSpec.GENERATOR).block().getParameters()) {
                String name = pair.getKey();
                float[] weights = current.get(name);
                // Up to the start (step 2) the average copies the weights; after it, β·average +
                // (1 − β)·weights. Running statistics, which are not trained, are always copied.
                if (step <= 2 || !pair.getValue().requiresGradient()) {
                    expected.put(name, weights.clone());
                } else {
                    float[] average = expected.get(name);
                    for (int i = 0; i < average.length; i++) {
                        average[i] = 0.9f * average[i] + (1 - 0.9f) * weights[i];
                    }
                }
            }
            Map<String, NDArray> sampling = ema.samplingWeights();
            expected.forEach((name, values) ->
                    assertArrayEquals(values, sampling.get(name).toFloatArray(), 1e-6f, "step " + k + ", " + name));
        }
        // By hand, for the first weight (sin(7k)·k at step k): 0.9·(0.9·2sin 14 + 0.1·3sin 21) + 0.1·4sin 28.
        double byHand = 0.9 * (0.9 * 2 * Math.sin(14) + 0.1 * 3 * Math.sin(21)) + 0.1 * 4 * Math.sin(28);
        String first = expected.keySet().iterator().next();
        assertEquals(byHand, ema.samplingWeights().get(first).toFloatArray()[0], 1e-6);
        assertTrue(gan.network(GanSpec.GENERATOR).block().getParameters().values().stream().anyMatch(p -> !p.requiresGradient()),
                "the generator has running statistics, which are copied");
    }

    @Test
    void linearDecayKeepsTheRateForTheFirstPartThenDecaysTowardsZeroByTheLastStep() {
        LinearDecayStrategy decay = new LinearDecayStrategy(0.5);
        for (long step = 1; step <= 5; step++) {
            assertEquals(1.0, decay.learningRateScale(step, 10), 0.0, "step " + step);
        }
        // From step 5 on, 1 − (t − 5) / 6: the last step keeps a sixth of the rate.
        assertEquals(1 - 1 / 6.0, decay.learningRateScale(6, 10), 1e-12);
        assertEquals(1 / 6.0, decay.learningRateScale(10, 10), 1e-12);
        assertEquals(1 / 6.0, decay.learningRateScale(25, 10), 1e-12, "past the last step, the last step's rate");
        assertThrows(IllegalArgumentException.class, () -> new LinearDecayStrategy(1.0));
    }

    @Test
    void aScaledLearningRateMovesTheWeightsByThatShare() {
        ai.djl.nn.ParameterList parameters = gan.network(GanSpec.DISCRIMINATOR).block().getParameters();
        NDArray weight = parameters.get(0).getValue().getArray();
        float[] before = weight.toFloatArray();
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            collector.backward(weight.sum()); // a gradient of 1 for every weight
        }
        try (SgdOptimizer sgd = SgdOptimizer.builder().optLearningRate(0.1).build()) {
            sgd.setLearningRateScale(0.5);
            sgd.step(parameters);
        }
        float[] after = weight.toFloatArray();
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i] - 0.05f, after[i], 1e-6f, "weight " + i);
        }
    }
}
