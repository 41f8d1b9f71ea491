package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutants of the example specs (lines deleted, duplicated or swapped, characters, numbers,
 * types and indentation changed), each run through {@code ganforge validate}: every one must be
 * accepted, or refused with exit code 3 and problems located as {@code file:line:column}; none may
 * end in an internal error or another exit code.
 *
 * <p>The suite runs {@value #DEFAULT_MUTANTS} mutants; {@code bench/yaml-mutation-campaign.sh}
 * runs this test with {@code -Dganforge.yaml-mutants=N} (and {@code -Dganforge.yaml-mutation-seed})
 * for a larger campaign, whose summary it prints.
 */
class YamlMutationTest {

    private static final int DEFAULT_MUTANTS = 300;
    private static final Path EXAMPLES = Path.of("yaml");

    /** Characters a typo or a bad paste puts in a YAML file: its syntax, blanks, and a few that are not ASCII. */
    private static final String CHARACTERS = ":-{}[],#&*!|>'\"%@` \t0123456789aeZ.?é\u00a0\u2028\uFEFF\\";
    /** Values a wrong edit puts where a number or a word was. */
    private static final String[] VALUES = {"0", "-1", "1e309", "-0.0", "3.5", "99999999999999999999", ".nan", ".inf",
        "0x1F", "1_000", "null", "~", "true", "no", "[]", "{}", "[1, 2]", "{a: 1}", "''", "\"x\"", "abc", "*anchor",
        "&anchor 1", "!!binary aGk=", "!!int x", "2026-12-07", "- 1", "? x", ">", "|"};

    @Test
    void everyMutantIsAcceptedOrRefusedWithLocatedProblems(@TempDir Path dir) throws IOException {
        int count = Integer.getInteger("ganforge.yaml-mutants", DEFAULT_MUTANTS);
        long seed = Long.getLong("ganforge.yaml-mutation-seed", 19);
        List<Path> examples = examples();
        Random random = new Random(seed);
        int accepted = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Path example = examples.get(random.nextInt(examples.size()));
            List<String> lines = new ArrayList<>(Files.readAllLines(example, StandardCharsets.UTF_8));
            List<String> applied = new ArrayList<>();
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                applied.add(mutate(lines, random));
            }
            Path mutant = dir.resolve(String.format(Locale.ROOT, "mutant-%05d.yaml", i));
            byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(10) == 0) {
                // A byte of another encoding, or a file cut off while it was written.
                int at = random.nextInt(bytes.length);
                if (random.nextBoolean()) {
                    bytes[at] = (byte) (0x80 + random.nextInt(0x80));
                    applied.add("byte " + at + " set to 0x" + Integer.toHexString(bytes[at] & 0xff));
                } else {
                    bytes = Arrays.copyOf(bytes, at);
                    applied.add("cut off after byte " + at);
                }
            }
            Files.write(mutant, bytes);
            Cli validate = Cli.run("validate", mutant.toString());
            String problem = judge(validate, mutant.toString());
            if (problem == null) {
                if (validate.exitCode == ExitCode.OK) {
                    accepted++;
                } else {
                    refused++;
                }
                Files.delete(mutant);
            } else if (failures.size() < 20) {
                failures.add(mutant.getFileName() + " (" + example.getFileName() + ": " + String.join("; ", applied) + "): "
                        + problem + "\n" + validate.transcript());
            } else {
                failures.add(mutant.getFileName().toString());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "YAML mutation summary: seed %d, %d mutants of %d examples: %d accepted, %d refused"
                + " with located problems, %d failures; %.1f s (%.1f ms per mutant)%n", seed, count, examples.size(),
                accepted, refused, failures.size(), seconds, 1000 * seconds / count);
        assertTrue(failures.isEmpty(), failures.size() + " mutants were neither accepted nor refused with located"
                + " problems:\n" + String.join("\n\n", failures));
    }

    /** Why the outcome is neither an acceptance nor a located refusal, or {@code null} if it is one of them. */
    static String judge(Cli validate, String file) {
        String output = validate.out + validate.err;
        if (output.contains("internal error") || output.contains("Exception") || output.contains("\tat ")) {
            return "an exception escaped";
        }
        if (validate.exitCode == ExitCode.OK) {
            return validate.out.contains(file + ": ok") ? null : "exit 0 without 'ok'";
        }
        if (validate.exitCode != ExitCode.INVALID_SPEC) {
            return "exit code " + validate.exitCode;
        }
        Pattern located = Pattern.compile("^\\s*" + Pattern.quote(file) + ":(\\d+):(\\d+): \\S.*");
        int problems = 0;
        for (String line : validate.err.split("\n")) {
            if (line.isBlank() || line.startsWith("warning: ") || line.matches("\\d+ problems? in .*:")) {
                continue;
            }
            Matcher matcher = located.matcher(line);
            if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1 || Integer.parseInt(matcher.group(2)) < 1) {
                return "a problem without file:line:column: " + line;
            }
            problems++;
        }
        return problems > 0 ? null : "exit 3 without a located problem";
    }

    /** Applies one random mutation to {@code lines} and says which. */
    static String mutate(List<String> lines, Random random) {
        if (lines.isEmpty()) {
            lines.add("x");
            return "added a line to an empty file";
        }
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        switch (random.nextInt(9)) {
            case 0 -> {
                lines.remove(at);
                return "deleted line " + (at + 1);
            }
            case 1 -> {
                lines.add(at, line);
                return "duplicated line " + (at + 1);
            }
            case 2 -> {
                int other = random.nextInt(lines.size());
                lines.set(at, lines.get(other));
                lines.set(other, line);
                return "swapped lines " + (at + 1) + " and " + (other + 1);
            }
            case 3 -> {
                int column = random.nextInt(line.length() + 1);
                char character = CHARACTERS.charAt(random.nextInt(CHARACTERS.length()));
                boolean replace = column < line.length() && random.nextBoolean();
                lines.set(at, line.substring(0, column) + character + line.substring(replace ? column + 1 : column));
                return (replace ? "replaced" : "inserted") + " a character at " + (at + 1) + ":" + (column + 1);
            }
            case 4 -> {
                if (column(line) < line.length()) {
                    int column = column(line) + random.nextInt(line.length() - column(line));
                    lines.set(at, line.substring(0, column) + line.substring(column + 1));
                    return "deleted a character at " + (at + 1) + ":" + (column + 1);
                }
                lines.remove(at);
                return "deleted blank line " + (at + 1);
            }
            case 5 -> {
                Matcher number = Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?").matcher(line);
                List<int[]> spans = new ArrayList<>();
                while (number.find()) {
                    spans.add(new int[] {number.start(), number.end()});
                }
                if (spans.isEmpty()) {
                    return mutate(lines, random);
                }
                int[] span = spans.get(random.nextInt(spans.size()));
                String value = random.nextBoolean() ? VALUES[random.nextInt(VALUES.length)]
                        : Long.toString(random.nextLong() % 100_000);
                lines.set(at, line.substring(0, span[0]) + value + line.substring(span[1]));
                return "changed the number at " + (at + 1) + ":" + (span[0] + 1) + " to " + value;
            }
            case 6 -> {
                int colon = line.indexOf(": ");
                if (colon < 0) {
                    return mutate(lines, random);
                }
                String value = VALUES[random.nextInt(VALUES.length)];
                lines.set(at, line.substring(0, colon + 2) + value);
                return "changed the value at " + (at + 1) + " to " + value;
            }
            case 7 -> {
                // A block or a value moved into another place, as a careless cut and paste does.
                int length = 1 + random.nextInt(Math.min(6, lines.size() - at));
                List<String> block = new ArrayList<>(lines.subList(at, at + length));
                lines.subList(at, at + length).clear();
                int to = random.nextInt(lines.size() + 1);
                lines.addAll(to, block);
                return "moved lines " + (at + 1) + "-" + (at + length) + " to before line " + (to + 1);
            }
            default -> {
                int indent = column(line);
                int change = Arrays.asList(-2, -1, 1, 2, 4).get(random.nextInt(5));
                int now = Math.max(0, indent + change);
                String prefix = random.nextInt(10) == 0 ? "\t" : " ".repeat(now);
                lines.set(at, prefix + line.substring(indent));
                return "indented line " + (at + 1) + " to " + (prefix.equals("\t") ? "a tab" : now + " spaces");
            }
        }
    }

    private static int column(String line) {
        int column = 0;
        while (column < line.length() && line.charAt(column) == ' ') {
            column++;
        }
        return column;
    }

    private static List<Path> examples() throws IOException {
        List<Path> examples = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(EXAMPLES, "*.yaml")) {
            files.forEach(examples::add);
        }
        examples.sort(null);
        assertTrue(examples.size() >= 10, "the examples in " + EXAMPLES.toAbsolutePath());
        return examples;
    }
}
