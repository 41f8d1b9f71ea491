package dev.ganforge.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history.csv}: appended row by row, read back when a run resumes, cut back to its checkpoint. */
class LossHistoryTest {

    private static StepRecord record(long step) {
        return AdversarialSteps.step(step, 0.5 * step, 1.25, step == 2 ? 1e-7 : 2, 300.125, 1234.5);
    }

    @Test
    void newHistoryStartsWithTheHeaderAndAppendsOneFormattedRowPerStep(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("history.csv");
        LossHistory history = new LossHistory(csv);
        assertEquals(List.of("step,d_loss,g_loss,d_grad_norm,g_grad_norm,grad_corrections,samples_per_s"), Files.readAllLines(csv));
        history.add(record(1));
        history.add(record(2));
        assertEquals(List.of(
                "step,d_loss,g_loss,d_grad_norm,g_grad_norm,grad_corrections,samples_per_s",
                "1,0.500000,1.25000,2.00000,300.125,0,1234.5",
                "2,1.00000,1.25000,1.00000e-07,300.125,0,1234.5"), Files.readAllLines(csv));
        assertEquals(List.of(record(1), record(2)), history.records());
    }

    @Test
    void aRecipeOfOtherRolesGetsAColumnPerRoleAndReadsBackByTheHeader(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("history.csv");
        LossHistory history = new LossHistory(csv, List.of("generator-ab", "critic-b"));
        StepRecord step = new StepRecord(1, Map.of("generator-ab", 2.0, "critic-b", 0.5),
                Map.of("generator-ab", 3.0, "critic-b", 4.0), 10);
        history.add(step);
        assertEquals(List.of("step,generator-ab_loss,critic-b_loss,generator-ab_grad_norm,critic-b_grad_norm,grad_corrections,samples_per_s",
                "1,2.00000,0.500000,3.00000,4.00000,0,10.0"), Files.readAllLines(csv));
        StepRecord read = new LossHistory(csv).records().get(0);
        assertEquals(List.of("generator-ab", "critic-b"), read.roles());
        assertEquals(0.5, read.loss("critic-b"));
        assertEquals(3.0, read.gradientNorm("generator-ab"));
    }

    @Test
    void historyOfAResumedRunIsReadBackAndAppendedTo(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("history.csv");
        LossHistory first = new LossHistory(csv);
        for (long step = 1; step <= 3; step++) {
            first.add(record(step));
        }
        LossHistory reopened = new LossHistory(csv);
        assertEquals(List.of(record(1), record(2), record(3)), reopened.records(), "values survive the CSV (6 digits, rate 1 decimal)");
        reopened.add(record(4));
        assertEquals(5, Files.readAllLines(csv).size(), "the header is not written again");
        assertEquals(List.of(1L, 2L, 3L, 4L), new LossHistory(csv).records().stream().map(StepRecord::step).toList());
    }

    @Test
    void truncateAfterDropsTheStepsBeyondTheCheckpointInMemoryAndOnDisk(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("history.csv");
        LossHistory crashed = new LossHistory(csv);
        for (long step = 1; step <= 5; step++) {
            crashed.add(record(step));
        }
        // The run crashed at step 5 with its last checkpoint at step 3: resume rewrites 4 and 5.
        LossHistory resumed = new LossHistory(csv);
        resumed.truncateAfter(3);
        assertEquals(List.of(1L, 2L, 3L), resumed.records().stream().map(StepRecord::step).toList());
        StepRecord redone = AdversarialSteps.step(4, 9, 9, 9, 9, 9);
        resumed.add(redone);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertEquals("4,9.00000,9.00000,9.00000,9.00000,0,9.0", lines.get(4));
        assertEquals(List.of(record(1), record(2), record(3), redone), new LossHistory(csv).records());

        resumed.truncateAfter(10);
        assertEquals(List.of(record(1), record(2), record(3), redone), new LossHistory(csv).records(), "nothing beyond 10 to drop");
        resumed.truncateAfter(0);
        assertEquals(List.of("step,d_loss,g_loss,d_grad_norm,g_grad_norm,grad_corrections,samples_per_s"), Files.readAllLines(csv),
                "a run resumed before its first checkpoint starts its history again");
    }

    @Test
    void correctedGradientsAreCountedInTheirOwnColumn(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("history.csv");
        LossHistory history = new LossHistory(csv);
        history.add(record(1).withGradientCorrections(2));
        assertEquals("1,0.500000,1.25000,2.00000,300.125,2,1234.5", Files.readAllLines(csv).get(1));
        assertEquals(2, new LossHistory(csv).records().get(0).gradientCorrections());
    }

    @Test
    void aHistoryWrittenBeforeTheCorrectionsColumnIsReadAsNoneAndGainsTheColumnWhenAppendedTo(@TempDir Path dir)
            throws IOException {
        Path csv = dir.resolve("history.csv");
        List<String> old = List.of("step,d_loss,g_loss,d_grad_norm,g_grad_norm,samples_per_s",
                "1,0.500000,1.25000,2.00000,300.125,1234.5",
                "2,1.00000,1.25000,1.00000e-07,300.125,1234.5");
        Files.write(csv, old);
        LossHistory reopened = new LossHistory(csv);
        assertEquals(List.of(record(1), record(2)), reopened.records());
        assertEquals(old, Files.readAllLines(csv), "reading changes nothing");
        reopened.add(record(3).withGradientCorrections(1));
        assertEquals(List.of("step,d_loss,g_loss,d_grad_norm,g_grad_norm,grad_corrections,samples_per_s",
                "1,0.500000,1.25000,2.00000,300.125,0,1234.5",
                "2,1.00000,1.25000,1.00000e-07,300.125,0,1234.5",
                "3,1.50000,1.25000,2.00000,300.125,1,1234.5"), Files.readAllLines(csv));
    }
}
