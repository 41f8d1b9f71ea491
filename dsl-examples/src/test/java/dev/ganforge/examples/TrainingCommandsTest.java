package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import dev.ganforge.cli.ExitCode;
import dev.ganforge.engine.train.ProgressReporter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code train}, {@code resume}, {@code sample} and {@code plugins} as a user runs them: exit
 * codes, messages and the files of the run directory. One tiny run is trained once and shared.
 */
class TrainingCommandsTest {

    @TempDir
    static Path shared;

    private static Path spec;
    private static Path run;
    private static Cli trained;

    @BeforeAll
    static void trainTinyRing() {
        spec = TinySpecs.write(shared, "tiny-ring.yaml", TinySpecs.ring());
        run = shared.resolve("run");
        trained = Cli.run("train", spec.toString(), "--out", run.toString());
    }

    @Test
    void trainExitsZeroAndSaysWhereTheRunIs() {
        assertEquals(ExitCode.OK, trained.exitCode, trained.transcript());
        assertEquals("trained 20 steps; run directory " + run + "\n", trained.out);
    }

    @Test
    void runDirectoryKeepsTheSpecAndItsProvenance() throws IOException {
        assertEquals(ExitCode.OK, trained.exitCode, trained.transcript());
        String written = Files.readString(run.resolve("spec.yaml"));
        assertTrue(written.contains("tiny-ring") && written.contains("gaussian-ring"), written);

        Map<String, Object> provenance = new Yaml().load(Files.readString(run.resolve("provenance.yaml")));
        assertEquals(1, ((Number) provenance.get("seed")).intValue(), provenance.toString());
        assertEquals(Engine.getDjlVersion(), provenance.get("djl"), provenance.toString());
        assertTrue(String.valueOf(provenance.get("engine")).startsWith("PyTorch "), provenance.toString());
        assertEquals("tiny-ring", provenance.get("name"));
    }

    @Test
    void theReportHasTheRunsFileModeItsWallTimeAndItsProvenance() throws IOException {
        assertEquals(ExitCode.OK, trained.exitCode, trained.transcript());
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(run.resolve("history.csv"))),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(run.resolve("report.html"))));

        Map<String, Object> provenance = new Yaml().load(Files.readString(run.resolve("provenance.yaml")));
        double wallSeconds = ((Number) provenance.get("training-wall-seconds")).doubleValue();
        assertTrue(wallSeconds > 0, provenance.toString());
        String created = String.valueOf(((List<?>) provenance.get("events")).get(0));
        String started = created.substring(0, "2025-01-02T03:04:05".length()).replace('T', ' ');
        String html = Files.readString(run.resolve("report.html"));
        assertTrue(html.contains("<p id=\"progress\">20 generator steps trained in " + ProgressReporter.duration(wallSeconds)
                + " of wall time; started " + started + " UTC.</p>"), html);
        assertTrue(html.contains("<dt>seed</dt><dd>1</dd>"), html);
        assertTrue(html.contains("<dt>engine</dt><dd>" + provenance.get("engine") + "</dd>"), html);
        assertTrue(html.contains("<dt>djl</dt><dd>" + Engine.getDjlVersion() + "</dd>"), html);
        assertTrue(html.contains("<li>" + created + "</li>"), html);
    }

    @Test
    void historyHasOneRowPerStep() throws IOException {
        List<String> lines = Files.readAllLines(run.resolve("history.csv"), StandardCharsets.UTF_8);
        assertEquals("step,d_loss,g_loss,d_grad_norm,g_grad_norm,grad_corrections,samples_per_s", lines.get(0));
        assertEquals(LongStream.rangeClosed(1, 20).boxed().toList(), steps(lines), String.join("\n", lines));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            assertEquals(7, cells.length, line);
            for (String cell : cells) {
                assertTrue(Double.isFinite(Double.parseDouble(cell)), line);
            }
        }
    }

    @Test
    void lossPlotAndSampleScattersAreReadablePngs() throws IOException {
        assertPng(run.resolve("losses.png"));
        List<String> samples = new ArrayList<>();
        try (var files = Files.list(run.resolve("samples"))) {
            files.map(file -> file.getFileName().toString()).sorted().forEach(samples::add);
        }
        // step 0 (before training), every sample-every (10) and the last step
        assertEquals(List.of("step-000000.png", "step-000010.png", "step-000020.png"), samples);
        for (String name : samples) {
            assertPng(run.resolve("samples").resolve(name));
        }
    }

    @Test
    void latestCheckpointIsTheLastStep() throws IOException {
        Path checkpoints = run.resolve("checkpoints");
        assertEquals("step-000020", Files.readString(checkpoints.resolve("latest")).trim());
        assertTrue(Files.exists(checkpoints.resolve("step-000010/manifest.properties")));
        assertTrue(Files.exists(checkpoints.resolve("step-000020/manifest.properties")));
        try (var entries = Files.list(checkpoints)) {
            assertEquals(List.of(), entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
                    "no leftovers after a clean run");
        }
    }

    @Test
    void trainingIntoAnExistingRunIsRefusedWithExitFour() throws IOException {
        String history = Files.readString(run.resolve("history.csv"));
        Cli again = Cli.run("train", spec.toString(), "--out", run.toString());
        assertEquals(ExitCode.IO_ERROR, again.exitCode, again.transcript());
        assertEquals("ganforge: " + run + " already holds a run; resume it with 'ganforge resume " + run
                + "' or choose another --out\n", again.err);
        assertEquals(history, Files.readString(run.resolve("history.csv")), "the existing run is untouched");
    }

    @Test
    void sampleWritesOneCsvLineOfTwoNumbersPerSample() throws IOException {
        Path csv = shared.resolve("samples.csv");
        Cli sample = Cli.run("sample", run.toString(), "--count", "50", "--out", csv.toString());
        assertEquals(ExitCode.OK, sample.exitCode, sample.transcript());
        assertEquals("wrote 50 samples of step 20 to " + csv + "\n", sample.out);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(50, lines.size());
        for (String line : lines) {
            String[] cells = line.split(",");
            assertEquals(2, cells.length, line);
            for (String cell : cells) {
                assertTrue(Double.isFinite(Double.parseDouble(cell)), line);
            }
        }
        Path again = shared.resolve("again.csv");
        assertEquals(ExitCode.OK, Cli.run("sample", run.toString(), "--count", "50", "--out", again.toString()).exitCode);
        assertEquals(lines, Files.readAllLines(again), "the same seed gives the same samples");
    }

    @Test
    void resumeMoreContinuesFromTheCheckpointForThatManySteps(@TempDir Path dir) throws IOException {
        Path copy = TinySpecs.copyTree(run, dir.resolve("run"));
        Cli resumed = Cli.run("resume", copy.toString(), "--more", "10");
        assertEquals(ExitCode.OK, resumed.exitCode, resumed.transcript());
        assertEquals("resumed at step 20, trained to step 30; run directory " + copy + "\n", resumed.out);
        assertEquals("step-000030", Files.readString(copy.resolve("checkpoints/latest")).trim());
        assertEquals(LongStream.rangeClosed(1, 30).boxed().toList(), steps(Files.readAllLines(copy.resolve("history.csv"))));
        assertPng(copy.resolve("samples/step-000030.png"));
        String events = String.valueOf(new Yaml().<Map<String, Object>>load(
                Files.readString(copy.resolve("provenance.yaml"))).get("events"));
        assertTrue(events.contains("created") && events.contains("resumed at step 20"), events);
        double before = wallSeconds(run);
        // Recorded to a tenth of a second: ten steps of the tiny ring may add less than that.
        assertTrue(wallSeconds(copy) >= before, "the resumed session's wall time adds to the first's " + before);
    }

    private static double wallSeconds(Path run) throws IOException {
        return ((Number) new Yaml().<Map<String, Object>>load(Files.readString(run.resolve("provenance.yaml")))
                .get("training-wall-seconds")).doubleValue();
    }

    @Test
    void pluginsListsEveryFamilyAndEveryBuiltInPlugin() {
        Cli plugins = Cli.run("plugins");
        assertEquals(ExitCode.OK, plugins.exitCode, plugins.transcript());
        Map<String, TreeSet<String>> listed = new LinkedHashMap<>();
        String family = null;
        for (String line : plugins.out.lines().toList()) {
            if (!line.startsWith(" ")) {
                family = line;
                listed.put(family, new TreeSet<>());
            } else if (line.startsWith("  ") && !line.startsWith("   ")) {
                listed.get(family).add(line.trim().split(" ")[0]);
            }
        }
        Map<String, TreeSet<String>> expected = new TreeMap<>();
        expected.put("loss", new TreeSet<>(List.of("bce", "minimax", "wasserstein", "wasserstein-gp", "hinge", "least-squares")));
        expected.put("optimizer", new TreeSet<>(List.of("adam", "rmsprop", "sgd")));
        expected.put("strategy", new TreeSet<>(List.of("n-critic", "weight-clipping", "label-smoothing", "ema", "linear-decay")));
        expected.put("conditioning", new TreeSet<>(List.of("label-channels", "projection", "auxiliary-classifier")));
        expected.put("dataset", new TreeSet<>(List.of("gaussian-ring", "gaussian-grid", "idx", "fashion-mnist", "mnist",
                "image-folder", "synthetic-shapes", "paired-folders", "unpaired-folders", "aligned-folder", "edges")));
        expected.put("metric", new TreeSet<>(List.of("classifier-fid", "class-accuracy", "translation", "mode-coverage")));
        expected.put("block", new TreeSet<>(List.of("activation", "avg-pool", "batch-norm", "conditional-batch-norm",
                "conv", "conv-transpose",
                "decoder", "dense", "dropout", "encoder", "flatten", "global-avg-pool", "global-sum-pool", "instance-norm",
                "projection", "reflection-pad", "reshape", "residual", "skip", "upsample", "zero-pad")));
        expected.put("recipe", new TreeSet<>(List.of("adversarial", "pix2pix", "cyclegan")));
        TestPlugins.NAMES.forEach((testFamily, name) -> expected.get(testFamily).add(name));
        assertEquals(expected, new TreeMap<>(listed), plugins.out);
        assertTrue(plugins.out.contains("decay"), "parameters are listed too:\n" + plugins.out);
    }

    @Test
    void unknownLossNameExitsThreeWithASuggestion(@TempDir Path dir) {
        Path bad = TinySpecs.write(dir, "bad.yaml", TinySpecs.ring().replace("loss: bce", "loss: bcee"));
        Cli result = Cli.run("train", bad.toString(), "--out", dir.resolve("run").toString());
        assertEquals(ExitCode.INVALID_SPEC, result.exitCode, result.transcript());
        assertTrue(result.err.contains("'bcee'") && result.err.contains("did you mean 'bce'?"), result.err);
        assertFalse(Files.exists(dir.resolve("run/spec.yaml")), "no run was started");
    }

    @Test
    void specWithoutDatasetExitsThreeNamingDataDataset(@TempDir Path dir) {
        String yaml = TinySpecs.ring().replace("  dataset: {type: gaussian-ring, modes: 8, radius: 2, sigma: 0.02}\n", "");
        assertFalse(yaml.contains("dataset"));
        Path bad = TinySpecs.write(dir, "no-data.yaml", yaml);
        Cli result = Cli.run("train", bad.toString(), "--out", dir.resolve("run").toString());
        assertEquals(ExitCode.INVALID_SPEC, result.exitCode, result.transcript());
        assertTrue(result.err.contains("data.dataset"), result.err);
        assertFalse(Files.exists(dir.resolve("run/spec.yaml")), "no run was started");
    }

    @Test
    void engineNotOnTheClassPathExitsThreeAndStartsNoRun(@TempDir Path dir) {
        Path mxnet = TinySpecs.write(dir, "mxnet.yaml", TinySpecs.ring() + "  engine: mxnet\n");
        Cli result = Cli.run("train", mxnet.toString(), "--out", dir.resolve("run").toString());
        assertEquals(ExitCode.INVALID_SPEC, result.exitCode, result.transcript());
        assertTrue(result.err.startsWith("ganforge: engine 'mxnet' (training.engine or --engine) is not available:"
                + " DJL's MXNet engine is not on the class path."), result.err);
        assertFalse(Files.exists(dir.resolve("run")), "no run was started");
    }

    @Test
    void missingDatasetFolderIsASpecProblemAtItsParameterAndLeavesNoRun(@TempDir Path dir) {
        Path missing = dir.resolve("no-mnist-here");
        Path spec = TinySpecs.write(dir, "mnist.yaml", TinySpecs.image("{type: mnist, directory: '" + missing + "'}"));
        Cli result = Cli.run("train", spec.toString(), "--out", dir.resolve("run").toString());
        assertEquals(ExitCode.INVALID_SPEC, result.exitCode, result.transcript());
        assertTrue(result.err.contains(spec + ":2:60: data.dataset.directory: the IDX directory " + missing + " does not exist"),
                result.err);
        assertFalse(Files.exists(dir.resolve("run")), "no run was started");
    }

    @Test
    void datasetOfAnotherShapeExitsThreeNamingDataShape(@TempDir Path dir) {
        Path spec = TinySpecs.write(dir, "ring-as-image.yaml", TinySpecs.image("gaussian-ring"));
        Cli result = Cli.run("train", spec.toString(), "--out", dir.resolve("run").toString());
        assertEquals(ExitCode.INVALID_SPEC, result.exitCode, result.transcript());
        assertEquals("ganforge: data.shape is [1, 8, 8] but gaussian-ring gives points in the plane; set data.shape"
                + " to [2]\n", result.err);
        assertFalse(Files.exists(dir.resolve("run")), "no run was started");
    }

    @Test
    void engineOptionOverridesTheSpecAndIsCheckedByName(@TempDir Path dir) throws IOException {
        Path mxnet = TinySpecs.write(dir, "mxnet.yaml", TinySpecs.ring().replace("steps: 20", "steps: 1") + "  engine: mxnet\n");
        Cli onPyTorch = Cli.run("train", mxnet.toString(), "--engine", "pytorch", "--out", dir.resolve("run").toString());
        assertEquals(ExitCode.OK, onPyTorch.exitCode, onPyTorch.transcript());
        String recorded = Files.readString(dir.resolve("run/spec.yaml"));
        assertFalse(recorded.contains("engine"), "the run records the engine it used, the default:\n" + recorded);

        Cli unknown = Cli.run("train", mxnet.toString(), "--engine", "tensorflow", "--out", dir.resolve("other").toString());
        assertEquals(ExitCode.USAGE, unknown.exitCode, unknown.transcript());
        assertEquals("ganforge train: unknown engine 'tensorflow' for --engine; expected one of: pytorch, mxnet\n",
                unknown.err);
    }

    @Test
    void sampleNeedsNoneOfTheTrainingDataFiles(@TempDir Path dir) throws IOException {
        Path images = TinySpecs.imageFolder(dir);
        Path spec = TinySpecs.write(dir, "folder.yaml",
                TinySpecs.image("{type: image-folder, directory: '" + images + "'}"));
        Path run = dir.resolve("run");
        Cli train = Cli.run("train", spec.toString(), "--out", run.toString());
        assertEquals(ExitCode.OK, train.exitCode, train.transcript());
        try (var files = Files.list(images)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(images);
        Cli sample = Cli.run("sample", run.toString(), "--count", "4", "--out", dir.resolve("grid.png").toString());
        assertEquals(ExitCode.OK, sample.exitCode, sample.transcript());
        assertPng(dir.resolve("grid.png"));
        Cli resume = Cli.run("resume", run.toString(), "--more", "1");
        assertEquals(ExitCode.INVALID_SPEC, resume.exitCode, "training again needs the data: " + resume.transcript());
    }

    private static List<Long> steps(List<String> csvLines) {
        return csvLines.stream().skip(1).map(line -> Long.parseLong(line.split(",")[0])).toList();
    }

    private static void assertPng(Path file) throws IOException {
        assertTrue(Files.exists(file), file + " exists");
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G',
                file + " has the PNG signature");
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, file + " decodes");
        assertTrue(image.getWidth() > 0 && image.getHeight() > 0, file + " has pixels");
    }
}
