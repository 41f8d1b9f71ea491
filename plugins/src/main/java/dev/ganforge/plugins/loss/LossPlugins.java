package dev.ganforge.plugins.loss;

import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.engine.plugin.ParameterSpec;
import dev.ganforge.engine.plugin.PluginDescriptor;
import dev.ganforge.engine.plugin.PluginFactory;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginModule;
import dev.ganforge.engine.plugin.PluginParameters;
import java.util.function.Function;

/** Registers the adversarial losses under their YAML names. */
public final class LossPlugins extends PluginModule {

    @Override
    protected void configure() {
        register(loss("bce", "binary cross-entropy on logits as the Keras DCGANs train it: G labels its fakes real"
                        + " (non-saturating; Goodfellow et al. 2014)",
                parameters -> new BinaryCrossEntropyLoss(false, parameters.number("real-label")),
                ParameterSpec.number("real-label", 1.0, "the discriminator's target for real samples; 0.9 smooths it")));
        register(loss("minimax", "binary cross-entropy with the original minimax generator loss log(1 - D(G(z)))",
                parameters -> new BinaryCrossEntropyLoss(true, parameters.number("real-label")),
                ParameterSpec.number("real-label", 1.0, "the discriminator's target for real samples; 0.9 smooths it")));
        register(loss("wasserstein", "the Wasserstein critic loss (Arjovsky et al. 2017); pair it with weight"
                + " clipping or a gradient penalty", parameters -> new WassersteinLoss()));
        register(loss("wasserstein-gp", "the Wasserstein loss with the gradient penalty of WGAN-GP"
                        + " (Gulrajani et al. 2017); the critic may not use batch-norm or dropout",
                parameters -> new WassersteinLoss(new GradientPenalty(parameters.number("lambda"))),
                ParameterSpec.number("lambda", 10.0, "weight of the gradient penalty")));
        register(loss("hinge", "the hinge loss of geometric GAN and SNGAN (Lim & Ye 2017; Miyato et al. 2018)",
                parameters -> new HingeLoss()));
        register(loss("least-squares", "the least-squares loss of LSGAN with 0-1 targets (Mao et al. 2017)",
                parameters -> new LeastSquaresLoss()));
    }

    private static PluginFactory<GanLoss> loss(String name, String description,
            Function<PluginParameters, GanLoss> creator,
            ParameterSpec... parameters) {
        return PluginFactory.of(PluginDescriptor.of(PluginFamily.LOSS, name, description, parameters), creator);
    }
}
