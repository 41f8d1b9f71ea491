package dev.ganforge.engine.loss;

/** A loss whose target for real samples can be softened (one-sided label smoothing). */
public interface SmoothableLoss extends GanLoss {

    /** This loss with {@code realLabel} as the discriminator's target for real samples. */
    GanLoss withRealLabel(double realLabel);
}
