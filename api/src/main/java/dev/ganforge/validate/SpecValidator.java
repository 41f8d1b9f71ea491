package dev.ganforge.validate;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.block.BlockResolver;
import dev.ganforge.role.Feed;
import dev.ganforge.role.NetworkContract;
import dev.ganforge.role.RecipeCatalog;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.NetworkSpec;
import dev.ganforge.spec.TrainingSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a {@link GanSpec} before anything runs: every field against its rule, every block
 * against its kind's declaration ({@link BlockResolver}), then shape inference through every
 * network, from what its recipe feeds it to what the recipe asks it to output ({@link
 * RecipeCatalog}): for the default recipe, the generator (latent → data shape) and the
 * discriminator (data shape → one value per sample). All problems are gathered; nothing stops at
 * the first.
 *
 * <p>Plugin names and parameters are not checked here: the engine checks them against the
 * plugins it finds.
 */
public final class SpecValidator {

    private final List<SpecProblem> problems = new ArrayList<>();
    private final BlockCatalog catalog;
    private GanSpec resolved;

    private SpecValidator(BlockCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * A spec with every block resolved against its kind (defaults filled in), and every problem
     * found on the way.
     *
     * @param spec the spec, its blocks resolved if {@code problems} is empty
     * @param problems every problem, in a stable order; empty when the spec is sound
     */
    public record Checked(GanSpec spec, List<SpecProblem> problems) {

        public Checked {
            problems = List.copyOf(problems);
        }
    }

    /** Checks {@code spec} against the installed block kinds. */
    public static Checked check(GanSpec spec) {
        return check(spec, BlockCatalog.installed());
    }

    /** Checks {@code spec} against the block kinds of {@code catalog}. */
    public static Checked check(GanSpec spec, BlockCatalog catalog) {
        SpecValidator validator = new SpecValidator(catalog);
        validator.inspect(spec);
        return new Checked(validator.resolved, validator.problems);
    }

    /** Every problem of the spec, in a stable order; empty when the spec is sound. */
    public static List<SpecProblem> validate(GanSpec spec) {
        return check(spec).problems();
    }

    /**
     * The spec with its blocks resolved.
     *
     * @throws SpecException listing every problem, if there is any
     */
    public static GanSpec requireValid(GanSpec spec, String source) {
        return requireValid(spec, source, BlockCatalog.installed());
    }

    /**
     * The spec with its blocks resolved against the kinds of {@code catalog}.
     *
     * @throws SpecException listing every problem, if there is any
     */
    public static GanSpec requireValid(GanSpec spec, String source, BlockCatalog catalog) {
        Checked checked = check(spec, catalog);
        if (!checked.problems().isEmpty()) {
            throw new SpecException(source, checked.problems());
        }
        return checked.spec();
    }

    private void inspect(GanSpec spec) {
        if (spec.name().isBlank()) {
            problem("name", "the name is empty; give the GAN a short name such as 'mnist-dcgan'");
        }
        List<Integer> shape = spec.data().shape();
        boolean dataOk = true;
        if (shape.size() != 1 && shape.size() != 3) {
            problem("data.shape", "expected [channels, height, width] for images or [size] for vectors, found "
                    + shape + "; e.g. [1, 28, 28]");
            dataOk = false;
        } else {
            for (int i = 0; i < shape.size(); i++) {
                dataOk &= positive("data.shape[" + i + "]", shape.get(i));
            }
        }
        if (!(spec.data().min() < spec.data().max())) {
            problem("data.range", "the range must be [min, max] with min < max, found ["
                    + spec.data().min() + ", " + spec.data().max() + "]; e.g. [0, 1] or [-1, 1]");
        }
        boolean latentOk = positive("latent.size", spec.latent().size());
        if (spec.conditioning() != null && spec.conditioning().classes() < 2) {
            problem("conditioning.classes", "a conditional GAN needs at least 2 classes, found "
                    + spec.conditioning().classes());
        }
        Map<String, NetworkSpec> networks = new LinkedHashMap<>();
        Set<String> resolvedRoles = new HashSet<>();
        for (Map.Entry<String, NetworkSpec> entry : spec.networks().entrySet()) {
            NetworkSpec network = resolve(GanSpec.pathOf(entry.getKey()), entry.getValue());
            if (network != null) {
                resolvedRoles.add(entry.getKey());
            }
            networks.put(entry.getKey(), network != null ? network : entry.getValue());
        }
        resolved = spec.withNetworks(networks);
        spec = resolved;
        checkTraining(spec.training());

        Map<String, NetworkContract> contracts = RecipeCatalog.installed().roles(spec.recipe().type())
                .orElse(Map.of());
        for (String role : networks.keySet()) {
            NetworkContract contract = contracts.get(role);
            boolean inputOk = contract != null && dataOk && (contract.feed() != Feed.NOISE || latentOk);
            if (inputOk && resolvedRoles.contains(role)) {
                checkShape(spec, role, contract);
            }
        }
    }

    /** That the network in {@code role} takes and outputs what its recipe's contract asks. */
    private void checkShape(GanSpec spec, String role, NetworkContract contract) {
        List<BlockSpec> blocks = spec.network(role).blocks();
        List<Integer> input = contract.inputShape(spec);
        ShapeInference.Result result = ShapeInference.infer(role, blocks, input, catalog);
        if (!result.ok()) {
            problems.add(result.problem());
            return;
        }
        List<Integer> out = result.output(input);
        if (contract.accepts(out, spec)) {
            return;
        }
        int last = blocks.size() - 1;
        String where = GanSpec.pathOf(role) + ".blocks[" + last + "]";
        String block = role + " block " + (last + 1) + " (" + blocks.get(last).kind() + ") outputs " + Shapes.format(out);
        switch (contract.output()) {
            case SAMPLES -> problem(where, block + " but the data is " + Shapes.format(spec.data().shape())
                    + "; change the " + role + "'s last blocks (filters, strides, padding) so that it outputs "
                    + Shapes.format(spec.data().shape()));
            case SCORE -> problem(where, block + " but a " + role + " must output one value per sample; end it with"
                    + " 'flatten' and 'dense: {units: 1}'");
            case SCORE_MAP -> problem(where, block + " but a " + role + " must output " + contract.expected(spec)
                    + "; end it with a convolution of 1 filter");
        }
    }

    /** The network written at {@code network} with its blocks resolved, or {@code null} after reporting its problems. */
    private NetworkSpec resolve(String network, NetworkSpec spec) {
        if (spec.blocks().isEmpty()) {
            problem(network + ".blocks", "the " + network.substring(network.indexOf('.') + 1)
                    + " has no blocks; list at least one");
            return null;
        }
        BlockResolver.Resolution resolution = new BlockResolver(catalog).resolve(network + ".blocks", spec.blocks());
        problems.addAll(resolution.problems());
        return resolution.ok() ? new NetworkSpec(resolution.blocks(), spec.optimizer()) : null;
    }

    private void checkTraining(TrainingSpec training) {
        positive("training.batch-size", training.batchSize());
        if (training.steps() < 0) {
            problem("training.steps", "steps must be at least 0, found " + training.steps());
        }
        positive("training.sample-every", training.sampleEvery());
        positive("training.checkpoint-every", training.checkpointEvery());
        if (training.evaluateEvery() < 0) {
            problem("training.evaluate-every", "must be 0 (never) or a positive whole number of steps, found "
                    + training.evaluateEvery());
        } else if (training.evaluateEvery() > 0 && training.metrics().isEmpty()) {
            problem("training.evaluate-every", "evaluate-every is set but there is nothing to evaluate; name a metric,"
                    + " e.g. 'metrics: [classifier-fid]' (see 'ganforge plugins'), or remove evaluate-every");
        }
    }

    private boolean positive(String path, long value) {
        if (value <= 0) {
            problem(path, "must be a positive whole number, found " + value);
            return false;
        }
        return true;
    }

    private void problem(String path, String message) {
        problems.add(SpecProblem.at(path, message));
    }
}
