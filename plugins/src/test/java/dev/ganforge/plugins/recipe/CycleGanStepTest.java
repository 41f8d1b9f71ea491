package dev.ganforge.plugins.recipe;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import dev.ganforge.dsl.Data;
import dev.ganforge.dsl.Gan;
import dev.ganforge.dsl.Latent;
import dev.ganforge.dsl.Layer;
import dev.ganforge.dsl.Network;
import dev.ganforge.dsl.Training;
import dev.ganforge.engine.assemble.GanAssembler;
import dev.ganforge.engine.compile.FixtureBlocks;
import dev.ganforge.engine.compile.PyTorchFixtures;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.engine.train.StepRecord;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Two steps of the {@code cyclegan} recipe against the reference implementation
 * (junyanz/pytorch-CycleGAN-and-pix2pix), from the same weights on the same batches: every term
 * of the generators' loss, both critics' losses, and the weights of all four networks after each
 * step. The spec names its plugins as a user would (least squares, Adam 2e-4 with β1 0.5,
 * {@code linear-decay}, the recipe's defaults), so the check covers what a spec trains: the
 * order of the updates, what each critic judges, the least-squares targets and factors, the
 * pool while it fills, and the learning-rate decay (× 1, then × 0.5). The fixture
 * {@code cyclegan/two_steps.json} is written by {@code bench/cyclegan_step_fixture.py}, which
 * says how the reference computes each step.
 */
class CycleGanStepTest {

    private static final PluginRegistry REGISTRY = PluginRegistry.load();
    private static final List<String> ROLES = List.of("generator", "generator-ba", "discriminator", "discriminator-a");

    @Test
    void twoStepsMatchTheReferenceImplementationTermByTermAndWeightByWeight() throws Exception {
        Map<String, Object> fixture = PyTorchFixtures.read("/cyclegan/two_steps.json",
                "run /usr/bin/python3 bench/cyclegan_step_fixture.py (needs Debian's python3-torch)");
        GanSpec spec = spec(fixture);
        List<Map<String, Object>> steps = PyTorchFixtures.maps(fixture.get("step"));
        GanLoss loss = REGISTRY.create(PluginFamily.LOSS, spec.loss(), GanLoss.class);
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = trainer(spec, new FixtureBatches(steps))) {
            Map<String, Object> initial = PyTorchFixtures.map(fixture.get("initial"));
            for (String role : ROLES) {
                load(trainer, role, PyTorchFixtures.maps(initial.get(role)), manager);
            }
            for (int i = 0; i < steps.size(); i++) {
                Map<String, Object> step = steps.get(i);
                Map<String, Object> expected = PyTorchFixtures.map(step.get("losses"));
                String at = "step " + (i + 1) + ": ";
                // The terms first, from the networks as the step finds them: a difference here lies in
                // a network or in how a term is weighted, not in the updates.
                Map<String, Double> terms = terms(trainer, loss, number(fixture, "cycle_weight"),
                        number(fixture, "identity_weight"), PyTorchFixtures.tensor(manager, step.get("real_a")),
                        PyTorchFixtures.tensor(manager, step.get("real_b")));
                assertAll(terms.entrySet().stream().map(term ->
                        (Executable) () -> assertClose(number(expected, term.getKey()), term.getValue(), at + term.getKey())));

                StepRecord record = trainer.trainStep();
                assertAll(Stream.of("generator", "discriminator", "discriminator-a").map(role ->
                        (Executable) () -> assertClose(number(expected, role), record.loss(role), at + role + " loss")));
                Map<String, Object> after = PyTorchFixtures.map(step.get("after"));
                List<Executable> weights = new ArrayList<>();
                trainer.snapshot(manager).networks().forEach((role, state) -> {
                    List<NDArray> trained = List.copyOf(state.parameters().values());
                    List<Map<String, Object>> want = PyTorchFixtures.maps(after.get(role));
                    assertEquals(want.size(), trained.size(), role + " parameter count");
                    for (int p = 0; p < want.size(); p++) {
                        NDArray expectedWeights = PyTorchFixtures.tensor(manager, want.get(p));
                        NDArray actual = trained.get(p);
                        String what = at + role + " " + want.get(p).get("name") + " after the step";
                        weights.add(() -> PyTorchFixtures.assertClose(expectedWeights, actual, what));
                    }
                });
                assertAll(weights);
            }
        }
    }

    /**
     * Each term of the generators' loss as the reference weights it, from the trainer's networks:
     * the loss plugin's generator term on each critic's scores of the translations into its domain,
     * and the cycle and identity L1 distances times the recipe's weights.
     */
    private static Map<String, Double> terms(GanTrainer trainer, GanLoss loss, double cycle, double identityWeight,
            NDArray realA, NDArray realB) {
        try (NDManager scratch = realA.getManager().newSubManager()) {
            NDArray fakeB = trainer.infer("generator", scratch, realA, null);
            NDArray fakeA = trainer.infer("generator-ba", scratch, realB, null);
            double identity = cycle * identityWeight;
            Map<String, Double> terms = new LinkedHashMap<>();
            terms.put("adversarial_ab", (double) loss.generatorLoss(trainer.infer("discriminator", scratch, fakeB, null)).getFloat());
            terms.put("adversarial_ba", (double) loss.generatorLoss(trainer.infer("discriminator-a", scratch, fakeA, null)).getFloat());
            terms.put("cycle_a", cycle * l1(trainer.infer("generator-ba", scratch, fakeB, null), realA));
            terms.put("cycle_b", cycle * l1(trainer.infer("generator", scratch, fakeA, null), realB));
            terms.put("identity_a", identity * l1(trainer.infer("generator", scratch, realB, null), realB));
            terms.put("identity_b", identity * l1(trainer.infer("generator-ba", scratch, realA, null), realA));
            return terms;
        }
    }

    private static double l1(NDArray a, NDArray b) {
        return Translation.l1(a, b).getFloat();
    }

    /** The fixture's networks and settings as a spec names them. */
    private static GanSpec spec(Map<String, Object> fixture) {
        List<?> image = (List<?>) fixture.get("image");
        PluginRef adam = PluginRef.of("adam").with("lr", number(fixture, "learning_rate")).with("beta1", number(fixture, "beta1"))
                .with("beta2", number(fixture, "beta2")).with("eps", number(fixture, "epsilon"));
        Network generator = network(fixture.get("generator"), adam);
        Network critic = network(fixture.get("critic"), adam);
        return Gan.named("cyclegan-two-steps")
                .setData(Data.image(integer(image.get(0)), integer(image.get(1)), integer(image.get(2))).optRange(-1, 1)
                        .optDataset(PluginRef.of("edges").with("pairing", "unpaired")))
                .setLatent(Latent.unused())
                .setGenerator(generator)
                .setDiscriminator(critic)
                .optNetwork("generator-ba", network(fixture.get("generator"), adam))
                .optNetwork("discriminator-a", network(fixture.get("critic"), adam))
                .optLoss(PluginRef.of("least-squares"))
                .optRecipe(PluginRef.of("cyclegan").with("cycle-weight", number(fixture, "cycle_weight"))
                        .with("identity-weight", number(fixture, "identity_weight"))
                        .with("pool-size", integer(fixture.get("pool_size"))))
                .optTraining(Training.builder().optBatchSize(integer(fixture.get("batch"))).optSeed(1)
                        .optSteps(integer(fixture.get("steps")))
                        .addStrategy(PluginRef.of("linear-decay").with("start", number(fixture, "decay_start"))))
                .build();
    }

    private static Network network(Object blocks, PluginRef optimizer) {
        Layer[] layers = ((List<?>) blocks).stream().map(block -> Layer.of(FixtureBlocks.block(PyTorchFixtures.map(block))))
                .toArray(Layer[]::new);
        return Network.of(layers).optOptimizer(optimizer);
    }

    /** A trainer built from the spec's plugins, as a training run builds it. */
    private static GanTrainer trainer(GanSpec spec, GanDataset data) {
        return new GanAssembler(REGISTRY).trainer(spec, data).build();
    }

    /** Sets the weights of {@code role}'s network to the fixture's, in PyTorch's order, checking each shape. */
    private static void load(GanTrainer trainer, String role, List<Map<String, Object>> values, NDManager manager) {
        List<Parameter> parameters = trainer.gan().network(role).block().getParameters().values();
        assertEquals(values.size(), parameters.size(), role + " parameter count");
        for (int i = 0; i < parameters.size(); i++) {
            NDArray value = PyTorchFixtures.tensor(manager, values.get(i));
            assertEquals(value.getShape(), parameters.get(i).getArray().getShape(), role + " " + values.get(i).get("name"));
            parameters.get(i).getArray().set(value.toFloatArray());
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        double difference = Math.abs(expected - actual) / Math.max(1, Math.abs(expected));
        assertTrue(difference <= PyTorchFixtures.TOLERANCE,
                what + ": PyTorch " + expected + ", ganforge " + actual);
    }

    /** The fixture's batches: step {@code i} trains on its {@code real_a} (domain A) and {@code real_b} (domain B). */
    private record FixtureBatches(List<Map<String, Object>> steps) implements GanDataset {

        @Override
        public Batch batch(NDManager target, long seed, long position, int batchSize) {
            Map<String, Object> step = steps.get((int) position);
            NDArray realB = PyTorchFixtures.tensor(target, step.get("real_b"));
            assertEquals(batchSize, realB.getShape().get(0), "batch size");
            return new Batch(realB, null, PyTorchFixtures.tensor(target, step.get("real_a")));
        }

        @Override
        public Pairing pairing() {
            return Pairing.UNPAIRED;
        }
    }

    private static double number(Map<String, Object> map, String key) {
        Object value = map.get(key);
        assertNotNull(value, "the fixture's " + key);
        return ((Number) value).doubleValue();
    }

    private static int integer(Object value) {
        return ((Number) value).intValue();
    }
}
