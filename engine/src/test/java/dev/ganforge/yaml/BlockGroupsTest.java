package dev.ganforge.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.SpecException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Named, reusable block groups: defined once under {@code groups}, used as blocks with parameters. */
class BlockGroupsTest {

    private static final String HEAD = """
            name: g
            data: {shape: [2]}
            latent: {size: 4}
            groups:
              hidden:
                parameters: {units: 8, activation: relu}
                blocks: [dense: {units: $units, activation: $activation}, dropout: 0.1]
              needs-width:
                parameters: {units: ~}
                blocks: [dense: {units: $units}]
              loop:
                blocks: [flatten, loop]
            """;

    private static GanSpec read(String generator) {
        return YamlSpecReader.read(HEAD + "generator:\n  blocks: " + generator
                + "\ndiscriminator:\n  blocks: [dense: {units: 1}]\n", "g.yaml");
    }

    private static List<String> problems(String generator) {
        SpecException error = assertThrows(SpecException.class, () -> read(generator));
        return error.problems().stream().map(Object::toString).toList();
    }

    @Test
    void aUseStandsForTheGroupsBlocksWithItsParametersBound() {
        assertEquals(read("[dense: {units: 16, activation: tanh}, dropout: 0.1, dense: {units: 8, activation: relu},"
                        + " dropout: 0.1, dense: {units: 2}]").generator(),
                read("[hidden: {units: 16, activation: tanh}, hidden, dense: {units: 2}]").generator());
    }

    @Test
    void aBadValueBoundIntoAGroupIsReportedAtTheUsesValue() {
        assertEquals(List.of("g.yaml:14:28: generator.blocks[0].units: must be a positive whole number, found -3"),
                problems("[hidden: {units: -3}, dense: {units: 2}]"));
    }

    @Test
    void aUseWithAnUnknownParameterSaysWhichItHas() {
        assertEquals(List.of(
                "g.yaml:14:12: generator.blocks[0]: group 'needs-width' needs units; write e.g. - needs-width:"
                        + " {units: ...}",
                "g.yaml:14:26: generator.blocks[0].widht: unknown key 'widht' in group 'needs-width'; the keys are: units"),
                problems("[needs-width: {widht: 2}, dense: {units: 2}]"));
    }

    @Test
    void aRequiredParameterMustBeSet() {
        assertEquals(List.of("g.yaml:14:12: generator.blocks[0]: group 'needs-width' needs units; write e.g."
                + " - needs-width: {units: ...}"), problems("[needs-width, dense: {units: 2}]"));
    }

    @Test
    void aGroupThatUsesItselfIsStopped() {
        assertEquals(List.of("g.yaml:12:23: generator.blocks[1]: group 'loop' uses itself (through loop → loop); a"
                + " group may not, directly or not"), problems("[loop, dense: {units: 2}]"));
    }
}
