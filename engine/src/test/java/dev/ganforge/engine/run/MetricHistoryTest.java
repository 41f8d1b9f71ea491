package dev.ganforge.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricHistoryTest {

    @TempDir
    Path dir;

    private static Map<String, Double> figures(Object... namesAndValues) {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            figures.put((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).doubleValue());
        }
        return figures;
    }

    @Test
    void writesAStepColumnAndOneColumnPerFigure() throws IOException {
        Path csv = dir.resolve("metrics.csv");
        MetricHistory history = new MetricHistory(csv);
        history.add(0, figures("fid", 120.5, "classifier-accuracy", 0.9));
        history.add(100, figures("fid", 30.25, "classifier-accuracy", 0.9, "label-accuracy", 0.75));
        assertEquals("""
                step,fid,classifier-accuracy,label-accuracy
                0,120.500,0.900000,
                100,30.2500,0.900000,0.750000
                """, Files.readString(csv));
    }

    @Test
    void readsItsRowsBackAndTruncatesForAResumedRun() throws IOException {
        Path csv = dir.resolve("metrics.csv");
        MetricHistory history = new MetricHistory(csv);
        for (long step = 0; step <= 30; step += 10) {
            history.add(step, figures("fid", 100 - step));
        }
        MetricHistory reopened = new MetricHistory(csv);
        assertEquals(history.rows(), reopened.rows());
        reopened.truncateAfter(10);
        assertEquals(List.of(0L, 10L), new MetricHistory(csv).rows().stream().map(MetricHistory.Row::step).toList());
        reopened.add(10, figures("fid", 1));
        assertEquals(1.0, new MetricHistory(csv).rows().get(1).figures().get("fid"));
    }

    @Test
    void refusesAFileThatIsNotAMetricsTable() throws IOException {
        Path csv = Files.writeString(dir.resolve("metrics.csv"), "step,fid\n0,abc\n");
        IOException refused = assertThrows(IOException.class, () -> new MetricHistory(csv));
        assertEquals(csv + ":2: not a row of numbers: 0,abc", refused.getMessage());
        Files.writeString(csv, "when,fid\n");
        assertTrue(assertThrows(IOException.class, () -> new MetricHistory(csv)).getMessage().contains("is not a metrics table"));
    }

    @Test
    void plotsOnlyWhenThereAreRows() throws IOException {
        MetricHistory history = new MetricHistory(dir.resolve("metrics.csv"));
        Path png = dir.resolve("metrics.png");
        history.plot(png, "empty");
        assertTrue(Files.notExists(png));
        history.add(0, figures("fid", 3));
        history.plot(png, "one");
        byte[] bytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals("PNG", new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
