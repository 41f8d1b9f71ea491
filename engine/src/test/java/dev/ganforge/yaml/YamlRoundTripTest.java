package dev.ganforge.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.spec.TrainingEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class YamlRoundTripTest {

    static Stream<GanSpec> specs() {
        return Stream.of(SampleSpecs.mnistDcgan(), SampleSpecs.everyOption(), SampleSpecs.points(),
                SampleSpecs.upsampling());
    }

    @ParameterizedTest
    @MethodSource("specs")
    void readingWrittenYamlGivesAnEqualSpec(GanSpec spec) {
        String yaml = YamlSpecWriter.write(spec);

        assertEquals(spec, YamlSpecReader.read(yaml, "written.yaml"), yaml);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void writingIsStableAfterOneRoundTrip(GanSpec spec) {
        String yaml = YamlSpecWriter.write(spec);

        assertEquals(yaml, YamlSpecWriter.write(YamlSpecReader.read(yaml, "written.yaml")));
    }

    @Test
    void writesCanonicalYamlLeavingOutBlockDefaultsAndJoiningFilters() {
        String expected = """
                name: mnist-dcgan
                data:
                  shape: [1, 28, 28]
                  range: [0, 1]
                latent:
                  size: 100
                  distribution: normal
                loss: bce
                generator:
                  optimizer: adam
                  blocks:
                    - projection: {shape: [128, 7, 7]}
                    - decoder: {filters: [128, 64], kernel: 5, order: pre}
                    - decoder: {filters: [32, 1], kernel: 5, stride: 1, order: pre}
                    - activation: sigmoid
                discriminator:
                  optimizer: adam
                  blocks:
                    - encoder: {filters: [32, 64, 128], kernel: 5, norm: none, order: pre}
                    - flatten
                    - dense: {units: 1}
                training:
                  batch-size: 64
                  steps: 10000
                  seed: 42
                  sample-every: 500
                  checkpoint-every: 1000
                """;

        assertEquals(expected, YamlSpecWriter.write(SampleSpecs.mnistDcgan()));
    }

    @Test
    void writesTheEngineOnlyWhenItIsNotTheDefault() {
        GanSpec onPyTorch = SampleSpecs.points();
        GanSpec onMxnet = onPyTorch.withTraining(onPyTorch.training().withEngine(TrainingEngine.MXNET));

        assertEquals(false, YamlSpecWriter.write(onPyTorch).contains("engine"));
        assertEquals(true, YamlSpecWriter.write(onMxnet).endsWith("  engine: mxnet\n"), YamlSpecWriter.write(onMxnet));
        assertEquals(TrainingEngine.MXNET, YamlSpecReader.read(YamlSpecWriter.write(onMxnet), "w.yaml").training().engine());
    }

    @Test
    void quotesStringsThatWouldReadAsOtherTypes() {
        String yaml = YamlSpecWriter.write(SampleSpecs.everyOption());

        assertEquals(true, yaml.contains("name: \"every option: v2\"\n"), yaml);
        assertEquals(true, yaml.contains("answer: \"yes\""), yaml);
        assertEquals(true, yaml.contains("code: \"10\""), yaml);
        assertEquals(true, yaml.contains("clip: .inf"), yaml);
    }

    @Test
    void writesToAFileThatReadsBack(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("gan.yaml");

        YamlSpecWriter.write(SampleSpecs.everyOption(), file);

        assertEquals(SampleSpecs.everyOption(), YamlSpecReader.read(file));
        assertEquals(true, Files.readString(file).startsWith("name: "));
    }

    @Test
    void numbersOfEveryMagnitudeReadBackExactly() {
        PluginRef loss = PluginRef.of("custom").with("huge", 1e20).with("tiny", 1e-300).with("third", 1.0 / 3)
                .with("negative-zero", -0.0).with("nan", Double.NaN).with("minus-infinity", Double.NEGATIVE_INFINITY)
                .with("big-whole", 123_456_789_012L).with("flag", true).with("empty", "").with("quote", "say \"hi\"\n");
        GanSpec spec = SampleSpecs.points().withLoss(loss);

        assertEquals(spec, YamlSpecReader.read(YamlSpecWriter.write(spec), "numbers.yaml"));
    }

    @Test
    void refusesAPluginParameterNamedType() {
        GanSpec spec = SampleSpecs.points().withLoss(PluginRef.of("custom").with("type", "x"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> YamlSpecWriter.write(spec));
        assertEquals("plugin 'custom' has a parameter named 'type', which YAML cannot express: that key names the"
                + " plugin itself", e.getMessage());
    }
}
