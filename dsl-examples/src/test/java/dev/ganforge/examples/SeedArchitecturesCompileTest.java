package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.ganforge.engine.compile.CompiledGan;
import dev.ganforge.engine.compile.CompiledNetwork;
import dev.ganforge.engine.compile.GanCompiler;
import dev.ganforge.engine.compile.GanSummary;
import dev.ganforge.engine.compile.NetworkSummary;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.ShapeInference;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Compiles every seed network onto DJL and checks counts and shapes against PyTorch and the spec. */
class SeedArchitecturesCompileTest {

    static Stream<GanSpec> seeds() {
        return Stream.of(SeedArchitectures.mnistDcgan(), SeedArchitectures.celebaEncoderDecoder(),
                SeedArchitectures.dcgan64(), SeedArchitectures.mnistUpsampleDropout(), SeedArchitectures.sngan32(),
                SeedArchitectures.snganFashion());
    }

    @Test
    void mnistDcganHasPyTorchParameterCounts() {
        assertCounts(SeedArchitectures.mnistDcgan(), 1_300_801, 1_080_577);
    }

    @Test
    void dcgan64HasPyTorchParameterCounts() {
        assertCounts(SeedArchitectures.dcgan64(), 3_576_704, 2_765_568);
    }

    @Test
    void sngan32HasPyTorchParameterCounts() {
        assertCounts(SeedArchitectures.sngan32(), 4_276_739, 1_053_825);
    }

    @Test
    void snganFashionHasItsDescribedParameterCounts() {
        assertCounts(SeedArchitectures.snganFashion(), 561_793, 263_489);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void forwardPassOfTwoSamplesHasDeclaredShapes(GanSpec spec) {
        CompiledGan gan = GanCompiler.compile(spec);
        try (NDManager manager = NDManager.newBaseManager()) {
            GanSummary.of(gan, manager);
            NDArray latent = manager.randomNormal(gan.network(GanSpec.GENERATOR).inputShape(2));
            NDArray images = forward(gan.network(GanSpec.GENERATOR), manager, latent);
            assertEquals(gan.network(GanSpec.DISCRIMINATOR).inputShape(2), images.getShape(), "generator output");
            NDArray scores = forward(gan.network(GanSpec.DISCRIMINATOR), manager, images);
            assertEquals(2, scores.getShape().get(0), "one score per sample");
            assertEquals(2, scores.size(), "one value per sample");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void engineSummaryAgreesWithShapeInference(GanSpec spec) {
        CompiledGan gan = GanCompiler.compile(spec);
        try (NDManager manager = NDManager.newBaseManager()) {
            GanSummary summary = GanSummary.of(gan, manager);
            assertAgrees(summary.network("generator"), gan.network(GanSpec.GENERATOR));
            assertAgrees(summary.network("discriminator"), gan.network(GanSpec.DISCRIMINATOR));
        }
    }

    private static void assertAgrees(NetworkSummary summary, CompiledNetwork network) {
        ShapeInference.Result inferred = ShapeInference.infer(network.name(), network.specs(), network.sampleShape());
        for (int i = 0; i < summary.rows().size(); i++) {
            NetworkSummary.Row row = summary.rows().get(i);
            List<Integer> output = inferred.blocks().get(i).output();
            assertEquals(new Shape(output.stream().mapToLong(Integer::longValue).toArray()), row.output(),
                    network.name() + " block " + row.number() + " output");
            assertEquals(inferred.blocks().get(i).trainableParameters(), row.trainableParameters(),
                    network.name() + " block " + row.number() + " parameters");
        }
    }

    private static NDArray forward(CompiledNetwork network, NDManager manager, NDArray input) {
        return network.block().forward(new ParameterStore(manager, false), new NDList(input), false).singletonOrThrow();
    }

    private static void assertCounts(GanSpec spec, long generator, long discriminator) {
        try (NDManager manager = NDManager.newBaseManager()) {
            GanSummary summary = GanSummary.of(GanCompiler.compile(spec), manager);
            assertEquals(generator, summary.network("generator").trainableParameters(), "generator");
            assertEquals(discriminator, summary.network("discriminator").trainableParameters(), "discriminator");
            String text = summary.render();
            assertEquals(String.format("generator trainable parameters: %,d%ndiscriminator trainable parameters: %,d%n", generator, discriminator)
                    .replace(System.lineSeparator(), "\n"),
                    text.substring(text.indexOf("generator trainable parameters:")));
        }
    }
}
