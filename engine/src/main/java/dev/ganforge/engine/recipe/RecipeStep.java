package dev.ganforge.engine.recipe;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.compile.CompiledNetwork;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.loss.CriticPenalty;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.engine.train.StepRecord;
import dev.ganforge.spec.GanSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a {@link TrainingRecipe} may use during one step. Every array it creates lives on the
 * step's manager and is closed when the step ends, or earlier: an update's arrays when the update
 * ends, a detached computation's when it returns.
 */
public interface RecipeStep {

    /** The step being trained, counting from 1. */
    long number();

    /** The spec being trained. */
    GanSpec spec();

    /** The step's manager, closed when the step ends. */
    NDManager manager();

    /** The network in {@code role}. */
    CompiledNetwork network(String role);

    /** The loss, as the strategies adapted it. */
    GanLoss loss();

    /** Critic updates per step, as the strategies asked (WGAN's n_critic); 1 by default. */
    int criticSteps();

    /** The step's real batch number {@code index} (0 ≤ index &lt; {@link #criticSteps()}), a function of the seed and its position. */
    Batch realBatch(int index);

    /** {@code count} noise vectors from the spec's latent distribution. */
    NDArray noise(int count);

    /** {@code count} uniformly random class labels of a conditional GAN. */
    NDArray randomLabels(int count);

    /**
     * The labels of a real batch of a conditional GAN, as int32.
     *
     * @throws IllegalStateException if the dataset gave none
     */
    NDArray labels(Batch real);

    /**
     * {@code role}'s outputs for {@code input} (and {@code labels}, if conditional), in training
     * mode: its main output first (samples, or a critic's scores), then any auxiliary ones (an
     * auxiliary classifier's class logits).
     */
    NDList outputs(String role, NDArray input, NDArray labels);

    /** {@code role}'s main output for {@code input} (and {@code labels}, if conditional), in training mode. */
    default NDArray forward(String role, NDArray input, NDArray labels) {
        return outputs(role, input, labels).head();
    }

    /**
     * A computation run in training mode whose result carries no gradient back (e.g. fakes for a
     * critic update). Its other arrays are closed on return.
     */
    NDArray detached(Supplier<NDArray> computation);

    /**
     * The values of {@code array}, made inside an update's loss, for use after the update (e.g.
     * CycleGAN's translations, which its critics see next): without gradient history, and kept
     * until the step ends. Every other array the loss makes is closed when the update ends.
     */
    NDArray keep(NDArray array);

    /** {@code role}'s network as a gradient penalty sees it: scores and an input gradient that can be differentiated again. */
    CriticPenalty.Critic critic(String role, NDArray labels);

    /**
     * Updates {@code role}'s network: records {@code loss}, back-propagates it with the networks of
     * {@code frozen} frozen, refuses a non-finite loss, steps the role's optimiser and runs the
     * strategies' {@code afterUpdate} hooks. The arrays the loss makes are closed once its
     * gradient is taken, as PyTorch frees a graph after its backward; {@link #keep} keeps one.
     *
     * @return the loss and the norm of the role's gradient
     * @throws dev.ganforge.engine.train.TrainingDivergedException if the loss is NaN or infinite
     */
    Update update(String role, Set<String> frozen, Supplier<NDArray> loss);

    /**
     * Updates the networks of {@code roles} together from one loss (CycleGAN's two generators):
     * as {@link #update(String, Set, Supplier)}, each role's optimiser stepping on its part of the
     * gradient.
     *
     * @return the loss and the norm of all the updated networks' gradients together
     */
    Update update(List<String> roles, Set<String> frozen, Supplier<NDArray> loss);

    /**
     * What the step measured: each role's loss and gradient norm from {@code updates}, in the
     * order of {@code roles} (the recipe's {@link TrainingRecipe#reportedRoles()}).
     *
     * @throws IllegalArgumentException if a role has no update
     */
    default StepRecord record(List<String> roles, Map<String, Update> updates) {
        Map<String, Double> losses = new LinkedHashMap<>();
        Map<String, Double> norms = new LinkedHashMap<>();
        for (String role : roles) {
            Update update = updates.get(role);
            if (update == null) {
                throw new IllegalArgumentException("no update of '" + role + "' to record; there are " + updates.keySet());
            }
            losses.put(role, update.loss());
            norms.put(role, update.gradientNorm());
        }
        return new StepRecord(number(), losses, norms, 0);
    }

    /**
     * What one update measured.
     *
     * @param loss the loss's value
     * @param gradientNorm the L2 norm of the updated network's gradients
     */
    record Update(double loss, double gradientNorm) {}
}
