package dev.ganforge.role;

import dev.ganforge.spec.GanSpec;
import java.util.ArrayList;
import java.util.List;

/** What a network takes as input, which decides its input shape and how a class label joins it. */
public enum Feed {
    /** Noise vectors of the spec's latent size: a network that generates. */
    NOISE,
    /** Samples of the data's shape: a network that scores or translates them. */
    DATA,
    /**
     * A sample and its translation side by side along the channels, twice the data's channels:
     * a critic of pairs (pix2pix's, which judges an input with its output).
     */
    PAIR;

    /** The shape of one input sample of a network so fed in {@code spec}, without the batch axis. */
    public List<Integer> inputShape(GanSpec spec) {
        return switch (this) {
            case NOISE -> List.of(spec.latent().size());
            case DATA -> spec.data().shape();
            case PAIR -> {
                List<Integer> shape = new ArrayList<>(spec.data().shape());
                shape.set(0, 2 * shape.get(0));
                yield List.copyOf(shape);
            }
        };
    }
}
