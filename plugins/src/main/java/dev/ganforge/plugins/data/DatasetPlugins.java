package dev.ganforge.plugins.data;

import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.plugin.ParameterSpec;
import dev.ganforge.engine.plugin.PluginDescriptor;
import dev.ganforge.engine.plugin.PluginFactory;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginModule;

/** Registers the built-in datasets under their YAML names. */
public final class DatasetPlugins extends PluginModule {

    @Override
    protected void configure() {
        register(PluginFactory.<GanDataset>of(PluginDescriptor.of(PluginFamily.DATASET, "gaussian-ring",
                        "2-D points from Gaussians on a circle: the ring of 8 of the unrolled-GAN and WGAN-GP papers",
                        ParameterSpec.integer("modes", 8, "number of Gaussians"),
                        ParameterSpec.number("radius", 2.0, "radius of the circle"),
                        ParameterSpec.number("sigma", 0.02, "standard deviation of each Gaussian")),
                parameters -> GaussianMixture2d.ring(parameters.integer("modes"), parameters.number("radius"),
                        parameters.number("sigma"))));
        register(PluginFactory.<GanDataset>of(PluginDescriptor.of(PluginFamily.DATASET, "gaussian-grid",
                        "2-D points from a square grid of Gaussians: the 5x5 grid of VEEGAN and PacGAN",
                        ParameterSpec.integer("size", 5, "Gaussians per side"),
                        ParameterSpec.number("spacing", 2.0, "distance between neighbouring centres"),
                        ParameterSpec.number("sigma", 0.05, "standard deviation of each Gaussian")),
                parameters -> GaussianMixture2d.grid(parameters.integer("size"), parameters.number("spacing"),
                        parameters.number("sigma"))));
    }
}
