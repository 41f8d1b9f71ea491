package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.cli.ExitCode;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluation as a user meets it: {@code metrics.csv} and {@code report.html} written at the
 * interval, {@code ganforge evaluate} and its exit codes, IDX files from {@code ganforge sample}.
 * Two tiny runs are trained once: the ring with the cheap test metric {@code generated-mean}, and
 * an 8×8 image GAN on the test dataset {@code test-stripes} with {@code classifier-fid}.
 */
class EvaluationCommandsTest {

    @TempDir
    static Path shared;

    private static Path ringRun;
    private static Path imageRun;
    private static Path cache;

    static String ringWithMetric() {
        return TinySpecs.ring().replace("name: tiny-ring", "name: tiny-ring-metric")
                .replace("  checkpoint-every: 10\n", """
                          checkpoint-every: 10
                          evaluate-every: 10
                          metrics: [generated-mean]
                        """);
    }

    static String stripes(Path cache) {
        return """
                name: tiny-stripes
                data:
                  shape: [1, 8, 8]
                  range: [0, 1]
                  dataset: test-stripes
                latent:
                  size: 4
                loss: bce
                generator:
                  optimizer: {type: adam, lr: 1e-3, beta1: 0.5}
                  blocks:
                    - dense: {units: 64, activation: sigmoid}
                    - reshape: {shape: [1, 8, 8]}
                discriminator:
                  optimizer: {type: adam, lr: 1e-3, beta1: 0.5}
                  blocks:
                    - flatten
                    - dense: {units: 1}
                training:
                  batch-size: 16
                  steps: 6
                  seed: 3
                  sample-every: 3
                  checkpoint-every: 3
                  evaluate-every: 3
                  metrics:
                    - {type: classifier-fid, samples: 100, epochs: 1, features: 8, cache: "%s"}
                """.formatted(cache);
    }

    @BeforeAll
    static void trainTwoTinyRuns() {
        ringRun = shared.resolve("ring");
        Cli ring = Cli.run("train", TinySpecs.write(shared, "ring.yaml", ringWithMetric()).toString(), "--out", ringRun.toString());
        assertEquals(ExitCode.OK, ring.exitCode, ring.transcript());
        cache = shared.resolve("cache");
        imageRun = shared.resolve("stripes");
        Cli image = Cli.run("train", TinySpecs.write(shared, "stripes.yaml", stripes(cache)).toString(), "--out",
                imageRun.toString());
        assertEquals(ExitCode.OK, image.exitCode, image.transcript());
    }

    private static List<String> metricsCsv(Path run) throws IOException {
        return Files.readAllLines(run.resolve("metrics.csv"));
    }

    @Test
    void metricsAreWrittenBeforeTrainingAndAtEveryInterval() throws IOException {
        List<String> rows = metricsCsv(ringRun);
        assertEquals("step,mean,spread", rows.get(0));
        assertEquals(List.of("0", "10", "20"), rows.subList(1, rows.size()).stream().map(row -> row.split(",")[0]).toList());
        List<String> image = metricsCsv(imageRun);
        assertEquals("step,fid,classifier-accuracy", image.get(0));
        assertEquals(List.of("0", "3", "6"), image.subList(1, image.size()).stream().map(row -> row.split(",")[0]).toList());
        assertTrue(Files.exists(imageRun.resolve("metrics.png")));
    }

    @Test
    void classifierFidTrainsItsClassifierOnceIntoTheCache() throws IOException {
        try (var files = Files.list(cache)) {
            assertEquals(1, files.count());
        }
        // The classifier is the same at every evaluation, so its accuracy is too.
        List<String> rows = metricsCsv(imageRun);
        assertEquals(1, rows.subList(1, rows.size()).stream().map(row -> row.split(",")[2]).distinct().count(), rows.toString());
    }

    @Test
    void evaluatePrintsTheFiguresOfTheLatestCheckpointAsTrainingRecordedThem() throws IOException {
        Cli evaluate = Cli.run("evaluate", ringRun.toString());
        assertEquals(ExitCode.OK, evaluate.exitCode, evaluate.transcript());
        String[] last = metricsCsv(ringRun).get(3).split(",");
        assertEquals("tiny-ring-metric, step 20\nmean: " + last[1] + "\nspread: " + last[2] + "\n", evaluate.out);
    }

    @Test
    void evaluateTheLatestCheckpointAgainstTheRealDataAsTrainingDid() throws IOException {
        Cli evaluate = Cli.run("evaluate", imageRun.toString());
        assertEquals(ExitCode.OK, evaluate.exitCode, evaluate.transcript());
        List<String> rows = metricsCsv(imageRun);
        String[] last = rows.get(rows.size() - 1).split(",");
        assertEquals("tiny-stripes, step " + last[0] + "\nfid: " + last[1] + "\nclassifier-accuracy: " + last[2] + "\n",
                evaluate.out);
    }

    @Test
    void evaluateStepZeroIsTheUntrainedGeneratorAsAtTheStart() throws IOException {
        Cli evaluate = Cli.run("evaluate", imageRun.toString(), "--step", "0");
        assertEquals(ExitCode.OK, evaluate.exitCode, evaluate.transcript());
        String[] first = metricsCsv(imageRun).get(1).split(",");
        assertEquals("tiny-stripes, step 0\nfid: " + first[1] + "\nclassifier-accuracy: " + first[2] + "\n", evaluate.out);
        assertFalse(evaluate.err.contains("training the classifier"), "the classifier comes from the cache:\n" + evaluate.err);
    }

    @Test
    void evaluateSamplesChangesTheFigures() {
        Cli fewer = Cli.run("evaluate", ringRun.toString(), "--samples", "7");
        assertEquals(ExitCode.OK, fewer.exitCode, fewer.transcript());
        Cli usual = Cli.run("evaluate", ringRun.toString());
        assertFalse(usual.out.equals(fewer.out), usual.out);
    }

    @Test
    void evaluateOfAStepWithoutACheckpointExitsFourListingTheSteps() {
        Cli evaluate = Cli.run("evaluate", ringRun.toString(), "--step", "5");
        assertEquals(ExitCode.IO_ERROR, evaluate.exitCode, evaluate.transcript());
        assertEquals("ganforge: " + ringRun + " has no checkpoint of step 5; it has checkpoints of steps 10, 20"
                + " (and step 0 is the untrained generator)\n", evaluate.err);
    }

    @Test
    void evaluateOfAFolderWithoutARunExitsFour() {
        Cli evaluate = Cli.run("evaluate", shared.resolve("nothing").toString());
        assertEquals(ExitCode.IO_ERROR, evaluate.exitCode, evaluate.transcript());
        assertTrue(evaluate.err.contains("holds no ganforge run"), evaluate.err);
    }

    @Test
    void evaluateOfARunWithoutMetricsExitsTwoUnlessAMetricIsNamed(@TempDir Path dir) {
        Path run = dir.resolve("plain");
        String plain = TinySpecs.ring().replace("steps: 20", "steps: 0");
        assertEquals(ExitCode.OK, Cli.run("train", TinySpecs.write(dir, "plain.yaml", plain).toString(), "--out",
                run.toString()).exitCode);
        Cli refused = Cli.run("evaluate", run.toString());
        assertEquals(ExitCode.USAGE, refused.exitCode, refused.transcript());
        assertEquals("ganforge evaluate: the run's spec names no metric (training.metrics); name one with --metric,"
                + " e.g. --metric classifier-fid (see 'ganforge plugins')\n", refused.err);
        Cli named = Cli.run("evaluate", run.toString(), "--metric", "generated-mean");
        assertEquals(ExitCode.OK, named.exitCode, named.transcript());
        assertTrue(named.out.startsWith("tiny-ring, step 0\nmean: "), named.out);
    }

    @Test
    void evaluateRefusesBadOptionsWithExitTwo() {
        Cli samples = Cli.run("evaluate", ringRun.toString(), "--samples", "1");
        assertEquals(ExitCode.USAGE, samples.exitCode, samples.transcript());
        assertEquals("ganforge evaluate: --samples must be at least 2, found 1\n", samples.err);
        assertEquals(ExitCode.USAGE, Cli.run("evaluate", ringRun.toString(), "--step", "-1").exitCode);
    }

    @Test
    void aMetricThatCannotEvaluateTheDataIsRefusedBeforeAnythingIsCreated(@TempDir Path dir) {
        String refusing = ringWithMetric().replace("metrics: [generated-mean]", "metrics: [{type: generated-mean, refuse: true}]");
        Path run = dir.resolve("refused");
        Cli train = Cli.run("train", TinySpecs.write(dir, "refusing.yaml", refusing).toString(), "--out", run.toString());
        assertEquals(ExitCode.INVALID_SPEC, train.exitCode, train.transcript());
        assertTrue(train.err.contains("training.metrics[0]: generated-mean: refused, as asked (refuse: true)"), train.err);
        assertFalse(Files.exists(run));
    }

    @Test
    void translationScoresAPix2pixRunAndRefusesARunOfOneDomain(@TempDir Path dir) {
        String pix2pix = """
                name: tiny-pix2pix
                data:
                  shape: [1, 16, 16]
                  range: [-1, 1]
                  dataset: {type: edges, images: synthetic-shapes, train-size: 64, test-size: 40}
                recipe: pix2pix
                loss: bce
                generator:
                  optimizer: {type: adam, lr: 2e-4, beta1: 0.5}
                  blocks:
                    - conv: {filters: 8, kernel: 3, padding: 1, activation: relu}
                    - conv: {filters: 1, kernel: 3, padding: 1, activation: tanh}
                discriminator:
                  optimizer: {type: adam, lr: 2e-4, beta1: 0.5}
                  blocks:
                    - conv: {filters: 8, kernel: 4, stride: 2, activation: leaky-relu}
                    - conv: {filters: 1, kernel: 3}
                training:
                  batch-size: 8
                  steps: 2
                  seed: 1
                  checkpoint-every: 2
                  metrics: [{type: translation, epochs: 1, features: 8, cache: "%s"}]
                """.formatted(dir.resolve("cache"));
        Path run = dir.resolve("pix2pix");
        Cli train = Cli.run("train", TinySpecs.write(dir, "pix2pix.yaml", pix2pix).toString(), "--out", run.toString());
        assertEquals(ExitCode.OK, train.exitCode, train.transcript());
        Cli evaluate = Cli.run("evaluate", run.toString());
        assertEquals(ExitCode.OK, evaluate.exitCode, evaluate.transcript());
        List<String> lines = evaluate.out.lines().toList();
        assertEquals("tiny-pix2pix, step 2", lines.get(0));
        assertEquals(List.of("l1", "psnr", "class-rate", "real-class-rate"),
                lines.subList(1, lines.size()).stream().map(line -> line.substring(0, line.indexOf(':'))).toList());
        Cli refused = Cli.run("evaluate", imageRun.toString(), "--metric", "translation");
        assertEquals(ExitCode.INVALID_SPEC, refused.exitCode, refused.transcript());
        assertTrue(refused.err.contains("translation: it scores image-to-image translation, and this dataset has one domain"),
                refused.err);
    }

    @Test
    void classifierFidRefusesUnlabelledDataBeforeTraining(@TempDir Path dir) {
        String ring = ringWithMetric().replace("metrics: [generated-mean]", "metrics: [classifier-fid]");
        Cli train = Cli.run("train", TinySpecs.write(dir, "ring-fid.yaml", ring).toString(), "--out", dir.resolve("r").toString());
        assertEquals(ExitCode.INVALID_SPEC, train.exitCode, train.transcript());
        assertTrue(train.err.contains("training.metrics[0]: classifier-fid: the classifier it measures with needs labelled data"),
                train.err);
    }

    @Test
    void theReportShowsSpecSummaryLossesSamplesAndMetrics() throws IOException {
        String html = Files.readString(imageRun.resolve("report.html"));
        assertTrue(html.contains("<h1>tiny-stripes</h1>"), html);
        assertTrue(html.contains("<img src=\"losses.png\""), html);
        assertTrue(html.contains("<img src=\"metrics.png\""), html);
        for (String step : List.of("000000", "000003", "000006")) {
            assertTrue(html.contains("<img src=\"samples/step-" + step + ".png\""), step + " in\n" + html);
        }
        assertTrue(html.contains("<th>fid</th><th>classifier-accuracy</th>"), html);
        assertEquals(4, html.split("<tr>", -1).length - 1, "a header and three evaluations:\n" + html);
        assertTrue(html.contains("dataset: test-stripes"), "the spec");
        assertTrue(html.contains("generator") && html.contains("trainable"), "the summary");
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing to fetch:\n" + html);
    }

    @Test
    void sampleWritesTheImagesAsIdxBesideTheGrid() throws IOException {
        Path grid = shared.resolve("out").resolve("samples.png");
        Cli sample = Cli.run("sample", imageRun.toString(), "--count", "10", "--out", grid.toString());
        assertEquals(ExitCode.OK, sample.exitCode, sample.transcript());
        Path idx = grid.resolveSibling("samples-images-idx3-ubyte");
        assertEquals("wrote the images as IDX to " + idx + "\nwrote 10 samples of step 6 to " + grid + "\n", sample.out);
        try (DataInputStream in = new DataInputStream(Files.newInputStream(idx))) {
            assertEquals(0x00000803, in.readInt());
            assertArrayEquals(new int[] {10, 8, 8}, new int[] {in.readInt(), in.readInt(), in.readInt()});
            assertEquals(640, in.readAllBytes().length);
        }
        assertFalse(Files.exists(grid.resolveSibling("samples-labels-idx1-ubyte")), "no labels for an unconditional GAN");
    }
}
