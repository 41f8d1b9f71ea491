package dev.ganforge.engine.checkpoint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.train.NetworkState;
import dev.ganforge.engine.train.TrainingSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The checkpoints of a run, one folder per step under {@code checkpoints/}:
 * {@code step-000500/} holds, for each network by its role, {@code ROLE.ndlist} (weights) and
 * {@code ROLE-optimizer.ndlist}, the strategies' state, the recipe's state if it has any
 * ({@code recipe.ndlist}), and a manifest.
 *
 * <p>Writing is atomic: a checkpoint is written and flushed to disk in a hidden folder, then
 * renamed into place in one step, and only then named by the {@code latest} file (itself
 * replaced by an atomic rename). A crash at any point leaves the previous checkpoint intact and
 * {@code latest} pointing at it; hidden leftovers are ignored and cleaned up by the next write.
 */
public final class CheckpointStore {

    /** The recipe's state, written only for a recipe that has some. */
    private static final String RECIPE_STATE = "recipe.ndlist";
    private static final String FORMAT = "ganforge-checkpoint-1";
    private static final String LATEST = "latest";
    private static final String MANIFEST = "manifest.properties";
    /** The manifest key listing the networks' roles, in order. */
    private static final String ROLES = "networks";
    /** The roles of a checkpoint written before the manifest listed them: every GAN had these two. */
    private static final String TWO_NETWORKS = "generator,discriminator";

    private final Path root;

    /** The checkpoints under {@code root} (created when the first one is written). */
    public CheckpointStore(Path root) {
        this.root = root;
    }

    /** The folder that holds the checkpoints. */
    public Path root() {
        return root;
    }

    /**
     * Writes {@code snapshot} atomically and makes it the latest.
     *
     * @param specYaml the resolved spec the run trains, kept for the resume check
     * @return the checkpoint's folder
     */
    public Path write(TrainingSnapshot snapshot, String specYaml) throws IOException {
        Files.createDirectories(root);
        removeLeftovers();
        String name = String.format("step-%06d", snapshot.step());
        Path partial = root.resolve(".partial-" + name + "-" + System.nanoTime());
        Files.createDirectory(partial);
        for (Map.Entry<String, NetworkState> network : snapshot.networks().entrySet()) {
            writeDurably(partial.resolve(network.getKey() + ".ndlist"), NamedArrays.encode(network.getValue().parameters()));
            writeDurably(partial.resolve(network.getKey() + "-optimizer.ndlist"),
                    NamedArrays.encode(network.getValue().optimizer()));
        }
        for (int i = 0; i < snapshot.strategies().size(); i++) {
            writeDurably(partial.resolve("strategy-" + i + ".ndlist"), NamedArrays.encode(snapshot.strategies().get(i)));
        }
        if (!snapshot.recipe().isEmpty()) {
            writeDurably(partial.resolve(RECIPE_STATE), NamedArrays.encode(snapshot.recipe()));
        }
        writeDurably(partial.resolve("spec.yaml"), specYaml.getBytes(StandardCharsets.UTF_8));
        Properties manifest = new Properties();
        manifest.setProperty("format", FORMAT);
        manifest.setProperty("step", Long.toString(snapshot.step()));
        manifest.setProperty(ROLES, String.join(",", snapshot.networks().keySet()));
        snapshot.networks().forEach((role, state) ->
                manifest.setProperty(role + "-optimizer-steps", Long.toString(state.optimizerSteps())));
        manifest.setProperty("strategies", Integer.toString(snapshot.strategies().size()));
        StringWriter text = new StringWriter();
        manifest.store(text, "ganforge checkpoint");
        // The manifest is written last: a folder without one was never finished.
        writeDurably(partial.resolve(MANIFEST), text.toString().getBytes(StandardCharsets.UTF_8));

        Path target = root.resolve(name);
        if (Files.exists(target)) {
            // Rewriting a step (a run resumed from an older checkpoint): set the old folder aside
            // as a hidden leftover rather than delete it, so a crash never leaves no folder at all.
            moveAtomically(target, root.resolve(".replaced-" + name + "-" + System.nanoTime()));
        }
        moveAtomically(partial, target);
        Path pointer = root.resolve(".latest-" + System.nanoTime());
        writeDurably(pointer, name.getBytes(StandardCharsets.UTF_8));
        moveAtomically(pointer, root.resolve(LATEST));
        return target;
    }

    /**
     * The latest complete checkpoint's folder, if any: the one {@code latest} names, unless a crash
     * came between finishing a later folder and updating the pointer (or while a step was being
     * rewritten), in which case that later one, so that a finished checkpoint is never passed over.
     * Without a usable pointer, the complete checkpoint of the highest step.
     */
    public Optional<Path> latest() throws IOException {
        List<Path> complete = all();
        Optional<Path> named = pointedAt(complete);
        if (named.isEmpty()) {
            return complete.isEmpty() ? Optional.empty() : Optional.of(complete.get(complete.size() - 1));
        }
        // A later folder finished after the pointer was written is the crash case; one finished
        // before it is a step the pointer was moved away from, which it outranks.
        FileTime pointerWritten = Files.getLastModifiedTime(root.resolve(LATEST));
        Path latest = named.get();
        for (Path folder : complete.subList(complete.indexOf(latest) + 1, complete.size())) {
            if (Files.getLastModifiedTime(folder.resolve(MANIFEST)).compareTo(pointerWritten) >= 0) {
                latest = folder;
            }
        }
        return Optional.of(latest);
    }

    /** The complete checkpoint the {@code latest} file names, if it exists and names one. */
    private Optional<Path> pointedAt(List<Path> complete) throws IOException {
        Path pointer = root.resolve(LATEST);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
        return complete.stream().filter(folder -> folder.getFileName().toString().equals(name)).findFirst();
    }

    /** Every complete checkpoint folder, oldest (lowest step) first. */
    public List<Path> all() throws IOException {
        List<Path> folders = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return folders;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, "step-*")) {
            entries.forEach(entry -> {
                if (stepOf(entry) >= 0 && Files.exists(entry.resolve(MANIFEST))) {
                    folders.add(entry);
                }
            });
        }
        // By number: past step 999999 the names have seven digits, and "step-1000000" < "step-999999" as text.
        folders.sort(Comparator.comparingLong(CheckpointStore::stepOf));
        return folders;
    }

    /** The step a checkpoint folder's name gives, or -1 if it is not a checkpoint's name. */
    private static long stepOf(Path folder) {
        String digits = folder.getFileName().toString().substring("step-".length());
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(digits);
    }

    /** The resolved spec a checkpoint was trained with. */
    public static String spec(Path checkpoint) throws IOException {
        return Files.readString(checkpoint.resolve("spec.yaml"), StandardCharsets.UTF_8);
    }

    /**
     * Reads a checkpoint onto {@code manager}.
     *
     * @throws IOException if it is missing, incomplete, of another format, or corrupt
     */
    public static TrainingSnapshot read(Path checkpoint, NDManager manager) throws IOException {
        Properties manifest = new Properties();
        try (Reader reader = new StringReader(Files.readString(checkpoint.resolve(MANIFEST), StandardCharsets.UTF_8))) {
            manifest.load(reader);
        } catch (NoSuchFileException missing) {
            throw new IOException(checkpoint + " is not a complete checkpoint (no manifest.properties)", missing);
        }
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new IOException(checkpoint + " has format '" + manifest.getProperty("format") + "', expected " + FORMAT);
        }
        int strategyCount = Integer.parseInt(manifest.getProperty("strategies", "0"));
        List<Map<String, NDArray>> strategies = new ArrayList<>();
        for (int i = 0; i < strategyCount; i++) {
            strategies.add(arrays(checkpoint, "strategy-" + i + ".ndlist", manager));
        }
        Map<String, NetworkState> networks = new LinkedHashMap<>();
        for (String role : manifest.getProperty(ROLES, TWO_NETWORKS).split(",")) {
            networks.put(role, new NetworkState(arrays(checkpoint, role + ".ndlist", manager),
                    arrays(checkpoint, role + "-optimizer.ndlist", manager),
                    Long.parseLong(manifest.getProperty(role + "-optimizer-steps"))));
        }
        Map<String, NDArray> recipe = Files.exists(checkpoint.resolve(RECIPE_STATE))
                ? arrays(checkpoint, RECIPE_STATE, manager) : Map.of();
        return new TrainingSnapshot(Long.parseLong(manifest.getProperty("step")), networks, strategies, recipe);
    }

    private static Map<String, NDArray> arrays(Path checkpoint, String file, NDManager manager) throws IOException {
        Path path = checkpoint.resolve(file);
        return NamedArrays.decode(manager, Files.readAllBytes(path), path.toString());
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            out.write(bytes);
            out.flush();
            channel.force(true);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notSupported) {
            throw new IOException("the file system under " + to.getParent() + " cannot rename atomically,"
                    + " so checkpoints there could be corrupted by a crash; write the run elsewhere", notSupported);
        }
    }

    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, ".*")) {
            for (Path entry : entries) {
                deleteTree(entry);
            }
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
                for (Path entry : entries) {
                    deleteTree(entry);
                }
            }
        }
        Files.deleteIfExists(path);
    }
}
