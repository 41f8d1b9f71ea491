package dev.ganforge.plugins.condition;

import dev.ganforge.engine.condition.Conditioning;
import dev.ganforge.engine.plugin.ParameterSpec;
import dev.ganforge.engine.plugin.PluginDescriptor;
import dev.ganforge.engine.plugin.PluginFactory;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginModule;

/** Registers the class-conditioning methods under their YAML names. */
public final class ConditioningPlugins extends PluginModule {

    @Override
    protected void configure() {
        ParameterSpec embedding = ParameterSpec.integer("embedding", 50,
                "size of the generator's learned label embedding joined to the noise; 0 joins the one-hot label");
        register(PluginFactory.<Conditioning>of(PluginDescriptor.of(PluginFamily.CONDITIONING, "label-channels",
                        "conditional GAN (Mirza & Osindero 2014): a label embedding joined to the noise, and the"
                                + " one-hot label as extra input channels of the discriminator",
                        embedding),
                parameters -> new LabelChannelsConditioning(parameters.integer("embedding"))));
        register(PluginFactory.<Conditioning>of(PluginDescriptor.of(PluginFamily.CONDITIONING, "projection",
                        "projection discriminator (Miyato & Koyama 2018): the score adds the inner product of a"
                                + " class embedding and the critic's features; the generator joins a label embedding"
                                + " to the noise",
                        embedding),
                parameters -> new ProjectionConditioning(parameters.integer("embedding"))));
        register(PluginFactory.<Conditioning>of(PluginDescriptor.of(PluginFamily.CONDITIONING, "auxiliary-classifier",
                        "AC-GAN (Odena et al. 2017): the generator joins a label embedding to the noise; the critic"
                                + " classifies what it scores, and the recipe adds the classifier's cross-entropy"
                                + " (its class-weight) to both losses",
                        embedding),
                parameters -> new AuxiliaryClassifierConditioning(parameters.integer("embedding"))));
    }
}
