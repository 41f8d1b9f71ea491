package dev.ganforge.engine.metric;

import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.spec.TrainingEngine;
import dev.ganforge.engine.data.GanDataset;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a metric evaluates: a generator, the real data it learns, and how to draw from it.
 *
 * <p>A generator that translates images (its recipe feeds it data rather than noise) is reached
 * through {@code translator}; its {@code sampler} then refuses to draw from noise.
 *
 * @param sampler draws generated samples
 * @param dataset the real data; metrics read its {@link GanDataset#split splits}
 * @param labelClasses the number of classes the generator takes labels of (a conditional GAN),
 *     or 0 if it takes none
 * @param seed the seed every random choice of the evaluation derives from, so that evaluating the
 *     same generator twice gives the same figures
 * @param notes where a metric says what it is doing when that takes a while (e.g. "training the
 *     classifier"), one line per call
 * @param engine the engine the run computes on; a metric creates its arrays there
 * @param translator translates domain A images with the generator, for a run that translates;
 *     {@code null} for a generator of samples from noise
 */
public record Evaluation(
        SampleGenerator sampler, GanDataset dataset, int labelClasses, long seed, Consumer<String> notes,
        EngineSupport engine, Translator translator) {

    public Evaluation {
        Objects.requireNonNull(sampler, "sampler");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(engine, "engine");
        if (labelClasses < 0) {
            throw new IllegalArgumentException("labelClasses must be 0 or more, found " + labelClasses);
        }
    }

    /** An evaluation of a generator from noise on {@code engine}. */
    public Evaluation(SampleGenerator sampler, GanDataset dataset, int labelClasses, long seed, Consumer<String> notes,
            EngineSupport engine) {
        this(sampler, dataset, labelClasses, seed, notes, engine, null);
    }

    /** An evaluation of a generator from noise on the default engine, PyTorch. */
    public Evaluation(SampleGenerator sampler, GanDataset dataset, int labelClasses, long seed, Consumer<String> notes) {
        this(sampler, dataset, labelClasses, seed, notes, EngineSupport.of(TrainingEngine.PYTORCH));
    }

    /** The translator of a generator that translates images, if it does. */
    public java.util.Optional<Translator> translation() {
        return java.util.Optional.ofNullable(translator);
    }

    /** Whether the generator takes class labels. */
    public boolean conditional() {
        return labelClasses > 0;
    }
}
