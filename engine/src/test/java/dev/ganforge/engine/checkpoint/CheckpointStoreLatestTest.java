package dev.ganforge.engine.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.engine.train.TinyGan;
import dev.ganforge.engine.train.TrainingSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which checkpoint a run continues from: the one the {@code latest} pointer names, steps compared as numbers. */
class CheckpointStoreLatestTest {

    private static final String SPEC = "name: tiny\n";

    @TempDir
    Path dir;

    private CheckpointStore store;
    private GanTrainer trainer;
    private NDManager manager;
    private TrainingSnapshot snapshot;

    @BeforeEach
    void snapshotATinyGan() {
        store = new CheckpointStore(dir.resolve("checkpoints"));
        trainer = TinyGan.trainer(TinyGan.wasserstein(), List.of());
        manager = NDManager.newBaseManager();
        trainer.trainStep();
        snapshot = trainer.snapshot(manager);
    }

    @AfterEach
    void close() {
        manager.close();
        trainer.close();
    }

    private Path write(long step) throws IOException {
        return store.write(snapshot.withStep(step), SPEC);
    }

    private Path folder(String name) {
        return store.root().resolve(name);
    }

    @Test
    void stepsPast999999AreOrderedAsNumbersNotAsText() throws IOException {
        write(999_999);
        write(1_000_000);

        assertEquals(List.of(folder("step-999999"), folder("step-1000000")), store.all());
        assertEquals(Optional.of(folder("step-1000000")), store.latest());
        assertEquals(1_000_000, CheckpointStore.read(store.latest().orElseThrow(), manager).step());
        Files.delete(store.root().resolve("latest"));
        assertEquals(Optional.of(folder("step-1000000")), store.latest(), "without the pointer, the highest step");
    }

    @Test
    void pointerMovedBackToAnEarlierStepOutranksTheLaterFolderWrittenBeforeIt() throws IOException {
        write(10);
        write(20);
        Path manifest20 = folder("step-000020").resolve("manifest.properties");
        Files.setLastModifiedTime(manifest20, FileTime.fromMillis(Files.getLastModifiedTime(manifest20).toMillis() - 5000));
        write(10); // a run continued from step 10 again: the pointer names step 10

        assertEquals(Optional.of(folder("step-000010")), store.latest());
    }

    @Test
    void laterFolderFinishedAfterThePointerIsLatestAsAfterACrashBeforeThePointerMoved() throws IOException {
        write(10);
        write(20);
        // The crash: step 20 finished, but the pointer still names step 10, written before it.
        Path pointer = store.root().resolve("latest");
        Files.writeString(pointer, "step-000010");
        FileTime finished = Files.getLastModifiedTime(folder("step-000020").resolve("manifest.properties"));
        Files.setLastModifiedTime(pointer, FileTime.fromMillis(finished.toMillis() - 5000));

        assertEquals(Optional.of(folder("step-000020")), store.latest());
    }

    @Test
    void pointerToNoCompleteCheckpointFallsBackToTheHighestStep() throws IOException {
        write(10);
        write(20);
        Files.writeString(store.root().resolve("latest"), "step-000030");

        assertEquals(Optional.of(folder("step-000020")), store.latest());
        Files.writeString(store.root().resolve("latest"), "step-000010");
        Files.delete(folder("step-000010").resolve("manifest.properties"));
        assertEquals(Optional.of(folder("step-000020")), store.latest(), "step 10 is no longer complete");
    }
}
