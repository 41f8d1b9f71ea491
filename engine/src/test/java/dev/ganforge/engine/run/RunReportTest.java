package dev.ganforge.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ganforge.engine.train.LossHistory;
import dev.ganforge.engine.train.StepRecord;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {

    @TempDir
    Path root;

    private RunDirectory runWithProvenance() throws IOException {
        RunDirectory directory = new RunDirectory(root);
        new LossHistory(directory.history());
        Provenance provenance = Provenance.read(directory.provenance());
        provenance.put("name", "tiny");
        provenance.put("seed", 7);
        provenance.put("engine", "PyTorch 2.7.1");
        provenance.addEvent(Instant.parse("2025-01-02T03:04:05.678Z"), "created on PyTorch 2.7.1");
        provenance.addEvent(Instant.parse("2025-01-03T00:00:00Z"), "resumed at step 10 on PyTorch 2.7.1");
        provenance.setTrainingWallSeconds(754.04);
        provenance.write();
        return directory;
    }

    private static String write(RunDirectory directory) throws IOException {
        RunReport.write(directory, "tiny", 20, "name: tiny\n", "GAN tiny\n", new MetricHistory(directory.metrics()));
        return Files.readString(directory.report());
    }

    @Test
    void theReportHasTheFileModeOfTheRunsOtherFiles() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        RunDirectory directory = runWithProvenance();
        write(directory);
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.history())),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.report())));
    }

    @Test
    void theReportSaysTheWallTimeAndStartAndListsTheProvenance() throws IOException {
        String html = write(runWithProvenance());
        assertTrue(html.contains("<p id=\"progress\">20 generator steps trained in 12m34s of wall time;"
                + " started 2025-01-02 03:04:05 UTC.</p>\n"), html);
        assertTrue(html.contains("""
                <h2>Provenance</h2>
                <dl id="provenance">
                <dt>name</dt><dd>tiny</dd>
                <dt>seed</dt><dd>7</dd>
                <dt>engine</dt><dd>PyTorch 2.7.1</dd>
                <dt>events</dt><dd><ul><li>2025-01-02T03:04:05.678Z created on PyTorch 2.7.1</li>\
                <li>2025-01-03T00:00:00Z resumed at step 10 on PyTorch 2.7.1</li></ul></dd>
                <dt>training-wall-seconds</dt><dd>754.0</dd>
                </dl>
                """), html);
    }

    @Test
    void aRunWithoutProvenanceSaysOnlyItsSteps() throws IOException {
        String html = write(new RunDirectory(root));
        assertTrue(html.contains("<p id=\"progress\">20 generator steps trained.</p>\n"), html);
        assertTrue(html.contains("<h2>Provenance</h2>\n<p class=\"none\">No provenance.yaml.</p>\n"), html);
    }

    @Test
    void theReportListsTheStepsWhoseGradientWasCorrected() throws IOException {
        RunDirectory directory = new RunDirectory(root);
        LossHistory history = new LossHistory(directory.history());
        String clean = write(directory);
        assertTrue(clean.contains("<p id=\"gradient-corrections\">No gradient had to be corrected"), clean);
        for (long step = 1; step <= 30; step++) {
            history.add(new StepRecord(step, Map.of("discriminator", 1.0, "generator", 2.0),
                    Map.of("discriminator", 3.0, "generator", 4.0), 100, step == 12 ? 2 : step == 28 ? 1 : 0));
        }
        String html = write(directory);
        assertTrue(html.contains("<p id=\"gradient-corrections\">3 gradients were wrong and computed again (the second"
                + " result was used): steps 12, 28.</p>"), html);
    }
}
