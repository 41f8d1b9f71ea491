package dev.ganforge.engine.recipe;

import ai.djl.ndarray.NDArray;
import dev.ganforge.engine.compile.Feed;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.loss.CriticPenalty;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.engine.train.StepRecord;
import dev.ganforge.spec.GanSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code adversarial}: the GAN of Goodfellow et al. 2014 with the generalisations the losses and
 * strategies bring — n critic updates on a real and a generated batch (with the loss's penalty, if
 * any), then one generator update through the frozen critic.
 */
public final class AdversarialRecipe implements TrainingRecipe {

    /** The network that generates samples from noise. */
    public static final String GENERATOR = GanSpec.GENERATOR;
    /** The network that scores samples, real ones high. */
    public static final String DISCRIMINATOR = GanSpec.DISCRIMINATOR;

    @Override
    public List<String> roles() {
        return List.of(GENERATOR, DISCRIMINATOR);
    }

    /** The critic first, as it is updated first. */
    @Override
    public List<String> reportedRoles() {
        return List.of(DISCRIMINATOR, GENERATOR);
    }

    @Override
    public String samplingRole() {
        return GENERATOR;
    }

    @Override
    public Feed feed(String role) {
        return switch (role) {
            case GENERATOR -> Feed.NOISE;
            case DISCRIMINATOR -> Feed.DATA;
            default -> throw new IllegalArgumentException("recipe 'adversarial' trains no network '" + role + "'");
        };
    }

    @Override
    public List<String> criticRoles() {
        return List.of(DISCRIMINATOR);
    }

    @Override
    public StepRecord step(RecipeStep step) {
        GanLoss loss = step.loss();
        CriticPenalty penalty = loss.penalty();
        int batchSize = step.spec().training().batchSize();
        boolean conditional = step.spec().isConditional();
        RecipeStep.Update critic = new RecipeStep.Update(0, 0);
        for (int c = 0; c < step.criticSteps(); c++) {
            Batch real = step.realBatch(c);
            // A conditional critic sees fakes of the real batch's classes, so that the gradient
            // penalty's interpolates between a real and a fake sample share one label.
            NDArray labels = conditional ? step.labels(real) : null;
            NDArray fake = step.detached(() -> step.forward(GENERATOR, step.noise(batchSize), labels));
            critic = step.update(DISCRIMINATOR, Set.of(), () -> {
                NDArray value = loss.discriminatorLoss(step.forward(DISCRIMINATOR, real.samples(), labels),
                        step.forward(DISCRIMINATOR, fake, labels));
                return penalty == null ? value
                        : value.add(penalty.penalty(step.critic(DISCRIMINATOR, labels), real.samples(), fake));
            });
        }
        RecipeStep.Update generator = step.update(GENERATOR, Set.of(DISCRIMINATOR), () -> {
            NDArray labels = conditional ? step.randomLabels(batchSize) : null;
            NDArray fake = step.forward(GENERATOR, step.noise(batchSize), labels);
            return loss.generatorLoss(step.forward(DISCRIMINATOR, fake, labels));
        });
        Map<String, Double> losses = new LinkedHashMap<>();
        Map<String, Double> norms = new LinkedHashMap<>();
        losses.put(DISCRIMINATOR, critic.loss());
        norms.put(DISCRIMINATOR, critic.gradientNorm());
        losses.put(GENERATOR, generator.loss());
        norms.put(GENERATOR, generator.gradientNorm());
        return new StepRecord(step.number(), losses, norms, 0);
    }
}
