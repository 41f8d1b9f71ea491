package dev.ganforge.engine.recipe;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import dev.ganforge.engine.compile.Scalars;
import dev.ganforge.engine.loss.LossInputs;
import dev.ganforge.role.NetworkContract;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.loss.CriticPenalty;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.engine.train.StepRecord;
import dev.ganforge.spec.GanSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code adversarial}: the GAN of Goodfellow et al. 2014 with the generalisations the losses and
 * strategies bring — n critic updates on a real and a generated batch (with the loss's penalty, if
 * any), then one generator update through the frozen critic.
 *
 * <p>A critic that also classifies (AC-GAN, Odena et al. 2017: a second output of class logits)
 * adds {@code class-weight} × the cross-entropy of its class logits to both losses: for real
 * samples in the critic's (and for generated ones too with {@code fake-class-loss}, as the paper
 * has it), for the generated ones in the generator's. Trained on generated samples, the critic can
 * learn the generator's early mistakes as the classes and both settle on a wrong labelling, so
 * that term is off by default.
 */
public final class AdversarialRecipe implements TrainingRecipe {

    /** The network that generates samples from noise. */
    public static final String GENERATOR = GanSpec.GENERATOR;
    /** The network that scores samples, real ones high. */
    public static final String DISCRIMINATOR = GanSpec.DISCRIMINATOR;
    /** The weight of an auxiliary classifier's cross-entropy when the spec names none. */
    public static final double DEFAULT_CLASS_WEIGHT = 1.0;

    private final float classWeight;
    private final boolean fakeClassLoss;

    /** The recipe with the default class weight, the critic's class loss on real samples only. */
    public AdversarialRecipe() {
        this(DEFAULT_CLASS_WEIGHT, false);
    }

    /**
     * @param classWeight the weight of an auxiliary classifier's cross-entropy, at least 0; used
     *     only when the critic gives class logits
     * @param fakeClassLoss whether the critic's class loss also covers generated samples
     */
    public AdversarialRecipe(double classWeight, boolean fakeClassLoss) {
        if (!(classWeight >= 0 && Double.isFinite(classWeight))) {
            throw new IllegalArgumentException("class-weight must be a finite number ≥ 0, is " + classWeight);
        }
        this.classWeight = (float) classWeight;
        this.fakeClassLoss = fakeClassLoss;
    }

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
    public NetworkContract contract(String role) {
        return switch (role) {
            case GENERATOR -> NetworkContract.GENERATOR;
            case DISCRIMINATOR -> NetworkContract.CRITIC;
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
                NDList realOutputs = step.outputs(DISCRIMINATOR, real.samples(), labels);
                NDList fakeOutputs = step.outputs(DISCRIMINATOR, fake, labels);
                NDArray value = loss.discriminatorLoss(LossInputs.critic(realOutputs.head(), fakeOutputs.head(),
                        real.samples(), fake, labels).withAuxiliary(auxiliary(fakeOutputs)));
                if (classifies(realOutputs)) {
                    NDArray classes = classLoss(realOutputs, labels);
                    if (fakeClassLoss) {
                        classes = classes.add(classLoss(fakeOutputs, labels));
                    }
                    value = value.add(Scalars.times(classes, classWeight));
                }
                return penalty == null ? value
                        : value.add(penalty.penalty(step.critic(DISCRIMINATOR, labels), real.samples(), fake));
            });
        }
        RecipeStep.Update generator = step.update(GENERATOR, Set.of(DISCRIMINATOR), () -> {
            NDArray labels = conditional ? step.randomLabels(batchSize) : null;
            NDArray fake = step.forward(GENERATOR, step.noise(batchSize), labels);
            NDList outputs = step.outputs(DISCRIMINATOR, fake, labels);
            NDArray value = loss.generatorLoss(LossInputs.generator(outputs.head(), fake, labels)
                    .withAuxiliary(auxiliary(outputs)));
            return classifies(outputs) ? value.add(Scalars.times(classLoss(outputs, labels), classWeight)) : value;
        });
        return step.record(reportedRoles(), Map.of(DISCRIMINATOR, critic, GENERATOR, generator));
    }

    /** Whether the critic's outputs include class logits, beside its scores. */
    private static boolean classifies(NDList outputs) {
        return outputs.size() > 1;
    }

    private static Map<String, NDArray> auxiliary(NDList outputs) {
        return classifies(outputs) ? Map.of(LossInputs.CLASS_LOGITS, outputs.get(1)) : Map.of();
    }

    /** The mean cross-entropy of the class logits (N, classes) against the (N) labels. */
    private static NDArray classLoss(NDList outputs, NDArray labels) {
        NDArray logits = outputs.get(1);
        NDArray logProbabilities = logits.logSoftmax(1);
        NDArray target = labels.toType(DataType.INT32, false).oneHot((int) logits.getShape().get(1))
                .toType(logProbabilities.getDataType(), false);
        return logProbabilities.mul(target).sum(new int[] {1}).mean().neg();
    }
}
