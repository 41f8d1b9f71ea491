package dev.ganforge.plugins.strategy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import dev.ganforge.engine.compile.StepLocal;
import dev.ganforge.engine.train.TrainingContext;
import dev.ganforge.engine.train.TrainingStrategy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An exponential moving average of the generator's weights (Yazıcı et al. 2019), used for
 * samples: θ̄ ← β·θ̄ + (1 − β)·θ after each generator update. Non-trainable values (BatchNorm's
 * running statistics) are copied, not averaged, as in StudioGAN.
 */
public final class GeneratorAverageStrategy implements TrainingStrategy {

    private final float decay;
    private final long start;
    private NDManager owned;
    private final Map<String, NDArray> average = new LinkedHashMap<>();

    /**
     * @param decay β, in [0, 1)
     * @param start the generator step from which averaging starts; before it the average copies
     */
    public GeneratorAverageStrategy(double decay, long start) {
        if (!(decay >= 0 && decay < 1)) {
            throw new IllegalArgumentException("the EMA decay must be in [0, 1), found " + decay);
        }
        this.decay = (float) decay;
        this.start = start;
    }

    @Override
    public void afterStep(TrainingContext context) {
        if (owned == null) {
            owned = context.manager().newSubManager();
        }
        boolean copy = context.step() <= start;
        try (NDManager scratch = context.manager().newSubManager()) {
            for (Pair<String, Parameter> pair : context.gan().network(context.samplingRole()).block().getParameters()) {
                NDArray current = pair.getValue().getArray();
                NDArray shadow = average.get(pair.getKey());
                if (shadow == null) {
                    shadow = owned.create(current.getShape(), current.getDataType());
                    average.put(pair.getKey(), shadow);
                    copy = true;
                }
                // Views on the scratch manager: an operation on the shadow or the parameter itself
                // would leave its result on their long-lived managers.
                NDArray shadowView = StepLocal.view(shadow, scratch);
                NDArray currentView = StepLocal.view(current, scratch);
                NDArray next = copy || !pair.getValue().requiresGradient()
                        ? currentView
                        : shadowView.mul(decay).add(currentView.mul(1 - decay));
                shadow.set(new NDIndex("..."), next);
            }
        }
    }

    @Override
    public Map<String, NDArray> samplingWeights() {
        return average.isEmpty() ? null : average;
    }

    @Override
    public Map<String, NDArray> state(NDManager manager) {
        Map<String, NDArray> copies = new LinkedHashMap<>();
        average.forEach((name, array) -> {
            NDArray copy = manager.create(array.getShape(), array.getDataType());
            copy.set(array.toByteBuffer());
            copies.put(name, copy);
        });
        return copies;
    }

    @Override
    public void loadState(Map<String, NDArray> state, TrainingContext context) {
        if (owned == null) {
            owned = context.manager().newSubManager();
        }
        average.values().forEach(NDArray::close);
        average.clear();
        state.forEach((name, array) -> {
            NDArray copy = owned.create(array.getShape(), array.getDataType());
            copy.set(array.toByteBuffer());
            average.put(name, copy);
        });
    }
}
