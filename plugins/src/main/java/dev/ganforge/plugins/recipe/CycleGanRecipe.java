package dev.ganforge.plugins.recipe;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * {@code cyclegan}: unpaired image-to-image translation (Zhu et al. 2017). Two generators, A → B
 * ({@code generator}) and B → A ({@code generator-ba}), and two critics, of domain B
 * ({@code discriminator}) and of domain A ({@code discriminator-a}). Each step updates both
 * generators together, through the frozen critics, with the adversarial losses of both
 * directions, {@code cycle-weight} × the L1 cycle-consistency losses (A → B → A and B → A → B)
 * and {@code identity-weight} × {@code cycle-weight} × the L1 identity losses (each generator
 * given an image of its output domain); then each critic, on real images of its domain against
 * generated ones drawn through a pool of the last {@code pool-size} (Shrivastava et al. 2017).
 * The reference trains it with the least-squares loss and a linear learning-rate decay over the
 * second half ({@code loss: least-squares}, strategy {@code linear-decay}).
 */
public final class CycleGanRecipe implements TrainingRecipe {

    static final String NAME = "cyclegan";
    /** The generator that translates domain A into B. */
    static final String GENERATOR = GanSpec.GENERATOR;
    /** The critic of domain B. */
    static final String DISCRIMINATOR = GanSpec.DISCRIMINATOR;
    /** The generator that translates domain B into A. */
    static final String GENERATOR_BA = "generator-ba";
    /** The critic of domain A. */
    static final String DISCRIMINATOR_A = "discriminator-a";

    private final float cycleWeight;
    private final float identityWeight;
    private final ImagePool poolA;
    private final ImagePool poolB;

    /**
     * @param cycleWeight λ, the weight of the cycle-consistency losses, at least 0
     * @param identityWeight the weight of the identity losses relative to λ, at least 0
     * @param poolSize the generated images each critic's pool keeps, at least 0 (0: none)
     */
    public CycleGanRecipe(double cycleWeight, double identityWeight, int poolSize) {
        if (!(cycleWeight >= 0 && Double.isFinite(cycleWeight))) {
            throw new IllegalArgumentException("cycle-weight must be a finite number ≥ 0, is " + cycleWeight);
        }
        if (!(identityWeight >= 0 && Double.isFinite(identityWeight))) {
            throw new IllegalArgumentException("identity-weight must be a finite number ≥ 0, is " + identityWeight);
        }
        if (poolSize < 0) {
            throw new IllegalArgumentException("pool-size must be 0 or more, is " + poolSize);
        }
        this.cycleWeight = (float) cycleWeight;
        this.identityWeight = (float) identityWeight;
        this.poolA = new ImagePool(poolSize);
        this.poolB = new ImagePool(poolSize);
    }

    @Override
    public List<String> roles() {
        return List.of(GENERATOR, DISCRIMINATOR, GENERATOR_BA, DISCRIMINATOR_A);
    }

    /** The generators share one update and one loss, reported as the generator's. */
    @Override
    public List<String> reportedRoles() {
        return List.of(DISCRIMINATOR, DISCRIMINATOR_A, GENERATOR);
    }

    @Override
    public String samplingRole() {
        return GENERATOR;
    }

    @Override
    public Optional<String> inverseRole() {
        return Optional.of(GENERATOR_BA);
    }

    @Override
    public NetworkContract contract(String role) {
        return switch (role) {
            case GENERATOR, GENERATOR_BA -> new NetworkContract(Feed.DATA, Output.SAMPLES);
            case DISCRIMINATOR, DISCRIMINATOR_A -> new NetworkContract(Feed.DATA, Output.SCORE_MAP);
            default -> throw new IllegalArgumentException("recipe '" + NAME + "' trains no network '" + role
                    + "'; it trains " + String.join(", ", roles()));
        };
    }

    @Override
    public List<String> criticRoles() {
        return List.of(DISCRIMINATOR, DISCRIMINATOR_A);
    }

    @Override
    public List<GanDataset.Pairing> pairings() {
        return List.of(GanDataset.Pairing.PAIRED, GanDataset.Pairing.UNPAIRED);
    }

    @Override
    public StepRecord step(RecipeStep step) {
        GanLoss loss = step.loss();
        Batch batch = step.realBatch(0);
        NDArray realA = Translation.inputs(batch, NAME);
        NDArray realB = batch.samples();
        NDArray[] generated = new NDArray[2];
        RecipeStep.Update generators = step.update(List.of(GENERATOR, GENERATOR_BA),
                Set.of(DISCRIMINATOR, DISCRIMINATOR_A), () -> {
                    NDArray fakeB = step.forward(GENERATOR, realA, null);
                    NDArray fakeA = step.forward(GENERATOR_BA, realB, null);
                    NDArray adversarial = loss.generatorLoss(LossInputs.generator(
                                    step.forward(DISCRIMINATOR, fakeB, null), fakeB, null))
                            .add(loss.generatorLoss(LossInputs.generator(
                                    step.forward(DISCRIMINATOR_A, fakeA, null), fakeA, null)));
                    NDArray cycle = Translation.l1(step.forward(GENERATOR_BA, fakeB, null), realA)
                            .add(Translation.l1(step.forward(GENERATOR, fakeA, null), realB));
                    NDArray total = adversarial.add(Scalars.times(cycle, cycleWeight));
                    if (identityWeight > 0) {
                        NDArray identity = Translation.l1(step.forward(GENERATOR, realB, null), realB)
                                .add(Translation.l1(step.forward(GENERATOR_BA, realA, null), realA));
                        total = total.add(Scalars.times(identity, cycleWeight * identityWeight));
                    }
                    generated[0] = step.keep(fakeB);
                    generated[1] = step.keep(fakeA);
                    return total;
                });
        SplittableRandom random = new SplittableRandom(step.spec().training().seed() * 1_000_003L + step.number());
        NDArray shownB = poolB.query(generated[0], random);
        NDArray shownA = poolA.query(generated[1], random);
        RecipeStep.Update criticB = step.update(DISCRIMINATOR, Set.of(), () -> loss.discriminatorLoss(
                LossInputs.critic(step.forward(DISCRIMINATOR, realB, null), step.forward(DISCRIMINATOR, shownB, null),
                        realB, shownB, null)));
        RecipeStep.Update criticA = step.update(DISCRIMINATOR_A, Set.of(), () -> loss.discriminatorLoss(
                LossInputs.critic(step.forward(DISCRIMINATOR_A, realA, null), step.forward(DISCRIMINATOR_A, shownA, null),
                        realA, shownA, null)));
        return step.record(reportedRoles(), Map.of(DISCRIMINATOR, criticB, DISCRIMINATOR_A, criticA, GENERATOR, generators));
    }

    @Override
    public Map<String, NDArray> state(NDManager manager) {
        Map<String, NDArray> state = new LinkedHashMap<>();
        NDArray a = poolA.state(manager);
        NDArray b = poolB.state(manager);
        if (a != null) {
            state.put("pool-a", a);
        }
        if (b != null) {
            state.put("pool-b", b);
        }
        return state;
    }

    @Override
    public void loadState(Map<String, NDArray> state, NDManager manager) {
        poolA.load(state.get("pool-a"));
        poolB.load(state.get("pool-b"));
    }
}
