package dev.ganforge.engine.data;

import ai.djl.ndarray.NDArray;

/**
 * One batch of real samples, and for image-to-image translation the other domain's images.
 *
 * <p>A translation dataset has two domains: A, the translation's input, and B, its target. Then
 * {@code samples} are domain B (the real images a critic sees) and {@code source} domain A. For
 * {@linkplain GanDataset.Pairing#PAIRED paired} data {@code source[i]} and {@code samples[i]}
 * are a true pair (A → B); for {@linkplain GanDataset.Pairing#UNPAIRED unpaired} data they are
 * drawn independently. Both have the spec's {@code data.shape} and lie in its {@code data.range}.
 *
 * @param samples (N, ...) in the spec's value range: domain B for translation data
 * @param labels (N) class indices of {@code samples} as int32, or {@code null} for unlabelled data
 * @param source (N, ...) domain A, of the same shape and range as {@code samples}; {@code null}
 *     for a dataset of one domain ({@link GanDataset.Pairing#NONE})
 */
public record Batch(NDArray samples, NDArray labels, NDArray source) {

    /** A batch of one domain: samples and their labels (or {@code null}), without a source. */
    public Batch(NDArray samples, NDArray labels) {
        this(samples, labels, null);
    }
}
