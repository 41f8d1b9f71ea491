package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ganforge.cli.ExitCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Likely modelling mistakes are warnings at their place in the file; validate still says ok. */
class ModellingWarningsTest {

    @TempDir
    Path dir;

    @Test
    void sigmoidAtTheEndOfTheDiscriminatorIsAWarningAtItsActivation() {
        Path spec = TinySpecs.write(dir, "spec.yaml", TinySpecs.ring()
                .replace("    - dense: {units: 1}", "    - dense: {units: 1, activation: sigmoid}"));
        Cli validate = Cli.run("validate", spec.toString());
        assertEquals(ExitCode.OK, validate.exitCode, validate.transcript());
        assertEquals("warning: " + spec + ":18:37: discriminator.blocks[1].activation: the discriminator ends in a"
                + " sigmoid, but every loss takes its raw scores (logits) and applies its own squashing; remove the"
                + " sigmoid\n", validate.err);
    }

    @Test
    void generatorActivationThatCannotReachTheDataRangeIsAWarningAtIt() {
        Path spec = TinySpecs.write(dir, "spec.yaml", TinySpecs.ring()
                .replace("    - dense: {units: 2}", "    - dense: {units: 2}\n    - activation: sigmoid"));
        Cli validate = Cli.run("validate", spec.toString());
        assertEquals(ExitCode.OK, validate.exitCode, validate.transcript());
        assertEquals("warning: " + spec + ":14:7: generator.blocks[2]: the generator ends in sigmoid, whose outputs lie"
                + " in [0, 1], but the data's range is [-2.5, 2.5]; set data.range to what the activation reaches, or end"
                + " the generator in another activation\n", validate.err);
    }
}
