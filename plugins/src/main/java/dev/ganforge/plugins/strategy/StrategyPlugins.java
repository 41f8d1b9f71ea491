package dev.ganforge.plugins.strategy;

import dev.ganforge.engine.plugin.ParameterSpec;
import dev.ganforge.engine.plugin.PluginDescriptor;
import dev.ganforge.engine.plugin.PluginFactory;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginModule;
import dev.ganforge.engine.train.TrainingStrategy;

/** Registers the training strategies under their YAML names. */
public final class StrategyPlugins extends PluginModule {

    @Override
    protected void configure() {
        register(PluginFactory.<TrainingStrategy>of(PluginDescriptor.of(PluginFamily.STRATEGY, "n-critic",
                        "several critic updates per generator update (WGAN's n_critic)",
                        ParameterSpec.integer("steps", 5, "critic updates per generator update")),
                parameters -> new CriticStepsStrategy(parameters.integer("steps"))));
        register(PluginFactory.<TrainingStrategy>of(PluginDescriptor.of(PluginFamily.STRATEGY, "weight-clipping",
                        "clip every critic weight to [-clip, clip] after each critic update (WGAN)",
                        ParameterSpec.number("clip", 0.01, "the bound c")),
                parameters -> new WeightClippingStrategy(parameters.number("clip"))));
        register(PluginFactory.<TrainingStrategy>of(PluginDescriptor.of(PluginFamily.STRATEGY, "label-smoothing",
                        "one-sided label smoothing: real samples get a target below 1 (Salimans et al. 2016)",
                        ParameterSpec.number("real-label", 0.9, "the target for real samples")),
                parameters -> new LabelSmoothingStrategy(parameters.number("real-label"))));
        register(PluginFactory.<TrainingStrategy>of(PluginDescriptor.of(PluginFamily.STRATEGY, "ema",
                        "sample with an exponential moving average of the generator's weights (Yazici et al. 2019)",
                        ParameterSpec.number("decay", 0.999, "weight of the old average"),
                        ParameterSpec.integer("start", 0, "generator step from which to average; before it, copy")),
                parameters -> new GeneratorAverageStrategy(parameters.number("decay"), parameters.integer("start"))));
        register(PluginFactory.<TrainingStrategy>of(PluginDescriptor.of(PluginFamily.STRATEGY, "linear-decay",
                        "every learning rate constant, then decaying linearly towards 0 by the last step, as CycleGAN"
                                + " and pix2pix train (Zhu et al. 2017)",
                        ParameterSpec.number("start", 0.5, "the share of the steps after which the rates decay")),
                parameters -> new LinearDecayStrategy(parameters.number("start"))));
    }
}
