package dev.ganforge.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("filters", "kernel", "stride", "batch-size", "output-padding");

    @Test
    void levenshteinCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(0, Suggestions.distance("", ""));
        assertEquals(3, Suggestions.distance("", "pre"));
    }

    @Test
    void suggestsCloseMisspellingsIgnoringCaseAndUnderscores() {
        assertEquals(Optional.of("kernel"), Suggestions.closest("kernal", KEYS));
        assertEquals(Optional.of("batch-size"), Suggestions.closest("batch_size", KEYS));
        assertEquals(Optional.of("batch-size"), Suggestions.closest("batchSize", KEYS));
        assertEquals(Optional.of("output-padding"), Suggestions.closest("outputpadding", KEYS));
    }

    @Test
    void suggestsNothingForUnrelatedWords() {
        assertEquals(Optional.empty(), Suggestions.closest("middle", List.of("pre", "post")));
        assertEquals("; expected one of: pre, post", Suggestions.hint("middle", List.of("pre", "post")));
    }
}
