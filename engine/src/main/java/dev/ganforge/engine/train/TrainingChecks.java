package dev.ganforge.engine.train;

import dev.ganforge.engine.compile.CompiledGan;
import dev.ganforge.engine.compile.CompiledNetwork;
import dev.ganforge.engine.compile.InputGradients;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.SpecProblem;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The checks that need the plugins a spec names, not only the spec: whether the critic can give
 * the input gradient a loss's penalty needs, and whether the data has the classes a conditional
 * GAN declares. Validation reports them located in the spec file; {@link GanTrainer} refuses to
 * start with them, so a program that builds a trainer itself meets the same rule.
 */
public final class TrainingChecks {

    private TrainingChecks() {}

    /**
     * Whether the critics of {@code gan} can give the input gradient that {@code loss}'s penalty
     * (if it has one) needs.
     *
     * @param loss the loss as the strategies adapted it
     * @param criticRoles the roles the penalty applies to, as the recipe says
     */
    public static Optional<SpecProblem> penalty(CompiledGan gan, GanLoss loss, List<String> criticRoles) {
        if (loss.penalty() == null) {
            return Optional.empty();
        }
        GanSpec spec = gan.spec();
        for (String role : criticRoles) {
            CompiledNetwork critic = gan.network(role);
            if (critic.isConditional() && !critic.conditioned().hasInputGradient()) {
                return Optional.of(SpecProblem.at("conditioning", "the loss's gradient penalty needs the " + role
                        + "'s input gradient, which the conditioning '" + spec.conditioning().method().type()
                        + "' cannot give; choose another conditioning or a loss without a penalty"));
            }
            OptionalInt block = InputGradients.unsupportedBlock(critic);
            if (block.isPresent()) {
                int index = block.getAsInt();
                return Optional.of(SpecProblem.at(GanSpec.pathOf(role) + ".blocks[" + index + "]", "the loss's gradient"
                        + " penalty needs the critic's input gradient, which " + role + " block " + (index + 1) + " ("
                        + critic.specs().get(index).kind() + ") cannot give; remove batch-norm, conditional-batch-norm"
                        + " and dropout from the critic (WGAN-GP critics use none of them)"));
            }
        }
        return Optional.empty();
    }

    /** Whether a conditional spec declares the classes its data has. */
    public static Optional<SpecProblem> classes(GanSpec spec, int datasetClasses) {
        if (!spec.isConditional() || datasetClasses == spec.conditioning().classes()) {
            return Optional.empty();
        }
        return Optional.of(SpecProblem.at("conditioning.classes", "conditioning.classes is " + spec.conditioning().classes()
                + " but the dataset has " + (datasetClasses == 0 ? "no labels" : datasetClasses + " classes")
                + "; set conditioning.classes to the dataset's"));
    }
}
