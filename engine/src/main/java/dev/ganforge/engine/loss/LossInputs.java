package dev.ganforge.engine.loss;

import ai.djl.ndarray.NDArray;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an adversarial loss may look at for one update: the critic's scores and what it
 * scored, the labels of a conditional GAN and any further outputs of the critic by name. A loss
 * that needs only scores overrides {@link GanLoss}'s two-array methods and never sees this.
 *
 * @param realScores the critic's scores for real samples; {@code null} in a generator's update,
 *     which scores no real samples
 * @param fakeScores the critic's scores for generated samples
 * @param realSamples the real samples scored, or {@code null} in a generator's update
 * @param fakeSamples the generated samples scored
 * @param labels the (N) int32 classes of a conditional GAN's samples, or {@code null}
 * @param auxiliary further outputs of the critic for the generated samples by name, e.g.
 *     {@link #CLASS_LOGITS} of an auxiliary classifier; empty if it has none
 */
public record LossInputs(NDArray realScores, NDArray fakeScores, NDArray realSamples, NDArray fakeSamples,
        NDArray labels, Map<String, NDArray> auxiliary) {

    /** The name of an auxiliary classifier's (N, classes) class logits in {@link #auxiliary}. */
    public static final String CLASS_LOGITS = "class-logits";

    public LossInputs {
        Objects.requireNonNull(fakeScores, "fakeScores");
        auxiliary = Map.copyOf(auxiliary);
    }

    /** A copy with {@code outputs} as the critic's auxiliary outputs. */
    public LossInputs withAuxiliary(Map<String, NDArray> outputs) {
        return new LossInputs(realScores, fakeScores, realSamples, fakeSamples, labels, outputs);
    }

    /** What a critic's update sees: both batches' scores. */
    public static LossInputs critic(NDArray realScores, NDArray fakeScores, NDArray realSamples, NDArray fakeSamples,
            NDArray labels) {
        return new LossInputs(Objects.requireNonNull(realScores, "realScores"), fakeScores, realSamples, fakeSamples,
                labels, Map.of());
    }

    /** What a generator's update sees: the scores of its own samples. */
    public static LossInputs generator(NDArray fakeScores, NDArray fakeSamples, NDArray labels) {
        return new LossInputs(null, fakeScores, null, fakeSamples, labels, Map.of());
    }
}
