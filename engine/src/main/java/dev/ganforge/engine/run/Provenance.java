package dev.ganforge.engine.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A run's {@code provenance.yaml}: its name and seed, the ganforge, DJL, engine and Java versions
 * it ran on, one line under {@code events} per creation or resumption ({@code <instant> <what>}),
 * and the wall time spent training, {@code training-wall-seconds}. With {@code spec.yaml} it is
 * what the run was made from and with.
 */
public final class Provenance {

    static final String EVENTS = "events";
    static final String TRAINING_WALL_SECONDS = "training-wall-seconds";

    private final Path file;
    private final Map<String, Object> entries;

    private Provenance(Path file, Map<String, Object> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** The provenance kept in {@code file}; empty if there is no such file yet. */
    public static Provenance read(Path file) throws IOException {
        Map<String, Object> entries = new LinkedHashMap<>();
        if (Files.exists(file)) {
            Object loaded = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
            if (loaded instanceof Map<?, ?> map) {
                map.forEach((key, value) -> entries.put(String.valueOf(key), value));
            } else if (loaded != null) {
                throw new IOException(file + " is not a provenance file (not a YAML map); move it aside");
            }
        }
        return new Provenance(file, entries);
    }

    /** Every entry, in the file's order. */
    public Map<String, Object> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /** When the run was created: the time of its first event, if it has one. */
    public Optional<Instant> started() {
        List<String> events = events();
        if (events.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(events.get(0).split(" ", 2)[0]));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    /** The wall time spent training so far, in seconds; 0 before the first report of a training. */
    public double trainingWallSeconds() {
        return entries.get(TRAINING_WALL_SECONDS) instanceof Number seconds ? seconds.doubleValue() : 0;
    }

    void put(String key, Object value) {
        entries.put(key, value);
    }

    void putIfAbsent(String key, Object value) {
        entries.putIfAbsent(key, value);
    }

    void addEvent(Instant time, String what) {
        List<String> events = new ArrayList<>(events());
        events.add(time + " " + what);
        entries.put(EVENTS, events);
    }

    /** Records the wall time spent training, to a tenth of a second. */
    void setTrainingWallSeconds(double seconds) {
        entries.put(TRAINING_WALL_SECONDS, Math.round(seconds * 10) / 10.0);
    }

    /** Writes the entries back to the file, atomically. */
    void write() throws IOException {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        AtomicFiles.writeString(file, new Yaml(options).dump(entries));
    }

    private List<String> events() {
        List<String> events = new ArrayList<>();
        if (entries.get(EVENTS) instanceof List<?> list) {
            list.forEach(event -> events.add(String.valueOf(event)));
        }
        return events;
    }
}
