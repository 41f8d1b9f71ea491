package dev.ganforge.engine.api;

import dev.ganforge.spec.GanSpec;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * Which samples {@link Run#sample}, {@link Run#write} and {@link Run#writeIdx} generate: how
 * many, from which noise, of which classes, and how many at a time. Immutable; made by
 * {@link #of(int)} or {@link #builder()}:
 *
 * <pre>{@code
 * SampleOptions sixtyFour = SampleOptions.of(64);          // the spec's seed, classes in turn
 * SampleOptions sneakers = SampleOptions.builder()
 *         .setCount(1000)
 *         .optSeed(7)
 *         .optLabel(7)                                     // a conditional GAN's class 7 only
 *         .optBatchSize(256)
 *         .build();
 * }</pre>
 *
 * <p>The same options give the same samples: the noise is drawn from the seed, and the batch
 * size changes only the memory the generator takes, not the samples (on PyTorch, to the last bit
 * of a float).
 */
public final class SampleOptions {

    private final int count;
    private final Long seed;
    private final Integer batchSize;
    private final IntUnaryOperator labelOf;

    private SampleOptions(Builder builder) {
        this.count = builder.count;
        this.seed = builder.seed;
        this.batchSize = builder.batchSize;
        this.labelOf = builder.labelOf;
    }

    /** A builder; {@link Builder#setCount} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@code count} samples from the spec's seed, a conditional GAN's classes in turn (0, 1, ...,
     * K−1, 0, 1, ...), the spec's {@code training.batch-size} at a time.
     *
     * @throws IllegalArgumentException if {@code count} is less than 1
     */
    public static SampleOptions of(int count) {
        return builder().setCount(count).build();
    }

    /** The number of samples. */
    public int count() {
        return count;
    }

    long seed(GanSpec spec) {
        return seed != null ? seed : spec.training().seed();
    }

    int batchSize(GanSpec spec) {
        return batchSize != null ? batchSize : spec.training().batchSize();
    }

    /** The class of sample i as asked for, or {@code null} for classes in turn (or none). */
    IntUnaryOperator labelOf() {
        return labelOf;
    }

    /** Builds {@link SampleOptions}. */
    public static final class Builder {

        private int count;
        private Long seed;
        private Integer batchSize;
        private IntUnaryOperator labelOf;

        private Builder() {}

        /** The number of samples, at least 1. Required. */
        public Builder setCount(int count) {
            this.count = count;
            return this;
        }

        /** The seed the noise is drawn from. Default: the spec's {@code training.seed}. */
        public Builder optSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * How many samples the generator makes at once, at least 1: memory, not the samples,
         * depends on it. Default: the spec's {@code training.batch-size}.
         */
        public Builder optBatchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /**
         * For a conditional GAN, every sample of class {@code label}. Default: the classes in turn,
         * 0, 1, ..., K−1, 0, 1, ...; an image grid then has a column per class.
         */
        public Builder optLabel(int label) {
            return optLabels(i -> label);
        }

        /** For a conditional GAN, the class of each sample: {@code labelOf} maps the sample's index (from 0) to it. */
        public Builder optLabels(IntUnaryOperator labelOf) {
            this.labelOf = Objects.requireNonNull(labelOf, "labelOf");
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalArgumentException if the count was not set or is less than 1, or the batch size is less than 1
         */
        public SampleOptions build() {
            if (count < 1) {
                throw new IllegalArgumentException("the count of samples must be at least 1, found " + count
                        + (count == 0 ? " (set it with setCount)" : ""));
            }
            if (batchSize != null && batchSize < 1) {
                throw new IllegalArgumentException("the batch size must be at least 1, found " + batchSize);
            }
            return new SampleOptions(this);
        }
    }
}
