package dev.ganforge.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ganforge.spec.PluginRef;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginParametersTest {

    private static final PluginDescriptor FOLDER = PluginDescriptor.of(PluginFamily.DATASET, "folder",
            "Images from a directory",
            ParameterSpec.required("path", ParameterType.STRING, "the directory"),
            ParameterSpec.integer("workers", 2, "loader threads"),
            ParameterSpec.number("scale", 1, "multiplies every pixel"),
            ParameterSpec.bool("shuffle", true, "shuffle every epoch"));

    @Test
    void fillsDefaultsForParametersTheSpecDoesNotSet() {
        PluginParameters parameters = PluginParameters.resolve(FOLDER, PluginRef.of("folder").with("path", "/data"));

        assertEquals("/data", parameters.string("path"));
        assertEquals(2, parameters.integer("workers"));
        assertEquals(1.0, parameters.number("scale"));
        assertEquals(true, parameters.bool("shuffle"));
        assertEquals(Map.of("path", "/data", "workers", 2, "scale", 1.0, "shuffle", true), parameters.asMap());
    }

    @Test
    void readsWholeNumbersFromTheDoublesSpecsCarry() {
        PluginParameters parameters = PluginParameters.resolve(FOLDER,
                PluginRef.of("folder").with("path", "/data").with("workers", 8).with("shuffle", false));

        assertEquals(8, parameters.integer("workers"));
        assertFalse(parameters.bool("shuffle"));
    }

    @Test
    void refusesAFractionForAnInteger() {
        assertProblem("parameter 'workers' of dataset plugin 'folder' must be a whole number, found 2.5",
                PluginRef.of("folder").with("path", "/data").with("workers", 2.5));
    }

    @Test
    void refusesAStringForANumber() {
        assertProblem("parameter 'scale' of dataset plugin 'folder' must be a number, found '2' (a string)",
                PluginRef.of("folder").with("path", "/data").with("scale", "2"));
    }

    @Test
    void refusesANumberForAString() {
        assertProblem("parameter 'path' of dataset plugin 'folder' must be a string, found 3",
                PluginRef.of("folder").with("path", 3));
    }

    @Test
    void unknownParameterSuggestsTheLikeliestMeant() {
        assertProblem("dataset plugin 'folder' has no parameter 'shufle' — did you mean 'shuffle'?",
                PluginRef.of("folder").with("path", "/data").with("shufle", true));
    }

    @Test
    void unknownParameterWithNothingCloseListsTheDeclaredOnes() {
        assertProblem("dataset plugin 'folder' has no parameter 'seed'; its parameters are: path, workers, scale, shuffle",
                PluginRef.of("folder").with("path", "/data").with("seed", 1));
    }

    @Test
    void unknownParameterOfAPluginWithoutParametersSaysSo() {
        PluginDescriptor bce = PluginDescriptor.of(PluginFamily.LOSS, "bce", "Binary cross-entropy");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PluginParameters.resolve(bce, PluginRef.of("bce").with("smoothing", 0.1)));

        assertEquals("loss plugin 'bce' has no parameter 'smoothing'; it takes no parameters", error.getMessage());
    }

    @Test
    void missingRequiredParameterSaysWhatItIs() {
        assertProblem("dataset plugin 'folder' requires parameter 'path' (a string: the directory); set it",
                PluginRef.of("folder"));
    }

    @Test
    void readingAnUndeclaredParameterIsAPluginBug() {
        PluginParameters parameters = PluginParameters.resolve(FOLDER, PluginRef.of("folder").with("path", "/data"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> parameters.number("size"));

        assertEquals("dataset plugin 'folder' reads parameter 'size' but does not declare it; add it to its descriptor",
                error.getMessage());
    }

    @Test
    void readingAParameterAsAnotherTypeIsAPluginBug() {
        PluginParameters parameters = PluginParameters.resolve(FOLDER, PluginRef.of("folder").with("path", "/data"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> parameters.number("workers"));

        assertEquals("dataset plugin 'folder' reads parameter 'workers' as number but declares it as integer",
                error.getMessage());
    }

    private static void assertProblem(String expected, PluginRef ref) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PluginParameters.resolve(FOLDER, ref));
        assertEquals(expected, error.getMessage());
    }
}
