package dev.ganforge.plugins.optim;

import dev.ganforge.engine.optim.AdamOptimizer;
import dev.ganforge.engine.optim.GanOptimizer;
import dev.ganforge.engine.optim.RmsPropOptimizer;
import dev.ganforge.engine.optim.SgdOptimizer;
import dev.ganforge.engine.plugin.ParameterSpec;
import dev.ganforge.engine.plugin.PluginDescriptor;
import dev.ganforge.engine.plugin.PluginFactory;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginModule;

/**
 * Registers Adam, RMSprop and SGD with PyTorch's defaults and semantics ({@code torch.optim}),
 * under Keras-like parameter names ({@code lr}, {@code rho}).
 */
public final class OptimizerPlugins extends PluginModule {

    @Override
    protected void configure() {
        register(PluginFactory.<GanOptimizer>of(PluginDescriptor.of(PluginFamily.OPTIMIZER, "adam",
                        "Adam (Kingma & Ba 2015) as torch.optim.Adam; DCGANs use lr 2e-4, beta1 0.5",
                        ParameterSpec.number("lr", 1e-3, "learning rate"),
                        ParameterSpec.number("beta1", 0.9, "decay of the first-moment average"),
                        ParameterSpec.number("beta2", 0.999, "decay of the second-moment average"),
                        ParameterSpec.number("eps", 1e-8, "added to the denominator for stability"),
                        ParameterSpec.number("weight-decay", 0.0, "L2 penalty added to the gradient")),
                parameters -> AdamOptimizer.builder()
                        .optLearningRate(parameters.number("lr"))
                        .optBeta1(parameters.number("beta1"))
                        .optBeta2(parameters.number("beta2"))
                        .optEpsilon(parameters.number("eps"))
                        .optWeightDecay(parameters.number("weight-decay"))
                        // One native call per parameter instead of about ten; equal to PyTorch's
                        // formula up to float rounding (see AdamOptimizer).
                        .optFusedUpdate(true)
                        .build()));
        register(PluginFactory.<GanOptimizer>of(PluginDescriptor.of(PluginFamily.OPTIMIZER, "rmsprop",
                        "RMSprop as torch.optim.RMSprop (eps outside the square root); WGAN uses lr 5e-5",
                        ParameterSpec.number("lr", 1e-2, "learning rate"),
                        ParameterSpec.number("rho", 0.99, "decay of the squared-gradient average (torch's alpha)"),
                        ParameterSpec.number("eps", 1e-8, "added to the denominator for stability"),
                        ParameterSpec.number("momentum", 0.0, "momentum factor"),
                        ParameterSpec.bool("centered", false, "normalise by the gradient's variance instead"),
                        ParameterSpec.number("weight-decay", 0.0, "L2 penalty added to the gradient")),
                parameters -> RmsPropOptimizer.builder()
                        .optLearningRate(parameters.number("lr"))
                        .optRho(parameters.number("rho"))
                        .optEpsilon(parameters.number("eps"))
                        .optMomentum(parameters.number("momentum"))
                        .optCentered(parameters.bool("centered"))
                        .optWeightDecay(parameters.number("weight-decay"))
                        .build()));
        register(PluginFactory.<GanOptimizer>of(PluginDescriptor.of(PluginFamily.OPTIMIZER, "sgd",
                        "stochastic gradient descent as torch.optim.SGD",
                        ParameterSpec.number("lr", 1e-3, "learning rate"),
                        ParameterSpec.number("momentum", 0.0, "momentum factor"),
                        ParameterSpec.bool("nesterov", false, "Nesterov momentum"),
                        ParameterSpec.number("weight-decay", 0.0, "L2 penalty added to the gradient")),
                parameters -> SgdOptimizer.builder()
                        .optLearningRate(parameters.number("lr"))
                        .optMomentum(parameters.number("momentum"))
                        .optNesterov(parameters.bool("nesterov"))
                        .optWeightDecay(parameters.number("weight-decay"))
                        .build()));
    }
}
