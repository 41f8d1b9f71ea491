package dev.ganforge.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The progress line: its format, when it is printed to a log, and how it redraws on a terminal. */
class ProgressReporterTest {

    private static final Pattern LINE = Pattern.compile(
            "step (\\d+)/(\\d+) \\[([=> ]{24})\\] +(\\d+)% d=(-?\\d+\\.\\d{4}) g=(-?\\d+\\.\\d{4}) (\\d+) samples/s ETA (\\S+)");

    private static StepRecord record(long step) {
        return AdversarialSteps.step(step, 0.69315, -1.5, 1, 1, 1000);
    }

    private static List<String> run(long first, long last, boolean terminal) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressReporter reporter = new ProgressReporter(out, first, last, terminal);
        for (long step = first + 1; step <= last; step++) {
            reporter.afterStep(null, record(step));
        }
        return List.of(bytes.toString(StandardCharsets.UTF_8).split("\n", -1));
    }

    @Test
    void logPrintsOneLineEveryTenthOfTheRunAndAtTheLastStep() {
        List<String> lines = run(0, 100, false);
        assertEquals("", lines.get(lines.size() - 1), "every line ends with a newline");
        List<String> printed = lines.subList(0, lines.size() - 1);
        assertEquals(LongStream.rangeClosed(1, 10).map(i -> 10 * i).boxed().toList(), steps(printed));

        List<String> uneven = run(0, 95, false);
        assertEquals(List.of(9L, 18L, 27L, 36L, 45L, 54L, 63L, 72L, 81L, 90L, 95L), steps(uneven.subList(0, uneven.size() - 1)));
    }

    @Test
    void resumedRunCountsTenthsFromWhereItResumed() {
        List<String> lines = run(40, 60, false);
        assertEquals(List.of(42L, 44L, 46L, 48L, 50L, 52L, 54L, 56L, 58L, 60L), steps(lines.subList(0, lines.size() - 1)));
        assertTrue(lines.get(0).startsWith("step 42/60 [==>                     ]  10% "), lines.get(0));
    }

    @Test
    void shortRunPrintsEveryStep() {
        List<String> lines = run(0, 3, false);
        assertEquals(List.of(1L, 2L, 3L), steps(lines.subList(0, lines.size() - 1)));
    }

    @Test
    void lineShowsStepBarPercentLossesRateAndEta() {
        List<String> lines = run(0, 20, false);
        assertTrue(lines.get(4).startsWith("step 10/20 [============>           ]  50% d=0.6932 g=-1.5000 1000 samples/s ETA "),
                lines.get(4));
        assertEquals("step 20/20 [========================] 100% d=0.6932 g=-1.5000 1000 samples/s ETA 0s", lines.get(9));
        for (String line : lines.subList(0, 10)) {
            Matcher matcher = LINE.matcher(line);
            assertTrue(matcher.matches(), line);
            assertTrue(matcher.group(8).matches("\\d+s|\\d+m\\d\\ds|\\d+h\\d\\dm"), line);
        }
    }

    @Test
    void terminalRedrawsInPlaceAndEndsWithANewline() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressReporter reporter = new ProgressReporter(new PrintStream(bytes, true, StandardCharsets.UTF_8), 0, 3, true);
        for (long step = 1; step <= 3; step++) {
            reporter.afterStep(null, record(step));
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        // Step 1 is drawn, step 2 comes too soon after it to be redrawn, the last step always is.
        assertTrue(drawn.startsWith("\rstep 1/3 ["), drawn);
        assertTrue(!drawn.contains("step 2/3"), drawn);
        assertTrue(drawn.endsWith("\rstep 3/3 [========================] 100% d=0.6932 g=-1.5000 1000 samples/s ETA 0s\n"), drawn);
        assertEquals(1, drawn.chars().filter(c -> c == '\n').count(), drawn);
    }

    @Test
    void durationIsSecondsThenMinutesThenHours() {
        assertEquals("0s", ProgressReporter.duration(0));
        assertEquals("0s", ProgressReporter.duration(0.4));
        assertEquals("59s", ProgressReporter.duration(59.4));
        assertEquals("1m00s", ProgressReporter.duration(59.5));
        assertEquals("1m01s", ProgressReporter.duration(61));
        assertEquals("59m59s", ProgressReporter.duration(3599));
        assertEquals("1h00m", ProgressReporter.duration(3600));
        assertEquals("1h01m", ProgressReporter.duration(3661));
        assertEquals("26h03m", ProgressReporter.duration(26 * 3600 + 3 * 60 + 59));
    }

    private static List<Long> steps(List<String> lines) {
        return lines.stream().map(line -> {
            Matcher matcher = LINE.matcher(line);
            assertTrue(matcher.matches(), line);
            return Long.parseLong(matcher.group(1));
        }).toList();
    }
}
