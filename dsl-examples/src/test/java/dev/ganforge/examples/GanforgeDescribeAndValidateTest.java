package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.cli.ExitCode;
import dev.ganforge.engine.api.GanDescription;
import dev.ganforge.engine.api.Ganforge;
import dev.ganforge.engine.api.NetworkDescription;
import dev.ganforge.engine.api.NetworkDescription.Block;
import dev.ganforge.engine.api.Validation;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import dev.ganforge.yaml.YamlSpecReader;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Ganforge#describe} and {@link Ganforge#validate}: what {@code ganforge describe} and {@code validate} tell, as data. */
class GanforgeDescribeAndValidateTest {

    @Test
    void describeGivesEachBlocksSettingsShapeAndParametersAndTheTextOfTheCommandLine(@TempDir Path dir) throws IOException {
        Path file = TinySpecs.write(dir, "ring.yaml", TinySpecs.ring());

        GanDescription description = Ganforge.describe(YamlSpecReader.read(file));

        assertEquals("tiny-ring", description.name());
        assertEquals(List.of("generator", "discriminator"),
                description.networks().stream().map(NetworkDescription::role).toList());
        NetworkDescription generator = description.network("generator");
        assertEquals(List.of(2L), generator.input());
        assertEquals(List.of(
                new Block(1, "dense", "16 units relu", List.of(16L), 2 * 16 + 16),
                new Block(2, "dense", "2 units", List.of(2L), 16 * 2 + 2)), generator.blocks());
        assertEquals(2 * 16 + 16 + 16 * 2 + 2, generator.trainableParameters());
        NetworkDescription discriminator = description.network("discriminator");
        assertEquals(List.of(1L), discriminator.output());
        assertEquals(2 * 16 + 16 + 16 + 1, discriminator.trainableParameters());
        assertEquals(generator.trainableParameters() + discriminator.trainableParameters(), description.trainableParameters());

        Cli describe = Cli.run("describe", file.toString());
        assertEquals(ExitCode.OK, describe.exitCode, describe.transcript());
        assertEquals(describe.out, description.text());
    }

    @Test
    void aConditionalNetworkStartsWithItsConditioningAsRowZero() {
        GanSpec spec = YamlSpecReader.read(ConditionalCommandsTest.SPEC.formatted("projection"), "conditional.yaml");

        NetworkDescription generator = Ganforge.describe(spec).network("generator");

        Block conditioning = generator.blocks().get(0);
        assertEquals(0, conditioning.number());
        assertEquals("conditioning", conditioning.kind());
        assertEquals(2 * 3, conditioning.trainableParameters(), "a 2×3 label embedding");
        assertEquals(6 + 7 * 64 + 64, generator.trainableParameters());
        assertEquals(List.of(1L, 8L, 8L), generator.output());
    }

    @Test
    void aRoleTheGanLacksIsRefusedNamingThoseItHas(@TempDir Path dir) {
        GanDescription description = Ganforge.describe(YamlSpecReader.read(TinySpecs.ring(), "ring.yaml"));

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> description.network("critic"));

        assertEquals("the GAN 'tiny-ring' has no network 'critic'; it has [generator, discriminator]", missing.getMessage());
    }

    @Test
    void describeRefusesASpecWithProblemsAtTheirPaths() {
        GanSpec spec = YamlSpecReader.read(TinySpecs.ring().replace("loss: bce", "loss: hinj"), "ring.yaml");

        SpecException refused = assertThrows(SpecException.class, () -> Ganforge.describe(spec));

        assertEquals(List.of("loss"), refused.problems().stream().map(SpecProblem::path).toList());
    }

    @Test
    void aValidSpecHasNoProblemsAndNoWarnings() {
        Validation validation = Ganforge.validate(YamlSpecReader.read(TinySpecs.ring(), "ring.yaml"));

        assertTrue(validation.isValid());
        assertEquals(List.of(), validation.problems());
        assertEquals(List.of(), validation.warnings());
    }

    @Test
    void validateGivesEveryProblemWithItsPathAndInAFileItsLine(@TempDir Path dir) throws IOException {
        String yaml = TinySpecs.ring().replace("loss: bce", "loss: hing").replace("type: adam, lr", "type: adamm, lr");
        Path file = TinySpecs.write(dir, "wrong.yaml", yaml);

        Validation built = Ganforge.validate(YamlSpecReader.read(yaml, "wrong.yaml"));
        Validation read = Ganforge.validate(file);

        assertFalse(built.isValid());
        assertEquals(List.of("generator.optimizer", "discriminator.optimizer", "loss"),
                built.problems().stream().map(SpecProblem::path).toList());
        assertTrue(built.problems().get(2).message().contains("did you mean 'hinge'"), built.problems().toString());
        assertEquals(built.problems().stream().map(SpecProblem::message).toList(),
                read.problems().stream().map(SpecProblem::message).toList());
        SpecProblem loss = read.problems().get(2);
        assertEquals(8, loss.location().line(), loss.toString());
        assertTrue(loss.toString().startsWith(file + ":8:7: loss: unknown loss plugin"), loss.toString());
    }

    @Test
    void validateOfAFileGivesItsSyntaxProblemsAndWarnsOfLikelyMistakes(@TempDir Path dir) throws IOException {
        Path broken = TinySpecs.write(dir, "broken.yaml", TinySpecs.ring().replace("latent:\n  size: 2", "latent:\n  size: two"));
        Path sigmoid = TinySpecs.write(dir, "sigmoid.yaml", TinySpecs.ring()
                .replace("    - dense: {units: 1}\n", "    - dense: {units: 1}\n    - activation: sigmoid\n"));

        Validation syntax = Ganforge.validate(broken);
        Validation warned = Ganforge.validate(sigmoid);

        assertEquals(List.of("latent.size"), syntax.problems().stream().map(SpecProblem::path).toList());
        assertTrue(warned.isValid(), warned.problems().toString());
        assertEquals(List.of("discriminator.blocks[2]"), warned.warnings().stream().map(SpecProblem::path).toList());
        assertThrows(NoSuchFileException.class, () -> Ganforge.validate(dir.resolve("missing.yaml")));
    }
}
