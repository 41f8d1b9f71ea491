package dev.ganforge.plugins.condition;

import dev.ganforge.engine.condition.Conditioning;
import dev.ganforge.engine.plugin.ParameterSpec;
import dev.ganforge.engine.plugin.PluginDescriptor;
import dev.ganforge.engine.plugin.PluginFactory;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginModule;
import java.util.function.BiFunction;

/** Registers the class-conditioning methods under their YAML names. */
public final class ConditioningPlugins extends PluginModule {

    @Override
    protected void configure() {
        labelEmbeddingMethod("label-channels",
                "conditional GAN (Mirza & Osindero 2014): a label embedding joined to the noise, and the"
                        + " one-hot label as extra input channels of the discriminator",
                LabelChannelsConditioning::new);
        labelEmbeddingMethod("projection",
                "projection discriminator (Miyato & Koyama 2018): the score adds the inner product of a"
                        + " class embedding and the critic's features; the generator joins a label embedding"
                        + " to the noise",
                ProjectionConditioning::new);
        labelEmbeddingMethod("auxiliary-classifier",
                "AC-GAN (Odena et al. 2017): the generator joins a label embedding to the noise; the critic"
                        + " classifies what it scores, and the recipe adds the classifier's cross-entropy"
                        + " (its class-weight) to both losses",
                AuxiliaryClassifierConditioning::new);
    }

    /**
     * Registers a method that joins a label embedding to the noise, with the two parameters every
     * such method declares and reads the same way.
     *
     * @param create the method from its embedding size and whether it joins the label to the noise
     */
    private void labelEmbeddingMethod(String name, String description, BiFunction<Integer, Boolean, Conditioning> create) {
        ParameterSpec embedding = ParameterSpec.integer("embedding", 50,
                "size of the generator's learned label embedding joined to the noise; 0 joins the one-hot label");
        ParameterSpec joinNoise = ParameterSpec.bool(LabelEmbeddingConditioning.JOIN_NOISE, true,
                "join the label to the noise; false when the generator's conditional-batch-norm blocks carry it alone");
        register(PluginFactory.<Conditioning>of(PluginDescriptor.of(PluginFamily.CONDITIONING, name, description,
                        embedding, joinNoise),
                parameters -> create.apply(parameters.integer("embedding"),
                        parameters.bool(LabelEmbeddingConditioning.JOIN_NOISE))));
    }
}
