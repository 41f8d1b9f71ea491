package dev.ganforge.plugins.strategy;

import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.engine.loss.SmoothableLoss;
import dev.ganforge.engine.train.TrainingStrategy;

/**
 * One-sided label smoothing (Salimans et al. 2016): the discriminator's target for real samples
 * becomes {@code real-label} (0.9) instead of 1; fake targets stay 0.
 */
public final class LabelSmoothingStrategy implements TrainingStrategy {

    private final double realLabel;

    /** @param realLabel the target for real samples, in (0.5, 1] */
    public LabelSmoothingStrategy(double realLabel) {
        if (!(realLabel > 0.5 && realLabel <= 1)) {
            throw new IllegalArgumentException("the smoothed real label must be in (0.5, 1], found " + realLabel);
        }
        this.realLabel = realLabel;
    }

    @Override
    public GanLoss adaptLoss(GanLoss loss) {
        if (!(loss instanceof SmoothableLoss smoothable)) {
            throw new IllegalArgumentException("label-smoothing needs a loss with a real label (bce or minimax), not "
                    + loss.getClass().getSimpleName());
        }
        return smoothable.withRealLabel(realLabel);
    }
}
