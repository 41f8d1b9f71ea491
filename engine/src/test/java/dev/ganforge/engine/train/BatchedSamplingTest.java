package dev.ganforge.engine.train;

import static dev.ganforge.dsl.Layers.dense;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import dev.ganforge.dsl.Data;
import dev.ganforge.dsl.Gan;
import dev.ganforge.dsl.Latent;
import dev.ganforge.dsl.Network;
import dev.ganforge.dsl.Training;
import dev.ganforge.engine.compile.GanCompiler;
import dev.ganforge.engine.optim.AdamOptimizer;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.LatentSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sampling in batches gives the samples one batch of all of them gives: the noise drawn batch
 * after batch from one seed is the one draw's, so the batch size changes memory, not samples.
 */
class BatchedSamplingTest {

    private static GanTrainer trainer(LatentSpec latent) {
        return GanTrainer.builder()
                .setGan(GanCompiler.compile(Gan.named("batched")
                        .setData(Data.vector(2))
                        .setLatent(latent)
                        .setGenerator(Network.of(dense(16).optActivation(Activation.relu()), dense(2)))
                        .setDiscriminator(Network.of(dense(8), dense(1)))
                        .optTraining(Training.builder().optBatchSize(8).optSeed(3))
                        .build()))
                .setLoss(TinyGan.wasserstein())
                .setGeneratorOptimizer(AdamOptimizer.builder().build())
                .setDiscriminatorOptimizer(AdamOptimizer.builder().build())
                .setDataset(TinyGan.data())
                .build();
    }

    @ParameterizedTest(name = "latent {0} {1}, {2} samples, batches of {3}")
    @CsvSource({
        "4, normal, 203, 7",
        "3, normal, 203, 10",
        "100, normal, 203, 32",
        "1, normal, 40, 16",
        "5, uniform, 203, 8",
        "2, normal, 50, 1"})
    void samplesInBatchesAreTheSamplesOfOneBatch(int latentSize, String distribution, int count, int batchSize)
            throws IOException {
        LatentSpec latent = distribution.equals("normal") ? Latent.normal(latentSize) : Latent.uniform(latentSize);
        try (GanTrainer trainer = trainer(latent); NDManager manager = NDManager.newBaseManager()) {
            trainer.trainStep();
            float[] oneBatch = trainer.generate(manager, trainer.fixedNoise(manager, count, 42)).toFloatArray();
            float[] batched = new float[oneBatch.length];
            List<Integer> firsts = new ArrayList<>();
            trainer.generate(count, 42, batchSize, null, (samples, first) -> {
                float[] values = samples.toFloatArray();
                System.arraycopy(values, 0, batched, first * 2, values.length);
                firsts.add(first);
            });

            // The noise is the same to the bit; matrix kernels may round the last bit otherwise for another batch size.
            assertArrayEquals(oneBatch, batched, 1e-6f);
            assertTrue(firsts.size() > 1, "more than one batch: " + firsts);
        }
    }

    @Test
    void batchSizesSplitTheNoiseIntoWholeSixteenValueBlocksWithALastOfAtLeastOneBlock() {
        assertEquals(List.of(32, 32, 32, 32, 32, 32, 11), NoiseBatches.sizes(203, 32, 100));
        // 3 values a sample: 16 samples fill whole blocks, and the last batch needs 6 samples (18 values).
        assertEquals(List.of(16, 16, 16, 16, 16, 20), NoiseBatches.sizes(100, 5, 3));
        assertEquals(List.of(33), NoiseBatches.sizes(33, 32, 1), "a last batch of one value joins the one before");
        assertEquals(List.of(10), NoiseBatches.sizes(10, 32, 3));
        assertEquals(List.of(5), NoiseBatches.sizes(5, 1, 2), "all 10 values are fewer than a block: one draw");
    }
}
