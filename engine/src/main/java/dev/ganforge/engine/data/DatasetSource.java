package dev.ganforge.engine.data;

import dev.ganforge.spec.DataSpec;
import java.io.IOException;

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
}
