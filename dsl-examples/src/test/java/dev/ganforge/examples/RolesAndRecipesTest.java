package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ganforge.cli.ExitCode;
import dev.ganforge.dsl.Data;
import dev.ganforge.dsl.Gan;
import dev.ganforge.dsl.Latent;
import dev.ganforge.dsl.Layers;
import dev.ganforge.dsl.Network;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.yaml.YamlSpecReader;
import dev.ganforge.yaml.YamlSpecWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec holds its networks by role and names the recipe that trains them. */
class RolesAndRecipesTest {

    private static final String ENCODER = """
            networks:
              encoder:
                blocks: [dense: {units: 8, activation: relu}, dense: {units: 2}]
            """;

    @TempDir
    Path dir;

    @Test
    void furtherRolesAndTheRecipeReadAsTheDslBuildsThemAndWriteBack() {
        GanSpec read = YamlSpecReader.read(TinySpecs.ring() + ENCODER + "recipe: adversarial\n", "ring.yaml");
        PluginRef adam = PluginRef.of("adam").with("lr", 1e-3).with("beta1", 0.5).with("beta2", 0.9);
        GanSpec built = Gan.named("tiny-ring")
                .setData(Data.shaped(2).optRange(-2.5, 2.5))
                .setLatent(Latent.normal(2))
                .setGenerator(Network.of(Layers.dense(16).optActivation(Activation.relu()), Layers.dense(2))
                        .optOptimizer(adam))
                .setDiscriminator(Network.of(Layers.dense(16).optActivation(Activation.relu()), Layers.dense(1))
                        .optOptimizer(adam))
                .optNetwork("encoder", Network.of(Layers.dense(8).optActivation(Activation.relu()), Layers.dense(2)))
                .optRecipe(PluginRef.of("adversarial"))
                .build();

        assertEquals(List.of("generator", "discriminator", "encoder"), List.copyOf(read.networks().keySet()));
        assertEquals(built.networks(), read.networks());
        assertEquals(PluginRef.of("adversarial"), read.recipe());
        assertEquals(read, YamlSpecReader.read(YamlSpecWriter.write(read), "written.yaml"));
    }

    @Test
    void aRoleTheRecipeDoesNotTrainIsAProblemAtItsPlace() {
        Path spec = TinySpecs.write(dir, "spec.yaml", TinySpecs.ring() + ENCODER);
        Cli validate = Cli.run("validate", spec.toString());
        assertEquals(ExitCode.INVALID_SPEC, validate.exitCode, validate.transcript());
        assertEquals("1 problem in " + spec + ":\n  " + spec + ":27:5: networks.encoder: recipe 'adversarial' trains the"
                + " roles generator, discriminator, not 'encoder'; remove it or choose a recipe that trains it (see"
                + " 'ganforge plugins')\n", validate.err);
    }

    @Test
    void anUnknownRecipeIsAProblemWithTheKnownOnes() {
        Path spec = TinySpecs.write(dir, "spec.yaml", TinySpecs.ring() + "recipe: adversarail\n");
        Cli validate = Cli.run("validate", spec.toString());
        assertEquals(ExitCode.INVALID_SPEC, validate.exitCode, validate.transcript());
        assertEquals("1 problem in " + spec + ":\n  " + spec + ":25:9: recipe: unknown recipe plugin 'adversarail';"
                + " known recipe plugins: adversarial, cyclegan, pix2pix — did you mean 'adversarial'?\n", validate.err);
    }
}
