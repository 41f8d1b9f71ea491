package dev.ganforge.plugins.recipe;

import dev.ganforge.engine.plugin.ParameterSpec;
import dev.ganforge.engine.plugin.PluginDescriptor;
import dev.ganforge.engine.plugin.PluginFactory;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginModule;
import dev.ganforge.engine.recipe.TrainingRecipe;

/** Registers the image-to-image recipes under their YAML names. */
public final class RecipePlugins extends PluginModule {

    @Override
    protected void configure() {
        register(PluginFactory.<TrainingRecipe>of(PluginDescriptor.of(PluginFamily.RECIPE, Pix2PixRecipe.NAME,
                        "paired image-to-image translation (Isola et al. 2017): the critic judges (input, image)"
                                + " pairs; the generator's loss adds l1-weight x the L1 distance to the true image",
                        ParameterSpec.number("l1-weight", 100, "λ, the weight of the L1 term")),
                parameters -> new Pix2PixRecipe(parameters.number("l1-weight"))));
        register(PluginFactory.<TrainingRecipe>of(PluginDescriptor.of(PluginFamily.RECIPE, CycleGanRecipe.NAME,
                        "unpaired image-to-image translation (Zhu et al. 2017): generators A→B and B→A"
                                + " (generator-ba), critics of B and A (discriminator-a), cycle and identity losses,"
                                + " critics shown a pool of generated images",
                        ParameterSpec.number("cycle-weight", 10, "λ, the weight of the cycle-consistency losses"),
                        ParameterSpec.number("identity-weight", 0.5, "the weight of the identity losses, relative to λ"),
                        ParameterSpec.integer("pool-size", 50, "generated images each critic's pool keeps; 0: none")),
                parameters -> new CycleGanRecipe(parameters.number("cycle-weight"), parameters.number("identity-weight"),
                        parameters.integer("pool-size"))));
    }
}
