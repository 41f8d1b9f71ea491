package dev.ganforge.validate;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" hints: the known word nearest to a misspelt one by edit distance. Shared by the
 * YAML reader and the engine's plugin registry, so both suggest names the same way.
 */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The candidate closest to {@code word}, if it is close enough to be a likely typo: at most
     * one edit for short words, about one edit per three letters for longer ones. Case, and
     * {@code _} versus {@code -}, do not count as edits.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String normalised = normalise(word);
        int allowed = Math.max(1, normalised.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(normalised, normalise(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** " — did you mean 'x'?" or "; expected one of: a, b, c" for a message about {@code word}. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates)
                .map(match -> " — did you mean '" + match + "'?")
                .orElseGet(() -> "; expected one of: " + String.join(", ", candidates));
    }

    /** The Levenshtein distance: insertions, deletions and substitutions, each costing 1. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
