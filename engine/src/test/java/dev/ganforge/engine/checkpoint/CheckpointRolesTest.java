package dev.ganforge.engine.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.engine.train.TinyGan;
import dev.ganforge.engine.train.TrainingSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkpoint holds each network by its role, and reads checkpoints written before it listed them. */
class CheckpointRolesTest {

    @TempDir
    Path dir;

    @Test
    void networksAreWrittenAndReadByRoleInTheirOrder() throws IOException {
        try (GanTrainer trainer = TinyGan.trainer(TinyGan.wasserstein(), List.of());
                NDManager manager = NDManager.newBaseManager()) {
            trainer.trainStep();
            Path written = new CheckpointStore(dir).write(trainer.snapshot(manager), "name: tiny\n");

            assertEquals(List.of("discriminator-optimizer.ndlist", "discriminator.ndlist", "generator-optimizer.ndlist",
                    "generator.ndlist", "manifest.properties", "spec.yaml"), files(written));
            assertEquals(List.of("generator", "discriminator"),
                    List.copyOf(CheckpointStore.read(written, manager).networks().keySet()));
        }
    }

    @Test
    void checkpointWhoseManifestListsNoNetworksHoldsAGeneratorAndADiscriminator() throws IOException {
        try (GanTrainer trainer = TinyGan.trainer(TinyGan.wasserstein(), List.of());
                NDManager manager = NDManager.newBaseManager()) {
            trainer.trainStep();
            TrainingSnapshot snapshot = trainer.snapshot(manager);
            Path written = new CheckpointStore(dir).write(snapshot, "name: tiny\n");
            Path manifest = written.resolve("manifest.properties");
            // As ganforge wrote manifests before networks had roles.
            Files.writeString(manifest, Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.startsWith("networks=")).collect(Collectors.joining("\n", "", "\n")));

            TrainingSnapshot read = CheckpointStore.read(written, manager);
            assertEquals(List.of("generator", "discriminator"), List.copyOf(read.networks().keySet()));
            snapshot.network("generator").parameters().forEach((name, array) -> assertArrayEquals(array.toByteArray(),
                    read.network("generator").parameters().get(name).toByteArray(), name));
            trainer.restore(read);
            assertEquals(1, trainer.step());
        }
    }

    private static List<String> files(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }
}
