package dev.ganforge.engine.checkpoint;

import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.engine.train.TinyGan;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The process {@link CheckpointAtomicityTest} kills: continues a tiny GAN from the latest
 * checkpoint under {@code args[0]} (if any) and writes a checkpoint after every step, forever.
 * Prints {@code ready STEP} once its first checkpoint is in place.
 */
public final class CheckpointWriterMain {

    private CheckpointWriterMain() {}

    public static void main(String[] args) throws Exception {
        CheckpointStore store = new CheckpointStore(Path.of(args[0]));
        try (GanTrainer trainer = TinyGan.trainer(TinyGan.wasserstein(), List.of())) {
            Optional<Path> latest = store.latest();
            if (latest.isPresent()) {
                try (NDManager manager = NDManager.newBaseManager()) {
                    trainer.restore(CheckpointStore.read(latest.get(), manager));
                }
            }
            boolean announced = false;
            while (true) {
                trainer.trainStep();
                try (NDManager manager = NDManager.newBaseManager()) {
                    store.write(trainer.snapshot(manager), "name: tiny\n");
                }
                if (!announced) {
                    System.out.println("ready " + trainer.step());
                    System.out.flush();
                    announced = true;
                }
            }
        }
    }
}
