package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.block.BlockResolver;
import dev.ganforge.dsl.Network;
import dev.ganforge.validate.ShapeInference;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The image-to-image networks infer the output shapes and trainable parameter counts that PyTorch
 * gives for the reference implementation's layouts (bench/reference_counts.py). Shape inference
 * only: no 54-million-parameter network is initialised.
 */
class ImageToImageNetworksTest {

    private static final List<Integer> RGB_256 = List.of(3, 256, 256);

    @Test
    void resnetNineBlocksHasPyTorchCount() {
        assertNetwork(ImageToImageNetworks.resnetGenerator(3, 64, 9), RGB_256, RGB_256, 11_378_179);
    }

    @Test
    void resnetSixBlocksHasPyTorchCount() {
        assertNetwork(ImageToImageNetworks.resnetGenerator(3, 64, 6), RGB_256, RGB_256, 7_837_699);
    }

    @Test
    void unet256HasPyTorchCount() {
        assertNetwork(ImageToImageNetworks.unetGenerator(3, 64, 8), RGB_256, RGB_256, 54_413_955);
    }

    @Test
    void patchGanWithBatchNormOnInputAndOutputHasPyTorchCountAndShape() {
        assertNetwork(ImageToImageNetworks.patchGan(64, 3), List.of(6, 256, 256), List.of(1, 30, 30), 2_768_705);
    }

    @Test
    void patchGanWithBatchNormOnOneImageHasPyTorchCount() {
        assertNetwork(ImageToImageNetworks.patchGan(64, 3), RGB_256, List.of(1, 30, 30), 2_765_633);
    }

    @Test
    void patchGanWithInstanceNormHasPyTorchCountAndShape() {
        assertNetwork(ImageToImageNetworks.patchGanInstanceNorm(64, 3), RGB_256, List.of(1, 30, 30), 2_764_737);
    }

    @Test
    void patchGanWithInstanceNormOnInputAndOutputHasPyTorchCount() {
        assertNetwork(ImageToImageNetworks.patchGanInstanceNorm(64, 3), List.of(6, 256, 256), List.of(1, 30, 30),
                2_767_809);
    }

    private static void assertNetwork(Network network, List<Integer> input, List<Integer> output, long trainable) {
        BlockResolver.Resolution resolved = new BlockResolver(BlockCatalog.installed())
                .resolve("generator.blocks", network.build().blocks());
        assertTrue(resolved.ok(), () -> resolved.problems().toString());
        ShapeInference.Result result = ShapeInference.infer("network", resolved.blocks(), input);
        assertTrue(result.ok(), () -> result.problem().toString());
        assertEquals(output, result.output(input), "output shape");
        assertEquals(trainable, result.trainableParameters(), "trainable parameters");
    }
}
