package dev.ganforge.spec;

/**
 * The settings of batch normalisation over the channel axis (or the features of a vector): the
 * {@code batch-norm} block's, and the {@code norm} of composite blocks.
 *
 * <p>Momentum follows Keras and DJL: the weight of the old running statistic, so Keras'
 * {@code momentum=0.8} is 0.8 here and PyTorch's {@code momentum=0.1} is 0.9.
 *
 * @param momentum weight of the old running statistic, in [0, 1)
 * @param epsilon added to the variance for numerical stability
 */
public record BatchNormBlock(double momentum, double epsilon) {

    /** Momentum 0.9 and epsilon 1e-5: PyTorch's defaults. */
    public static final BatchNormBlock DEFAULT = new BatchNormBlock(0.9, 1e-5);
}
