package dev.ganforge.engine.train;

/**
 * What one generator step measured.
 *
 * @param step the generator step, counting from 1
 * @param discriminatorLoss the last critic update's loss
 * @param generatorLoss the generator update's loss
 * @param discriminatorGradientNorm the L2 norm of all critic gradients of the last critic update
 * @param generatorGradientNorm the L2 norm of all generator gradients
 * @param samplesPerSecond real samples consumed per second over this step
 */
public record StepRecord(
        long step,
        double discriminatorLoss,
        double generatorLoss,
        double discriminatorGradientNorm,
        double generatorGradientNorm,
        double samplesPerSecond) {}
