package dev.ganforge.engine.backend;

import dev.ganforge.spec.TrainingEngine;
import java.util.EnumSet;
import java.util.Set;

/**
 * A feature that some DJL engines have and others lack. ganforge itself needs none of them (its
 * blocks pad by concatenation and its gradient penalties build input gradients from ordinary
 * operations, see docs/engine-notes.md); a plugin that needs one declares it with
 * {@link dev.ganforge.engine.plugin.PluginDescriptor#requires}, and a spec that uses the plugin
 * on an engine without the feature is refused before anything trains.
 */
public enum EngineCapability {
    /** {@code NDArray.pad}: PyTorch only; MXNet throws "Not implemented yet". */
    NDARRAY_PAD("NDArray.pad", EnumSet.of(TrainingEngine.PYTORCH)),
    /**
     * Backpropagation that records its own graph, for gradients of gradients: PyTorch only, and
     * only through its internals ({@code ai.djl.pytorch.jni.JniUtils.backward} with
     * {@code createGraph}); DJL's engine-neutral {@code GradientCollector} has no such option.
     */
    CREATE_GRAPH_BACKWARD("gradients of gradients (backward with create_graph)", EnumSet.of(TrainingEngine.PYTORCH)),
    /**
     * Batch-norm and dropout in either mode whether or not a gradient collector is open: PyTorch
     * only. MXNet runs them in training mode exactly while a collector is open and throws "the
     * mode of batchNorm in MXNet should align with the mode of GradientCollector" otherwise, so
     * there a training-mode forward pass needs a collector ({@link EngineSupport#inTrainingMode})
     * and an inference-mode one has no gradient.
     */
    MODE_INDEPENDENT_OF_COLLECTOR("batch-norm and dropout in training mode without a gradient collector, and in"
            + " inference mode with one", EnumSet.of(TrainingEngine.PYTORCH)),
    /**
     * Batch-norm running variance updated with the unbiased batch variance (Bessel's correction,
     * as PyTorch does): PyTorch only. MXNet updates it with the biased one, smaller by a factor
     * (N − 1)/N for N values per channel, which only small batches notice.
     */
    UNBIASED_RUNNING_VARIANCE("batch-norm running variance with Bessel's correction", EnumSet.of(TrainingEngine.PYTORCH)),
    /**
     * Backpropagation that keeps its graph, so that the same gradient can be computed a second
     * time without running the forward pass again (which would draw new random numbers and update
     * batch-norm statistics twice): PyTorch only, through its internals ({@code
     * ai.djl.pytorch.jni.JniUtils.backward} with {@code keepGraph}). The trainer uses it to
     * recompute a suspect gradient ({@link EngineSupport#backward}).
     */
    KEEP_GRAPH_BACKWARD("backward that keeps its graph (retain_graph)", EnumSet.of(TrainingEngine.PYTORCH));

    private final String description;
    private final Set<TrainingEngine> engines;

    EngineCapability(String description, Set<TrainingEngine> engines) {
        this.description = description;
        this.engines = engines;
    }

    /** What the feature is, for messages, e.g. {@code NDArray.pad}. */
    public String description() {
        return description;
    }

    /** Whether {@code engine} has the feature. */
    public boolean isSupportedBy(TrainingEngine engine) {
        return engines.contains(engine);
    }

    /** The engines that have the feature, for messages, e.g. {@code pytorch} or {@code pytorch or mxnet}. */
    public String engines() {
        return String.join(" or ", engines.stream().sorted().map(TrainingEngine::yamlName).toList());
    }

    /** The name used in listings and messages, e.g. {@code create-graph-backward}. */
    public String displayName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
