package dev.ganforge.plugins.recipe;

import ai.djl.ndarray.NDArray;
import dev.ganforge.engine.compile.Scalars;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.engine.loss.LossInputs;
import dev.ganforge.engine.recipe.RecipeStep;
import dev.ganforge.engine.recipe.TrainingRecipe;
import dev.ganforge.engine.train.StepRecord;
import dev.ganforge.role.Feed;
import dev.ganforge.role.NetworkContract;
import dev.ganforge.role.Output;
import dev.ganforge.spec.GanSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code pix2pix}: paired image-to-image translation (Isola et al. 2017). The generator translates
 * a domain-A image into domain B; the critic judges (input, image) pairs, side by side along the
 * channels, real pairs against (input, translation). Each step updates the critic once, then the
 * generator through the frozen critic with the adversarial loss plus {@code l1-weight} × the mean
 * absolute difference between the translation and the true image.
 *
 * <p>The critic's update translates its batch without recording, and the generator's update
 * translates it again: with dropout in the generator (pix2pix's only noise) the two passes draw
 * different masks, where the reference reuses one.
 */
public final class Pix2PixRecipe implements TrainingRecipe {

    static final String NAME = "pix2pix";
    private static final String GENERATOR = GanSpec.GENERATOR;
    private static final String DISCRIMINATOR = GanSpec.DISCRIMINATOR;

    private final float l1Weight;

    /** @param l1Weight λ, the weight of the L1 term in the generator's loss, at least 0 */
    public Pix2PixRecipe(double l1Weight) {
        if (!(l1Weight >= 0 && Double.isFinite(l1Weight))) {
            throw new IllegalArgumentException("l1-weight must be a finite number ≥ 0, is " + l1Weight);
        }
        this.l1Weight = (float) l1Weight;
    }

    @Override
    public List<String> roles() {
        return List.of(GENERATOR, DISCRIMINATOR);
    }

    @Override
    public List<String> reportedRoles() {
        return List.of(DISCRIMINATOR, GENERATOR);
    }

    @Override
    public String samplingRole() {
        return GENERATOR;
    }

    @Override
    public NetworkContract contract(String role) {
        return switch (role) {
            case GENERATOR -> new NetworkContract(Feed.DATA, Output.SAMPLES);
            case DISCRIMINATOR -> new NetworkContract(Feed.PAIR, Output.SCORE_MAP);
            default -> throw new IllegalArgumentException("recipe '" + NAME + "' trains no network '" + role + "'");
        };
    }

    @Override
    public List<GanDataset.Pairing> pairings() {
        return List.of(GanDataset.Pairing.PAIRED);
    }

    @Override
    public StepRecord step(RecipeStep step) {
        GanLoss loss = step.loss();
        Batch batch = step.realBatch(0);
        NDArray input = Translation.inputs(batch, NAME);
        NDArray target = batch.samples();
        NDArray labels = step.spec().isConditional() ? step.labels(batch) : null;
        NDArray translated = step.detached(() -> step.forward(GENERATOR, input, labels));
        RecipeStep.Update critic = step.update(DISCRIMINATOR, Set.of(), () -> loss.discriminatorLoss(LossInputs.critic(
                step.forward(DISCRIMINATOR, Translation.pair(input, target), labels),
                step.forward(DISCRIMINATOR, Translation.pair(input, translated), labels),
                target, translated, labels)));
        RecipeStep.Update generator = step.update(GENERATOR, Set.of(DISCRIMINATOR), () -> {
            NDArray output = step.forward(GENERATOR, input, labels);
            NDArray scores = step.forward(DISCRIMINATOR, Translation.pair(input, output), labels);
            return loss.generatorLoss(LossInputs.generator(scores, output, labels))
                    .add(Scalars.times(Translation.l1(output, target), l1Weight));
        });
        return step.record(reportedRoles(), Map.of(DISCRIMINATOR, critic, GENERATOR, generator));
    }
}
