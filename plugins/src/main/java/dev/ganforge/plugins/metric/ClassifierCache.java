package dev.ganforge.plugins.metric;

import dev.ganforge.engine.run.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Trained classifiers on disk, one file per key (a hash of the training data and the
 * classifier's settings), so that a classifier is trained once per dataset and shared by every
 * run and every evaluation: figures of different runs on the same data are then comparable.
 * Files are written atomically; one that cannot be read is reported, deleted and retrained.
 */
final class ClassifierCache {

    private static final String FORMAT = "ganforge-classifier-1";

    private final Path folder;

    /** A cache in {@code folder} (created when the first classifier is stored). */
    ClassifierCache(Path folder) {
        this.folder = folder;
    }

    /**
     * The cache ganforge uses unless told otherwise: {@code $GANFORGE_CACHE/classifiers}, or
     * {@code ~/.cache/ganforge/classifiers} if that variable is not set.
     */
    static ClassifierCache standard() {
        String root = System.getenv("GANFORGE_CACHE");
        Path base = root == null || root.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "ganforge")
                : Path.of(root);
        return new ClassifierCache(base.resolve("classifiers"));
    }

    /** The file of {@code key}. */
    Path file(String key) {
        return folder.resolve(key + ".params");
    }

    /**
     * Loads the weights stored under {@code key} into {@code classifier}.
     *
     * @param notes told when a stored file is unusable and set aside
     * @return whether there were usable weights; if not, {@code classifier} must be trained
     */
    boolean load(String key, FeatureClassifier classifier, Consumer<String> notes) throws IOException {
        Path file = file(key);
        if (!Files.exists(file)) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!FORMAT.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                throw new IOException("it is not a ganforge classifier for this key");
            }
            classifier.load(in);
            return true;
        } catch (IOException | RuntimeException unusable) {
            notes.accept("the cached classifier " + file + " is unusable (" + unusable.getMessage()
                    + "); deleting it and training again");
            Files.deleteIfExists(file);
            return false;
        }
    }

    /** Stores {@code classifier}'s weights under {@code key}, atomically. */
    void store(String key, FeatureClassifier classifier) throws IOException {
        AtomicFiles.write(file(key), stream -> {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeUTF(FORMAT);
            out.writeUTF(key);
            classifier.save(out);
            out.flush();
        });
    }
}
