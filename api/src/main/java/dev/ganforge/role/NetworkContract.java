package dev.ganforge.role;

import dev.ganforge.spec.GanSpec;
import java.util.List;
import java.util.Objects;

/**
 * What a recipe asks of the network in one role.
 *
 * @param feed what the network is fed
 * @param output what it must output
 */
public record NetworkContract(Feed feed, Output output) {

    /** A network that makes samples from noise: the default recipe's generator. */
    public static final NetworkContract GENERATOR = new NetworkContract(Feed.NOISE, Output.SAMPLES);

    /** A network that scores samples, one value each: the default recipe's discriminator. */
    public static final NetworkContract CRITIC = new NetworkContract(Feed.DATA, Output.SCORE);

    public NetworkContract {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(output, "output");
    }

    /** The shape of one input sample of the network in {@code spec}, without the batch axis. */
    public List<Integer> inputShape(GanSpec spec) {
        return feed.inputShape(spec);
    }

    /** Whether {@code output} (one sample's shape) is what this contract asks for in {@code spec}. */
    public boolean accepts(List<Integer> output, GanSpec spec) {
        int size = output.stream().mapToInt(Integer::intValue).reduce(1, Math::multiplyExact);
        return switch (this.output) {
            case SAMPLES -> output.equals(spec.data().shape());
            case SCORE -> size == 1;
            case SCORE_MAP -> size == 1 || (output.size() == 3 && output.get(0) == 1);
        };
    }

    /** What {@link #accepts} asks for, in words, for messages. */
    public String expected(GanSpec spec) {
        return switch (output) {
            case SAMPLES -> "the data's shape " + spec.data().shape();
            case SCORE -> "one value per sample";
            case SCORE_MAP -> "one channel of scores per patch, (1, height, width), or one value per sample";
        };
    }
}
