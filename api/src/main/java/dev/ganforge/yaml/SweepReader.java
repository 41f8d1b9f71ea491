package dev.ganforge.yaml;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.spec.TrainingSpec;
import dev.ganforge.sweep.Sweep;
import dev.ganforge.sweep.SweepBudget;
import dev.ganforge.sweep.SweepMetric;
import dev.ganforge.sweep.Trial;
import dev.ganforge.validate.SourceLocation;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecLocator;
import dev.ganforge.validate.SpecProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a sweep file (see {@code docs/user-guide.md}, "Sweeps") and expands it into its trials,
 * each a spec read exactly as a spec file is: the base spec's YAML tree with the trial's settings
 * set in it, walked by the same reader. Problems of the sweep file and of every trial's spec are
 * reported together, each at its {@code file:line:column}: a problem of a varied setting at the
 * value in the sweep file, any other in the base spec.
 *
 * <pre>{@code
 * name: ring-losses
 * base: ../yaml/ring-bce.yaml          # or the spec itself, inline
 * vary:
 *   loss: [bce, hinge, {type: wasserstein-gp, lambda: 1}]
 *   generator.optimizer.lr: {from: 1e-4, to: 1e-3, steps: 3, scale: log}
 * sample: grid                          # or {random: 10, seed: 1}
 * seeds: 3
 * metric: {name: modes-covered, goal: max}
 * budget: {steps: 2000}
 * }</pre>
 */
public final class SweepReader {

    /** Trials one sweep may have: far more than a machine or a small cluster runs in a day. */
    static final int MAX_TRIALS = 10_000;

    private static final Set<String> SWEEP_KEYS = Set.of("base", "vary");

    /** A varied setting: where, its values (nodes set into the base tree) and how each is shown. */
    private record Axis(SpecTreePath path, List<Node> values, List<String> labels) {}

    /** A value a trial sets: problems of its path are placed at {@code value} in the sweep file. */
    private record Setting(SpecTreePath path, Node value) {}

    /** The base spec: the file its marks are in, and a fresh copy of its tree for each trial. */
    private record Base(String fileName, Supplier<Node> tree) {}

    private SweepReader() {}

    /**
     * Whether a YAML file is a sweep rather than a spec: its top level has {@code base} or
     * {@code vary}, keys no spec has. A file that is not readable YAML is not a sweep.
     *
     * @throws IOException if the file cannot be read
     */
    public static boolean isSweep(Path file) throws IOException {
        Node root = SafeYamlLoader.load(SpecFileText.read(file), new Problems(file.toString()));
        return root instanceof MappingNode mapping && mapping.getValue().stream()
                .anyMatch(tuple -> tuple.getKeyNode() instanceof ScalarNode key && SWEEP_KEYS.contains(key.getValue()));
    }

    /**
     * Reads a sweep file and every trial's spec, against the installed block kinds.
     *
     * @throws SpecException listing every problem of the sweep and of its trials' specs
     * @throws IOException if the sweep file cannot be read
     */
    public static Sweep read(Path file) throws IOException {
        return read(SpecFileText.read(file), file, BlockCatalog.installed());
    }

    /**
     * Reads a sweep from its text; {@code file} names it in messages and is where a base spec's
     * path is resolved from.
     *
     * @throws SpecException listing every problem of the sweep and of its trials' specs
     */
    public static Sweep read(String text, Path file, BlockCatalog catalog) {
        String fileName = file.toString();
        Problems problems = new Problems(fileName);
        Node root = SafeYamlLoader.load(text, problems);
        if (problems.isEmpty() && !(root instanceof MappingNode)) {
            problems.add("", root == null ? null : root.getStartMark(), "expected a mapping of keys (base, vary, metric,"
                    + " ...) at the top level of a sweep, found " + (root == null ? "nothing" : NodeReader.found(root)));
        }
        if (!problems.isEmpty()) {
            throw new SpecException(fileName, problems.inFileOrder());
        }
        NodeReader reader = new NodeReader(problems, new SourceMap());
        YamlMap top = new YamlMap(reader, (MappingNode) root, "", Vocabulary.SWEEP);
        String name = top.has("name") ? top.string("name") : stem(file);
        Base base = top.require("base") ? base(top, text, file, problems) : null;
        List<Axis> axes = top.require("vary") ? axes(top.map("vary", Vocabulary.SWEEP_VARY)) : null;
        Sample sample = top.has("sample") ? sample(top) : Sample.GRID;
        Integer seeds = top.has("seeds") ? positive(top, "seeds", false) : Integer.valueOf(1);
        SweepMetric metric = top.require("metric") ? metric(top.map("metric", Vocabulary.SWEEP_METRIC)) : null;
        SweepBudget budget = top.has("budget") ? budget(top.map("budget", Vocabulary.SWEEP_BUDGET)) : SweepBudget.NONE;
        if (!problems.isEmpty() || base == null || axes == null || sample == null || seeds == null || metric == null
                || budget == null) {
            throw new SpecException(fileName, problems.inFileOrder());
        }
        List<int[]> settings = settings(top, axes, sample.count(), sample.random(), seeds);
        if (!problems.isEmpty()) {
            throw new SpecException(fileName, problems.inFileOrder());
        }
        List<Trial> trials = new ArrayList<>();
        List<SpecProblem> trialProblems = expand(top, base, axes, settings, seeds, budget, catalog, trials);
        if (trialProblems.isEmpty() && problems.isEmpty()) {
            trials.stream().filter(trial -> !trial.spec().training().evaluates()).findFirst().ifPresent(trial ->
                    problems.add("metric", top.value("metric").getStartMark(), "trial " + trial.id() + " ("
                            + trial.settingText() + ") computes no metric, so it cannot be ranked by '" + metric.name()
                            + "'; give the base spec a metric that reports it and an interval, e.g. training:"
                            + " {metrics: [mode-coverage], evaluate-every: 500}"));
        }
        List<SpecProblem> all = new ArrayList<>(problems.inFileOrder());
        all.addAll(trialProblems);
        if (!all.isEmpty()) {
            throw new SpecException(fileName, all);
        }
        return new Sweep(name, axes.stream().map(axis -> axis.path().toString()).toList(), seeds, metric, budget,
                trials);
    }

    private static String stem(Path file) {
        String name = file.getFileName() == null ? "sweep" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The base spec: a path relative to the sweep file, or the spec inline. */
    private static Base base(YamlMap top, String text, Path file, Problems problems) {
        Node node = top.value("base");
        if (node instanceof MappingNode) {
            return new Base(problems.file(), () -> valueOf(SafeYamlLoader.load(text, new Problems(problems.file())), "base"));
        }
        String relative = top.string("base");
        if (relative == null) {
            return null;
        }
        Path parent = file.toAbsolutePath().getParent();
        Path path = parent == null ? Path.of(relative) : parent.resolve(relative).normalize();
        Path shown = file.getParent() == null ? Path.of(relative) : file.getParent().resolve(relative).normalize();
        String baseText;
        try {
            baseText = SpecFileText.read(path);
        } catch (NoSuchFileException missing) {
            problems.add("base", node.getStartMark(), "no such base spec: " + shown
                    + " (a path relative to the sweep file, or the spec itself as a mapping)");
            return null;
        } catch (IOException unreadable) {
            problems.add("base", node.getStartMark(), "cannot read the base spec " + shown + ": " + unreadable);
            return null;
        }
        Problems baseProblems = new Problems(shown.toString());
        SafeYamlLoader.load(baseText, baseProblems);
        if (!baseProblems.isEmpty()) {
            baseProblems.inFileOrder().forEach(problems::add);
            return null;
        }
        return new Base(shown.toString(), () -> SafeYamlLoader.load(baseText, new Problems(shown.toString())));
    }

    private static Node valueOf(Node root, String key) {
        for (NodeTuple tuple : ((MappingNode) root).getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        throw new IllegalStateException("no key " + key);
    }

    private static List<Axis> axes(YamlMap vary) {
        if (vary == null) {
            return null;
        }
        Problems problems = vary.reader().problems();
        if (vary.keys().isEmpty()) {
            problems.add("vary", vary.mark(), "vary names no setting; add e.g. " + vary.example("loss"));
            return null;
        }
        List<Axis> axes = new ArrayList<>();
        for (String key : vary.keys()) {
            Node node = vary.value(key);
            String path = vary.pathOf(key);
            SpecTreePath target = SpecTreePath.parse(key);
            if (target == null) {
                problems.add(path, node.getStartMark(), "'" + key + "' is not a setting's path; write it as in the spec,"
                        + " e.g. generator.optimizer.lr, training.strategies[0].steps or generator.blocks[1].units");
                continue;
            }
            if (node instanceof SequenceNode list) {
                if (list.getValue().isEmpty()) {
                    problems.add(path, node.getStartMark(), "the list of values of '" + key + "' is empty; give at"
                            + " least one, e.g. " + vary.example("loss"));
                    continue;
                }
                axes.add(new Axis(target, list.getValue(), list.getValue().stream().map(SweepReader::render).toList()));
            } else if (node instanceof MappingNode mapping) {
                List<Node> values = range(new YamlMap(vary.reader(), mapping, path, Vocabulary.SWEEP_RANGE));
                if (values != null) {
                    axes.add(new Axis(target, values, values.stream().map(SweepReader::render).toList()));
                }
            } else {
                axes.add(new Axis(target, List.of(node), List.of(render(node))));
            }
        }
        return problems.isEmpty() ? axes : null;
    }

    /** The values of {@code {from, to, steps, scale}}: evenly spaced, or evenly in the logarithm. */
    private static List<Node> range(YamlMap range) {
        Double from = range.require("from") ? range.number("from") : null;
        Double to = range.require("to") ? range.number("to") : null;
        Integer steps = range.require("steps") ? positive(range, "steps", false) : null;
        String scale = range.has("scale") ? range.choice("scale", "scale", List.of("linear", "log")) : "linear";
        if (from == null || to == null || steps == null || scale == null) {
            return null;
        }
        boolean log = scale.equals("log");
        if (log && (from <= 0 || to <= 0)) {
            range.reader().problems().add(range.path(), range.mark(), "a log range needs 'from' and 'to' above 0,"
                    + " found " + from + " and " + to + "; use scale: linear, or positive bounds");
            return null;
        }
        boolean whole = !log && Tag.INT.equals(range.value("from").getTag()) && Tag.INT.equals(range.value("to").getTag());
        List<Node> values = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            double t = steps == 1 ? 0 : i / (steps - 1.0);
            double value = log ? from * Math.pow(to / from, t) : from + t * (to - from);
            String text = whole ? Long.toString(Math.round(value))
                    : new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
            values.add(new ScalarNode(whole ? Tag.INT : Tag.FLOAT, text, range.mark(), range.mark(),
                    DumperOptions.ScalarStyle.PLAIN));
        }
        return values;
    }

    /** A whole number of at least 1 under {@code key}, or {@code null} after reporting why not. */
    private static Integer positive(YamlMap map, String key, boolean required) {
        if (required && !map.require(key)) {
            return null;
        }
        Integer value = map.wholeNumber(key);
        if (value != null && value < 1) {
            map.reader().problems().add(map.pathOf(key), map.value(key).getStartMark(), "'" + key
                    + "' must be at least 1, found " + value + "; e.g. " + map.example(key));
            return null;
        }
        return value;
    }

    /** How settings are chosen: the whole grid ({@code count == null}), or {@code count} of it drawn with {@code random}. */
    private record Sample(Integer count, SplittableRandom random) {
        static final Sample GRID = new Sample(null, null);
    }

    /** {@code sample: grid} or {@code sample: {random: N, seed: S}}; {@code null} after reporting a problem. */
    private static Sample sample(YamlMap top) {
        if (!(top.value("sample") instanceof MappingNode mapping)) {
            return top.choice("sample", "sampling", List.of("grid")) == null ? null : Sample.GRID;
        }
        YamlMap sample = new YamlMap(top.reader(), mapping, "sample", Vocabulary.SWEEP_SAMPLE);
        Integer count = positive(sample, "random", true);
        Long seed = sample.has("seed") ? sample.longNumber("seed") : Long.valueOf(0);
        return count == null || seed == null ? null : new Sample(count, new SplittableRandom(seed));
    }

    private static SweepMetric metric(YamlMap metric) {
        if (metric == null) {
            return null;
        }
        String name = metric.require("name") ? metric.string("name") : null;
        String goal = metric.require("goal") ? metric.choice("goal", "goal", List.of("min", "max")) : null;
        return name == null || goal == null ? null
                : new SweepMetric(name, SweepMetric.Goal.valueOf(goal.toUpperCase(Locale.ROOT)));
    }

    private static SweepBudget budget(YamlMap budget) {
        if (budget == null) {
            return null;
        }
        Problems problems = budget.reader().problems();
        if (budget.keys().isEmpty()) {
            problems.add("budget", budget.mark(), "the budget is empty; give " + budget.example("steps") + " or "
                    + budget.example("minutes"));
            return null;
        }
        Integer steps = budget.has("steps") ? positive(budget, "steps", false) : Integer.valueOf(0);
        Double minutes = budget.has("minutes") ? budget.number("minutes") : Double.valueOf(0);
        if (minutes != null && budget.has("minutes") && !(minutes > 0 && Double.isFinite(minutes))) {
            problems.add("budget.minutes", budget.value("minutes").getStartMark(), "'minutes' must be above 0, found "
                    + minutes + "; e.g. " + budget.example("minutes"));
            return null;
        }
        return steps == null || minutes == null ? null : new SweepBudget(steps, minutes);
    }

    /** Each setting as one value index per axis: the whole grid in file order, or a random sample of it. */
    private static List<int[]> settings(YamlMap top, List<Axis> axes, Integer sampled, SplittableRandom sampler,
            int seeds) {
        long size = 1;
        for (Axis axis : axes) {
            size *= axis.values().size();
            if (size > MAX_TRIALS) {
                break;
            }
        }
        Problems problems = top.reader().problems();
        if (size > MAX_TRIALS) {
            problems.add("vary", top.value("vary").getStartMark(), "the grid of the varied values has more than "
                    + MAX_TRIALS + " settings; vary fewer values");
            return List.of();
        }
        long count = (sampled != null ? sampled : size) * (long) seeds;
        if (sampled != null && sampled > size) {
            problems.add("sample.random", top.value("sample").getStartMark(), "a random sample of " + sampled
                    + " settings from a grid of " + size + "; sample at most " + size + ", or use sample: grid");
            return List.of();
        }
        if (count > MAX_TRIALS) {
            problems.add("vary", top.value("vary").getStartMark(), "the sweep has more than " + MAX_TRIALS
                    + " trials (settings × seeds); vary fewer values, use fewer seeds, or sample: {random: N}");
            return List.of();
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            chosen.add(i);
        }
        if (sampled != null) {
            // A partial Fisher–Yates shuffle: the first N are a uniform sample without repeats.
            for (int i = 0; i < sampled; i++) {
                int j = i + sampler.nextInt((int) size - i);
                chosen.set(j, chosen.set(i, chosen.get(j)));
            }
            chosen = new ArrayList<>(chosen.subList(0, sampled));
            chosen.sort(null);
        }
        List<int[]> settings = new ArrayList<>();
        for (int flat : chosen) {
            int[] indices = new int[axes.size()];
            for (int a = axes.size() - 1; a >= 0; a--) {
                int values = axes.get(a).values().size();
                indices[a] = flat % values;
                flat /= values;
            }
            settings.add(indices);
        }
        return settings;
    }

    /**
     * Builds every trial into {@code trials}; reports a setting the base spec has no place for in
     * the sweep file, and returns the problems of the trials' specs, each once.
     */
    private static List<SpecProblem> expand(YamlMap top, Base base, List<Axis> axes, List<int[]> settings, int seeds,
            SweepBudget budget, BlockCatalog catalog, List<Trial> trials) {
        Problems sweepFile = top.reader().problems();
        Map<String, SpecProblem> found = new LinkedHashMap<>();
        Set<String> unreachable = new LinkedHashSet<>();
        int width = Math.max(2, String.valueOf(Math.max(0, settings.size() - 1)).length());
        for (int s = 0; s < settings.size(); s++) {
            for (int k = 0; k < seeds; k++) {
                String id = String.format(Locale.ROOT, "t%0" + width + "d-s%d", s, k);
                Node tree = base.tree().get();
                List<Setting> applied = new ArrayList<>();
                Map<String, String> values = new LinkedHashMap<>();
                boolean set = true;
                for (int a = 0; a < axes.size(); a++) {
                    Axis axis = axes.get(a);
                    Node value = axis.values().get(settings.get(s)[a]);
                    set &= apply(new Setting(axis.path(), value), tree, sweepFile, applied, unreachable,
                            "vary." + axis.path());
                    values.put(axis.path().toString(), axis.labels().get(settings.get(s)[a]));
                }
                if (budget.steps() > 0) {
                    set &= apply(new Setting(SpecTreePath.parse("training.steps"), number(budget.steps(),
                            top.value("budget"))), tree, sweepFile, applied, unreachable, "budget.steps");
                }
                if (seeds > 1 && set) {
                    long seed = seedOf(tree) + k;
                    set &= apply(new Setting(SpecTreePath.parse("training.seed"), number(seed, top.value("seeds"))),
                            tree, sweepFile, applied, unreachable, "seeds");
                }
                if (!set) {
                    continue;
                }
                Trial trial = read(id, s, k, values, tree, base, applied, sweepFile, catalog, found);
                if (trial != null) {
                    trials.add(trial);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static boolean apply(Setting setting, Node tree, Problems sweepFile, List<Setting> applied,
            Set<String> unreachable, String sweepPath) {
        String why = setting.path().set(tree, setting.value());
        if (why != null) {
            if (unreachable.add(sweepPath)) {
                sweepFile.add(sweepPath, setting.value().getStartMark(), "cannot set '" + setting.path()
                        + "' in the base spec: " + why);
            }
            return false;
        }
        applied.add(setting);
        return true;
    }

    /** Reads one trial's tree as a spec; its problems go to {@code found}, the first of each kind kept. */
    private static Trial read(String id, int setting, int seedIndex, Map<String, String> values, Node tree, Base base,
            List<Setting> applied, Problems sweepFile, BlockCatalog catalog, Map<String, SpecProblem> found) {
        SpecLocator inSweep = path -> {
            for (int i = applied.size() - 1; i >= 0; i--) {
                if (applied.get(i).path().covers(path)) {
                    return sweepFile.location(applied.get(i).value().getStartMark());
                }
            }
            return null;
        };
        String described = "trial " + id + " (" + Trial.settingText(values) + "): ";
        try {
            LocatedSpec located = YamlSpecReader.readLocated(tree, new Problems(base.fileName()), catalog);
            SpecLocator locator = path -> {
                SourceLocation at = inSweep.locate(path);
                return at != null ? at : located.locator().locate(path);
            };
            return new Trial(id, setting, seedIndex, values, located.spec(), locator);
        } catch (SpecException invalid) {
            for (SpecProblem problem : invalid.problems()) {
                SourceLocation at = inSweep.locate(problem.path());
                SourceLocation where = at != null ? at : problem.location();
                // A problem of the base spec recurs in every trial: report it once, with the first trial's setting.
                found.putIfAbsent(where + "|" + problem.path() + "|" + problem.message(),
                        new SpecProblem(problem.path(), described + problem.message(), where));
            }
            return null;
        }
    }

    private static long seedOf(Node tree) {
        Node training = tree instanceof MappingNode top ? find(top, "training") : null;
        Node seed = training instanceof MappingNode map ? find(map, "seed") : null;
        if (seed instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
            try {
                return Long.parseLong(scalar.getValue().replace("_", ""));
            } catch (NumberFormatException unreadable) {
                // left for the spec reader to report
            }
        }
        return TrainingSpec.DEFAULTS.seed();
    }

    private static Node find(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    /** A whole number set by the sweep, marked at the sweep's key that sets it. */
    private static ScalarNode number(long value, Node at) {
        return new ScalarNode(Tag.INT, Long.toString(value), at.getStartMark(), at.getEndMark(),
                DumperOptions.ScalarStyle.PLAIN);
    }

    /** A value as the leaderboard shows it: {@code hinge}, {@code 0.0002}, {@code {type: wasserstein-gp, lambda: 1}}. */
    static String render(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            return "[" + String.join(", ", sequence.getValue().stream().map(SweepReader::render).toList()) + "]";
        }
        List<String> entries = new ArrayList<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            entries.add(render(tuple.getKeyNode()) + ": " + render(tuple.getValueNode()));
        }
        return "{" + String.join(", ", entries) + "}";
    }
}
