package dev.ganforge.examples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Specs shaped like {@code yaml/ring-bce.yaml} but small enough to train in well under a second:
 * one hidden layer of 16 units, batch 32.
 */
final class TinySpecs {

    private TinySpecs() {}

    /** The 8-Gaussian ring with the bce loss: 20 steps, samples and checkpoints every 10. */
    static String ring() {
        return """
                name: tiny-ring
                data:
                  shape: [2]
                  range: [-2.5, 2.5]
                  dataset: {type: gaussian-ring, modes: 8, radius: 2, sigma: 0.02}
                latent:
                  size: 2
                loss: bce
                generator:
                  optimizer: {type: adam, lr: 1e-3, beta1: 0.5, beta2: 0.9}
                  blocks:
                    - dense: {units: 16, activation: relu}
                    - dense: {units: 2}
                discriminator:
                  optimizer: {type: adam, lr: 1e-3, beta1: 0.5, beta2: 0.9}
                  blocks:
                    - dense: {units: 16, activation: relu}
                    - dense: {units: 1}
                training:
                  batch-size: 32
                  steps: 20
                  seed: 1
                  sample-every: 10
                  checkpoint-every: 10
                """;
    }

    /**
     * The ring with the hinge loss, two critic updates per step and a generator EMA, so that a
     * checkpoint holds strategy state as well as weights and optimiser moments.
     */
    static String ringWithStrategies() {
        return ring().replace("name: tiny-ring", "name: tiny-ring-strategies")
                .replace("loss: bce", "loss: hinge")
                .replace("  checkpoint-every: 10\n", """
                          checkpoint-every: 10
                          strategies:
                            - {type: n-critic, steps: 2}
                            - {type: ema, decay: 0.9}
                        """);
    }

    /** An 8×8 grey image GAN of dense layers with the given {@code data.dataset}: 2 steps of batch 4. */
    static String image(String dataset) {
        return """
                name: tiny-image
                data: {shape: [1, 8, 8], dataset: %s}
                latent: {size: 4}
                generator:
                  blocks:
                    - dense: {units: 64}
                    - reshape: [1, 8, 8]
                discriminator:
                  blocks:
                    - flatten
                    - dense: {units: 1}
                training: {batch-size: 4, steps: 2}
                """.formatted(dataset);
    }

    /** A folder {@code images} in {@code dir} with three 8×8 PNGs, for the {@code image-folder} dataset. */
    static Path imageFolder(Path dir) throws IOException {
        Path images = Files.createDirectories(dir.resolve("images"));
        for (int i = 0; i < 3; i++) {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            image.setRGB(i, i, 0xFFFFFF);
            ImageIO.write(image, "png", images.resolve(i + ".png").toFile());
        }
        return images;
    }

    static Path write(Path dir, String name, String yaml) {
        try {
            return Files.writeString(dir.resolve(name), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a run directory, so that a test can change its copy and leave the original to others. */
    static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
