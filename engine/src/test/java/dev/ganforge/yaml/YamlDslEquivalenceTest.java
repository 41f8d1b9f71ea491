package dev.ganforge.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YamlDslEquivalenceTest {

    @Test
    void yamlFileAndJavaDslDeclareTheSameSpec() throws IOException {
        assertEquals(SampleSpecs.mnistDcgan(), YamlSpecReader.read(resource("mnist-dcgan.yaml"), "mnist-dcgan.yaml"));
    }

    @Test
    void everyOptionWrittenOutLongHandEqualsTheDsl() {
        String yaml = """
                name: "every option: v2"
                data:
                  shape: [3, 32, 32]
                  range: [-1, 1]
                  dataset:
                    type: image-folder
                    path: /data/celeba faces
                    recursive: yes
                    limit: 1000
                    answer: 'yes'
                    code: '10'
                latent: {size: 64, distribution: uniform}
                conditioning: {classes: 10, type: label-channels, embedding: 50, mode: concat}
                loss: {type: wasserstein-gp, lambda: 10.0}
                generator:
                  optimizer: {type: adam, lr: 2e-4, beta1: 0.5, amsgrad: false}
                  blocks:
                    - projection:
                        shape: [256, 4, 4]
                        bias: false
                        norm: {type: batch, momentum: 0.8, epsilon: 1e-3}
                        activation: {type: leaky-relu, alpha: 0.1}
                    - decoder: {filters: 128, kernel: 3, stride: 2, padding: 1, output-padding: 1, bias: false,
                                norm: {momentum: 0.95, epsilon: 2e-5}, activation: {type: leaky-relu, alpha: 0.3}, order: pre}
                    - decoder: {filters: [64], kernel: 3, padding: 1, output-padding: 1, bias: false,
                                norm: {momentum: 0.95, epsilon: 0.00002}, activation: {type: leaky-relu, alpha: 0.3}, order: pre}
                    - conv-transpose: {filters: 32, kernel: 4, stride: 2, padding: same, output-padding: 0, bias: false, activation: relu}
                    - zero-pad: {top: 1, bottom: 1, left: 1, right: 1}
                    - conv: {filters: 3, kernel: 3, stride: 1, padding: valid, bias: true, activation: tanh,
                             spectral-norm: true}
                discriminator:
                  optimizer: {type: rmsprop, lr: 1.0e-4, rho: 0.9, clip: .inf}
                  blocks:
                    - encoder: {filters: [32, 64], kernel: 5, stride: 2, padding: 2, bias: false, convolutions: 2,
                                norm: none, activation: {type: leaky-relu, alpha: 0.3}, dropout: 0.25, order: pre,
                                spectral-norm: true}
                    - batch-norm: {momentum: 0.8, epsilon: 0.001}
                    - upsample: {factor: 2}
                    - global-avg-pool
                    - dropout: {rate: 0.3}
                    - dense: {units: 1, bias: false, activation: sigmoid, spectral-norm: true}
                training:
                  batch-size: 128
                  steps: 20_000
                  seed: -7
                  sample-every: 250
                  checkpoint-every: 2000
                  strategies:
                    - type: n-critic
                      steps: 5
                    - ema
                    - {type: label-smoothing, real: 0.9}
                  evaluate-every: 1000
                  metrics: [{type: classifier-fid, samples: 5000}]
                  engine: mxnet
                """;

        assertEquals(SampleSpecs.everyOption(), YamlSpecReader.read(yaml, "every-option.yaml"));
    }

    @Test
    void omittedKeysTakeTheDslBuildersDefaults() {
        String yaml = """
                name: points
                data: {shape: [2], range: [-4, 4]}
                latent: {size: 8}
                generator:
                  blocks:
                    - dense: {units: 32, activation: relu}
                    - batch-norm
                    - dense: {units: 32, activation: leaky-relu}
                    - dropout: 0.1
                    - dense: {units: 2}
                discriminator:
                  blocks: [dense: {units: 32, activation: leaky-relu}, dense: {units: 1}]
                """;

        assertEquals(SampleSpecs.points(), YamlSpecReader.read(yaml, "points.yaml"));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = YamlDslEquivalenceTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
