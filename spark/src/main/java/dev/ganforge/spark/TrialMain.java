package dev.ganforge.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JVM of one trial, started by {@link TrialTask#run}: reads the job (a serialized {@link
 * TrialJob}), trains it and writes the {@link TrialOutcome} where the task reads it.
 */
public final class TrialMain {

    private TrialMain() {}

    /** {@code TrialMain JOB-FILE OUTCOME-FILE}. */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        TrialJob job;
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(Path.of(args[0])))) {
            job = (TrialJob) in.readObject();
        }
        TrialOutcome outcome = TrialTask.train(job);
        Path written = Path.of(args[1] + ".partial");
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(written))) {
            out.writeObject(outcome);
        }
        Files.move(written, Path.of(args[1]));
        // The engine's native threads need not end for the outcome to count.
        System.exit(0);
    }
}
