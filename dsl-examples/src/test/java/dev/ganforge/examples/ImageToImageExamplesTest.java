package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ganforge.role.NetworkContract;
import dev.ganforge.role.RecipeCatalog;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.ShapeInference;
import dev.ganforge.yaml.YamlSpecReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role of the pix2pix and CycleGAN examples, fed what its recipe feeds it, has PyTorch's
 * trainable parameter count for the reference layout (the fixture of {@link
 * ImageToImageNetworksTest}). By shape inference, as {@code ganforge describe} counts, without
 * initialising a network.
 */
class ImageToImageExamplesTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                example("pix2pix-256.yaml", Map.of("generator", "unet-256", "discriminator", "patchgan-6-batch")),
                example("cyclegan-256.yaml", cyclegan("resnet-9", "patchgan-3-instance")),
                example("cyclegan-128.yaml", cyclegan("resnet-6", "patchgan-3-instance")),
                example("pix2pix-edges-fashion.yaml",
                        Map.of("generator", "unet-32-edges", "discriminator", "patchgan-edges-pix2pix")),
                example("cyclegan-edges-fashion.yaml", cyclegan("resnet-edges", "patchgan-edges-cyclegan")));
    }

    private static Map<String, String> cyclegan(String generator, String critic) {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("generator", generator);
        roles.put("discriminator", critic);
        roles.put(ImageToImageArchitectures.GENERATOR_BA, generator);
        roles.put(ImageToImageArchitectures.DISCRIMINATOR_A, critic);
        return roles;
    }

    private static Arguments example(String file, Map<String, String> fixtureKeyByRole) {
        return Arguments.of(file, fixtureKeyByRole);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyRoleHasPyTorchCount(String file, Map<String, String> fixtureKeyByRole) throws IOException {
        GanSpec spec = YamlSpecReader.read(SeedYamlTest.YAML.resolve(file));
        Map<String, NetworkContract> contracts = RecipeCatalog.installed().roles(spec.recipe().type()).orElseThrow();
        assertEquals(fixtureKeyByRole.keySet(), contracts.keySet(), "roles");
        for (Map.Entry<String, String> role : fixtureKeyByRole.entrySet()) {
            ShapeInference.Result inferred = ShapeInference.infer(role.getKey(),
                    spec.networks().get(role.getKey()).blocks(), contracts.get(role.getKey()).inputShape(spec));
            assertEquals(ImageToImageNetworksTest.pytorchCount(role.getValue()), inferred.trainableParameters(),
                    file + " " + role.getKey());
        }
    }
}
