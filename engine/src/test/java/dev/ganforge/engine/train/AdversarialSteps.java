package dev.ganforge.engine.train;

import java.util.LinkedHashMap;
import java.util.Map;

/** Step records of the default recipe, critic first, for tests. */
public final class AdversarialSteps {

    private AdversarialSteps() {}

    /** A step that measured these losses and gradient norms. */
    public static StepRecord step(long step, double discriminatorLoss, double generatorLoss,
            double discriminatorNorm, double generatorNorm, double samplesPerSecond) {
        Map<String, Double> losses = new LinkedHashMap<>();
        losses.put("discriminator", discriminatorLoss);
        losses.put("generator", generatorLoss);
        Map<String, Double> norms = new LinkedHashMap<>();
        norms.put("discriminator", discriminatorNorm);
        norms.put("generator", generatorNorm);
        return new StepRecord(step, losses, norms, samplesPerSecond);
    }
}
