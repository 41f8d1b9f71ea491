package dev.ganforge.block;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.Padding;
import dev.ganforge.validate.SpecProblem;
import dev.ganforge.validate.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves blocks against their kinds' declarations: every parameter a block sets must be
 * declared, of the declared type and within its rule; every one it leaves out takes its
 * default; nested blocks are resolved alike. Gathers every problem, each at the path of the
 * offending value (e.g. {@code generator.blocks[2].kernel}).
 */
public final class BlockResolver {

    private final BlockCatalog catalog;

    /** A resolver against the kinds of {@code catalog}. */
    public BlockResolver(BlockCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * The outcome of resolving a list of blocks.
     *
     * @param blocks the blocks with every declared parameter set (a block with problems is kept
     *     as it was given)
     * @param problems everything wrong, in the order of the blocks
     */
    public record Resolution(List<BlockSpec> blocks, List<SpecProblem> problems) {

        public Resolution {
            blocks = List.copyOf(blocks);
            problems = List.copyOf(problems);
        }

        /** Whether every block resolved. */
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Resolves {@code blocks}, the list at {@code listPath} (e.g. {@code generator.blocks}).
     */
    public Resolution resolve(String listPath, List<BlockSpec> blocks) {
        List<SpecProblem> problems = new ArrayList<>();
        List<BlockSpec> resolved = resolveList(listPath, blocks, problems);
        return new Resolution(resolved, problems);
    }

    private List<BlockSpec> resolveList(String listPath, List<BlockSpec> blocks, List<SpecProblem> problems) {
        List<BlockSpec> resolved = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            resolved.add(resolveBlock(listPath + "[" + i + "]", blocks.get(i), problems));
        }
        return resolved;
    }

    private BlockSpec resolveBlock(String path, BlockSpec block, List<SpecProblem> problems) {
        Optional<BlockType> found = catalog.find(block.kind());
        if (found.isEmpty()) {
            problems.add(SpecProblem.at(path, unknownKind(block.kind())));
            return block;
        }
        BlockType type = found.get();
        int before = problems.size();
        for (String name : block.params().keySet()) {
            if (type.parameter(name).isEmpty()) {
                problems.add(SpecProblem.at(path + "." + name, unknownParameter(type, name)));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (BlockParameter parameter : type.parameters()) {
            String where = path + "." + parameter.name();
            Object given = block.params().get(parameter.name());
            if (given == null) {
                if (parameter.isRequired()) {
                    problems.add(SpecProblem.at(where, "missing required key '" + parameter.name() + "' in "
                            + type.name() + "; add e.g. " + parameter.example()));
                } else {
                    values.put(parameter.name(), parameter.defaultValue());
                }
                continue;
            }
            Optional<Object> accepted = parameter.kind().accept(given);
            if (accepted.isEmpty()) {
                problems.add(SpecProblem.at(where, "must be " + parameter.kind().expectation() + ", found " + given));
                continue;
            }
            Object value = accepted.get();
            if (parameter.kind() == ParameterKind.BLOCKS) {
                @SuppressWarnings("unchecked")
                List<BlockSpec> nested = (List<BlockSpec>) value;
                value = resolveList(where, nested, problems);
            }
            checkValue(where, parameter, value, problems);
            values.put(parameter.name(), value);
        }
        if (problems.size() > before) {
            return block;
        }
        BlockSpec resolved = new BlockSpec(block.kind(), values);
        type.check(resolved, (parameter, message) -> problems.add(SpecProblem.at(path + "." + parameter, message)));
        return resolved;
    }

    /** Why {@code name} names no installed block kind: the known ones and the likeliest one meant. */
    public String unknownKind(String name) {
        if (catalog.names().isEmpty()) {
            return "unknown block '" + name + "'; no block kinds are installed — put ganforge-engine on the class path";
        }
        return "unknown block '" + name + "'" + Suggestions.hint(name, catalog.names());
    }

    private static String unknownParameter(BlockType type, String name) {
        List<String> known = type.parameters().stream().map(BlockParameter::name).toList();
        String hint = Suggestions.closest(name, known).map(match -> " — did you mean '" + match + "'?")
                .orElseGet(() -> known.isEmpty() ? "; it takes no settings, so remove it"
                        : "; the keys are: " + String.join(", ", known));
        return "unknown key '" + name + "' in " + type.name() + hint;
    }

    private static void checkValue(String path, BlockParameter parameter, Object value, List<SpecProblem> problems) {
        switch (parameter.kind()) {
            case INTEGER, NUMBER -> checkRule(path, parameter, ((Number) value).doubleValue(), problems);
            case INTEGERS -> {
                @SuppressWarnings("unchecked")
                List<Integer> values = (List<Integer>) value;
                if (values.isEmpty()) {
                    problems.add(SpecProblem.at(path, "the list is empty; give at least one value, e.g. "
                            + parameter.example()));
                }
                for (int i = 0; i < values.size(); i++) {
                    checkRule(path + "[" + i + "]", parameter, values.get(i), problems);
                }
            }
            case ACTIVATION -> {
                Activation activation = (Activation) value;
                if (activation.function() == Activation.Function.LEAKY_RELU && !(activation.alpha() >= 0)) {
                    problems.add(SpecProblem.at(path + ".alpha", "the leaky ReLU slope must be at least 0, found "
                            + activation.alpha() + "; e.g. 0.2"));
                }
            }
            case PADDING -> {
                if (value instanceof Padding.Explicit explicit && explicit.amount() < 0) {
                    problems.add(SpecProblem.at(path, "must be 0 or more, found " + explicit.amount()));
                }
            }
            case NORM -> ((Optional<?>) value).map(BatchNormBlock.class::cast)
                    .ifPresent(norm -> problems.addAll(batchNormProblems(path, norm)));
            default -> { }
        }
    }

    /** What is wrong with batch norm settings written at {@code path}. */
    public static List<SpecProblem> batchNormProblems(String path, BatchNormBlock norm) {
        List<SpecProblem> problems = new ArrayList<>();
        if (!(norm.momentum() >= 0 && norm.momentum() < 1)) {
            problems.add(SpecProblem.at(path + ".momentum", "momentum is the weight of the old running statistic and"
                    + " must be in [0, 1), found " + norm.momentum() + "; PyTorch's momentum=0.1 is 0.9 here"));
        }
        if (!(norm.epsilon() > 0)) {
            problems.add(SpecProblem.at(path + ".epsilon", "epsilon must be greater than 0, found " + norm.epsilon()
                    + "; e.g. 1e-5"));
        }
        return problems;
    }

    private static void checkRule(String path, BlockParameter parameter, double value, List<SpecProblem> problems) {
        String shown = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
        switch (parameter.rule()) {
            case POSITIVE -> {
                if (!(value > 0)) {
                    problems.add(SpecProblem.at(path, (parameter.kind() == ParameterKind.NUMBER ? "must be greater than 0"
                            : "must be a positive whole number") + ", found " + shown));
                }
            }
            case NOT_NEGATIVE -> {
                if (!(value >= 0)) {
                    problems.add(SpecProblem.at(path, "must be 0 or more, found " + shown));
                }
            }
            case RATE -> {
                if (!(value >= 0 && value < 1)) {
                    problems.add(SpecProblem.at(path, "a dropout rate must be in [0, 1), found " + value + "; e.g. 0.25"));
                }
            }
            default -> { }
        }
    }
}
