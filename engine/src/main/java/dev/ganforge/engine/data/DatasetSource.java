package dev.ganforge.engine.data;

import dev.ganforge.spec.DataSpec;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;

/**
 * What a dataset plugin creates: where real samples come from, not yet read. A plugin knows only
 * its own parameters (a directory, file names); the shape and value range the samples must have
 * are the spec's {@code data} section, which the run passes to {@link #open} when it starts.
 *
 * <pre>{@code
 * register(PluginFactory.<DatasetSource>of(descriptor, parameters -> data -> new MyDataset(parameters, data)));
 * }</pre>
 */
@FunctionalInterface
public interface DatasetSource {

    /**
     * Reads the data for a spec, checking that it fits.
     *
     * @param data the spec's {@code data} section: the shape of one sample and the value range
     *     samples must be scaled to
     * @return the dataset, which the caller closes
     * @throws IOException if the data cannot be read: a missing or unreadable file, a corrupt or
     *     truncated one
     * @throws IllegalArgumentException if the data does not fit {@code data}, e.g. its images are
     *     of another shape; the message names the spec key to change
     */
    GanDataset open(DataSpec data) throws IOException;

    /**
     * What {@link #open} would not find, checked without reading any data: a folder or file that
     * a parameter names and that is not there. {@code ganforge validate}, {@code train} and
     * {@code resume --spec} report each at that parameter's place in the spec file before anything runs.
     *
     * @return one entry per missing folder or file; empty (the default) for a source that reads none
     */
    default List<MissingData> missing() {
        return List.of();
    }

    /**
     * The number of classes {@link #open} would give (0 for unlabelled data), if the source can
     * tell without reading its samples: labels alone, or a listing of class folders. Validation
     * checks a conditional spec's {@code conditioning.classes} against it before anything runs.
     *
     * @return the classes, or empty (the default) if only opening the data would tell
     * @throws IOException if what tells it cannot be read
     */
    default OptionalInt classes() throws IOException {
        return OptionalInt.empty();
    }

    /**
     * How the dataset {@link #open} would give pairs two domains, told from the plugin's
     * parameters alone, so that validation can check that a recipe which needs paired data has
     * it before anything is read.
     *
     * @return {@link GanDataset.Pairing#NONE} (the default) for a dataset of one domain; otherwise
     *     what the opened dataset's {@link GanDataset#pairing()} will be
     */
    default GanDataset.Pairing pairing() {
        return GanDataset.Pairing.NONE;
    }

    /**
     * A folder or file that a dataset plugin's parameter names and that is not there.
     *
     * @param parameter the parameter to change, e.g. {@code directory}
     * @param message what is missing and how to fix it
     */
    record MissingData(String parameter, String message) {}
}
