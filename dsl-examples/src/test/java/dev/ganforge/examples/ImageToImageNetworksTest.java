package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.block.BlockResolver;
import dev.ganforge.dsl.Network;
import dev.ganforge.validate.ShapeInference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The image-to-image networks infer the trainable parameter counts and output shapes that PyTorch
 * gives for the reference implementation's layouts: the figures of
 * {@code image-to-image-reference.properties}, written by {@code bench/reference_counts.py
 * --fixture}. Shape inference only, so no 54-million-parameter network is initialised. The large
 * generators were not run in PyTorch; they must give back their input's shape.
 */
class ImageToImageNetworksTest {

    private static final Properties PYTORCH = load("/image-to-image-reference.properties");

    static Stream<Arguments> networks() {
        return Stream.of(
                network("resnet-9", () -> ImageToImageNetworks.resnetGenerator(3, 64, 9), 3, 256),
                network("resnet-6", () -> ImageToImageNetworks.resnetGenerator(3, 64, 6), 3, 256),
                network("unet-256", () -> ImageToImageNetworks.unetGenerator(3, 64, 8), 3, 256),
                network("patchgan-3-batch", () -> ImageToImageNetworks.patchGan(64, 3), 3, 256),
                network("patchgan-3-instance", () -> ImageToImageNetworks.patchGanInstanceNorm(64, 3), 3, 256),
                network("patchgan-6-batch", () -> ImageToImageNetworks.patchGan(64, 3), 6, 256),
                network("patchgan-6-instance", () -> ImageToImageNetworks.patchGanInstanceNorm(64, 3), 6, 256),
                network("patchgan-3-instance-32", () -> ImageToImageNetworks.patchGanInstanceNorm(64, 3), 3, 32),
                network("unet-32-edges", () -> ImageToImageNetworks.unetGenerator(1, 32, 5), 1, 32),
                network("patchgan-edges-pix2pix", () -> ImageToImageNetworks.patchGan(32, 2), 2, 32),
                network("resnet-edges", () -> ImageToImageNetworks.resnetGenerator(1, 16, 6), 1, 32),
                network("patchgan-edges-cyclegan", () -> ImageToImageNetworks.patchGanInstanceNorm(32, 2), 1, 32));
    }

    private static Arguments network(String key, Supplier<Network> network, int channels, int side) {
        return Arguments.of(key, network, List.of(channels, side, side));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void shapeInferenceGivesPyTorchCountAndOutput(String key, Supplier<Network> network, List<Integer> input) {
        String output = PYTORCH.getProperty(key + ".output");
        List<Integer> expected = output == null ? input
                : Arrays.stream(output.split(",")).map(String::trim).map(Integer::valueOf).toList();

        BlockResolver.Resolution resolved = new BlockResolver(BlockCatalog.installed())
                .resolve(key + ".blocks", network.get().build().blocks());
        assertTrue(resolved.ok(), () -> resolved.problems().toString());
        ShapeInference.Result inferred = ShapeInference.infer(key, resolved.blocks(), input);
        assertTrue(inferred.ok(), () -> inferred.problem().toString());
        assertEquals(expected, inferred.output(input), "output of one sample");
        assertEquals(pytorchCount(key), inferred.trainableParameters(), "trainable parameters");
    }

    /** PyTorch's count of trainable parameters of the network {@code key} names in the fixture. */
    static long pytorchCount(String key) {
        String count = PYTORCH.getProperty(key);
        assertNotNull(count, "no figure for " + key + " in the fixture; run bench/reference_counts.py --fixture");
        return Long.parseLong(count.trim());
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ImageToImageNetworksTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
