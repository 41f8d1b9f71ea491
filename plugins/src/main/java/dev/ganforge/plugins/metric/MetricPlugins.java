package dev.ganforge.plugins.metric;

import dev.ganforge.engine.metric.GanMetric;
import dev.ganforge.engine.plugin.ParameterSpec;
import dev.ganforge.engine.plugin.PluginDescriptor;
import dev.ganforge.engine.plugin.PluginFactory;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginModule;
import dev.ganforge.engine.plugin.PluginParameters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Registers the built-in metrics under their YAML names. */
public final class MetricPlugins extends PluginModule {

    @Override
    protected void configure() {
        register(PluginFactory.<GanMetric>of(PluginDescriptor.of(PluginFamily.METRIC, "classifier-fid",
                        "Frechet distance between generated and real test samples in the features of a small CNN"
                        + " trained (once, cached) on the real training split; also its test accuracy and, for a"
                        + " conditional GAN, how often generated samples are classified as their label",
                        withClassifier(ParameterSpec.integer("samples", 10_000, "generated samples compared with the test split"))),
                parameters -> new ClassifierFid(parameters.integer("samples"), settings(parameters), cache(parameters))));
        register(PluginFactory.<GanMetric>of(PluginDescriptor.of(PluginFamily.METRIC, "class-accuracy",
                        "for a conditional GAN: the share of samples generated for each class that classifier-fid's"
                        + " classifier reads as that class, beside the classifier's own test accuracy",
                        withClassifier(ParameterSpec.integer("samples-per-class", 1000, "samples generated for each class"))),
                parameters -> new ClassAccuracy(parameters.integer("samples-per-class"), settings(parameters),
                        cache(parameters))));
        register(PluginFactory.<GanMetric>of(PluginDescriptor.of(PluginFamily.METRIC, "translation",
                        "For image-to-image runs: translates the test split's inputs and reports the mean L1 distance"
                        + " and the PSNR to the true targets, and for labelled data how often the classifier of"
                        + " classifier-fid reads a translation as its source's class (class-rate) beside the real"
                        + " targets' own rate (real-class-rate)",
                        withClassifier(ParameterSpec.integer("samples", 0, "test pairs translated, the split's first;"
                                + " 0 for all"))),
                parameters -> new TranslationFidelity(parameters.integer("samples"), settings(parameters),
                        cache(parameters))));
        register(PluginFactory.<GanMetric>of(PluginDescriptor.of(PluginFamily.METRIC, "mode-coverage",
                        "for the 2-D Gaussian mixtures (gaussian-ring, gaussian-grid): modes-covered, the modes holding"
                        + " at least a tenth of their fair share of samples within 3 sigma, and high-quality-share,"
                        + " the share of samples within 3 sigma of a mode",
                        ParameterSpec.integer("samples", 2500, "generated points measured")),
                parameters -> new ModeCoverageMetric(parameters.integer("samples"))));
    }

    /** {@code own}, then the parameters of the classifier a metric measures with, shared by the metrics. */
    private static ParameterSpec[] withClassifier(ParameterSpec... own) {
        List<ParameterSpec> all = new ArrayList<>(List.of(own));
        all.addAll(List.of(
                ParameterSpec.integer("features", 128, "width of the classifier's penultimate (feature) layer"),
                ParameterSpec.integer("epochs", 3, "classifier training epochs over the training split"),
                ParameterSpec.integer("batch-size", 128, "classifier training batch size"),
                ParameterSpec.number("lr", 1e-3, "classifier learning rate (Adam)"),
                ParameterSpec.integer("seed", 0, "seed of the classifier's initialisation and data order"),
                ParameterSpec.string("cache", "", "folder of trained classifiers; empty for"
                        + " $GANFORGE_CACHE/classifiers or ~/.cache/ganforge/classifiers")));
        return all.toArray(new ParameterSpec[0]);
    }

    private static FeatureClassifier.Settings settings(PluginParameters parameters) {
        return new FeatureClassifier.Settings(parameters.integer("features"), parameters.integer("epochs"),
                parameters.integer("batch-size"), parameters.number("lr"), parameters.integer("seed"));
    }

    private static ClassifierCache cache(PluginParameters parameters) {
        return parameters.string("cache").isEmpty()
                ? ClassifierCache.standard()
                : new ClassifierCache(Path.of(parameters.string("cache")));
    }
}
