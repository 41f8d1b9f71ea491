package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ganforge.spec.GanSpec;
import dev.ganforge.yaml.YamlSpecReader;
import dev.ganforge.yaml.YamlSpecWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every seed and image-to-image example exists twice, in Java and in YAML; the two must be the same spec. */
class SeedYamlTest {

    static final Path YAML = Path.of("yaml");

    static Stream<Arguments> twins() {
        return Stream.of(
                twin("seed-000-mnist-dcgan.yaml", SeedArchitectures::mnistDcgan),
                twin("celeba-encoder-decoder.yaml", SeedArchitectures::celebaEncoderDecoder),
                twin("dcgan-64.yaml", SeedArchitectures::dcgan64),
                twin("mnist-upsample-dropout.yaml", SeedArchitectures::mnistUpsampleDropout),
                twin("sngan-32.yaml", SeedArchitectures::sngan32),
                twin("sngan-fashion.yaml", SeedArchitectures::snganFashion),
                twin("fashion-acgan.yaml", SeedArchitectures::fashionAcgan),
                twin("cbn-fashion.yaml", SeedArchitectures::cbnFashion),
                twin("pix2pix-256.yaml", ImageToImageArchitectures::pix2pix256),
                twin("pix2pix-edges-fashion.yaml", ImageToImageArchitectures::pix2pixEdgesFashion),
                twin("cyclegan-256.yaml", ImageToImageArchitectures::cyclegan256),
                twin("cyclegan-128.yaml", ImageToImageArchitectures::cyclegan128),
                twin("cyclegan-edges-fashion.yaml", ImageToImageArchitectures::cycleganEdgesFashion));
    }

    private static Arguments twin(String file, Supplier<GanSpec> java) {
        return Arguments.of(file, java);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twins")
    void yamlFileEqualsJavaDeclaration(String file, Supplier<GanSpec> java) throws IOException {
        assertEquals(java.get(), YamlSpecReader.read(YAML.resolve(file)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twins")
    void writtenYamlReadsBackEqual(String file, Supplier<GanSpec> java) {
        GanSpec spec = java.get();
        assertEquals(spec, YamlSpecReader.read(YamlSpecWriter.write(spec), file));
    }
}
