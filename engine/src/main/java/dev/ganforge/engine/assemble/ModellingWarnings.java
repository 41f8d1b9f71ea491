package dev.ganforge.engine.assemble;

import dev.ganforge.role.NetworkContract;
import dev.ganforge.role.Output;
import dev.ganforge.role.RecipeCatalog;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.DataSpec;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.SpecProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Likely modelling mistakes: specs that run, but probably not as their author meant. They are
 * warnings, reported where the value was written; the command goes on.
 */
final class ModellingWarnings {

    private ModellingWarnings() {}

    /** The warnings of {@code spec}, each network judged by what its recipe asks it to output. */
    static List<SpecProblem> of(GanSpec spec) {
        List<SpecProblem> warnings = new ArrayList<>();
        Map<String, NetworkContract> contracts = RecipeCatalog.installed().roles(spec.recipe().type()).orElse(Map.of());
        spec.networks().forEach((role, network) -> {
            NetworkContract contract = contracts.get(role);
            List<BlockSpec> blocks = network.blocks();
            if (contract == null || blocks.isEmpty()) {
                return;
            }
            int last = blocks.size() - 1;
            Optional<Activation> activation = finalActivation(blocks.get(last));
            String where = path(GanSpec.pathOf(role), last, blocks.get(last));
            if (contract.output() == Output.SAMPLES) {
                activation.flatMap(ending -> unreachable(role, spec.data(), ending))
                        .ifPresent(message -> warnings.add(SpecProblem.at(where, message)));
            } else if (activation.filter(ending -> ending.function() == Activation.Function.SIGMOID).isPresent()) {
                warnings.add(SpecProblem.at(where, "the " + role + " ends in a sigmoid, but every loss takes its raw"
                        + " scores (logits) and applies its own squashing; remove the sigmoid"));
            }
        });
        return warnings;
    }

    /** The activation a block ends in, if it is one that can be read off its parameters. */
    private static Optional<Activation> finalActivation(BlockSpec block) {
        if (block.kind().equals("activation")) {
            return Optional.of(block.activation("function"));
        }
        return block.params().get("activation") instanceof Activation activation ? Optional.of(activation) : Optional.empty();
    }

    private static String path(String network, int index, BlockSpec block) {
        String item = network + ".blocks[" + index + "]";
        return block.kind().equals("activation") ? item : item + ".activation";
    }

    private static Optional<String> unreachable(String role, DataSpec data, Activation activation) {
        double low;
        double high;
        switch (activation.function()) {
            case TANH -> {
                low = -1;
                high = 1;
            }
            case SIGMOID -> {
                low = 0;
                high = 1;
            }
            case RELU -> {
                low = 0;
                high = Double.POSITIVE_INFINITY;
            }
            default -> {
                return Optional.empty();
            }
        }
        if (data.min() >= low && data.max() <= high) {
            return Optional.empty();
        }
        return Optional.of("the " + role + " ends in " + activation + ", whose outputs lie in [" + bound(low) + ", "
                + bound(high) + "], but the data's range is [" + bound(data.min()) + ", " + bound(data.max())
                + "]; set data.range to what the activation reaches, or end the " + role + " in another activation");
    }

    private static String bound(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
