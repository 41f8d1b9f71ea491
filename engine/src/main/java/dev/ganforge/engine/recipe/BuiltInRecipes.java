package dev.ganforge.engine.recipe;

import dev.ganforge.engine.plugin.PluginDescriptor;
import dev.ganforge.engine.plugin.PluginFactory;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginModule;
import dev.ganforge.engine.plugin.ParameterSpec;

/** Registers the built-in training recipes through the plugin SPI, as a recipe plugin jar would. */
public final class BuiltInRecipes extends PluginModule {

    @Override
    protected void configure() {
        register(PluginFactory.<TrainingRecipe>of(PluginDescriptor.of(PluginFamily.RECIPE, "adversarial",
                        "n critic updates, then one generator update through the frozen critic (Goodfellow et al. 2014)",
                        ParameterSpec.number("class-weight", AdversarialRecipe.DEFAULT_CLASS_WEIGHT,
                                "weight of the cross-entropy of a critic that also classifies (AC-GAN's"
                                        + " auxiliary-classifier conditioning)"),
                        ParameterSpec.bool("fake-class-loss", false, "whether that critic also learns the classes of"
                                + " generated samples (Odena et al.); off, it learns them from real samples only")),
                parameters -> new AdversarialRecipe(parameters.number("class-weight"),
                        parameters.bool("fake-class-loss"))));
    }
}
