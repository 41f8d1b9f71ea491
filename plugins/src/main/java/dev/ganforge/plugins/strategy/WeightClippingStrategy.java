package dev.ganforge.plugins.strategy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import dev.ganforge.engine.compile.StepLocal;
import dev.ganforge.engine.train.TrainingContext;
import dev.ganforge.engine.train.TrainingStrategy;

/**
 * Clips every trainable critic parameter to [−c, c] after each critic update: the original
 * WGAN's crude way of keeping the critic Lipschitz (Arjovsky et al. 2017, c = 0.01).
 */
public final class WeightClippingStrategy implements TrainingStrategy {

    private final float clip;

    /** @param clip the bound c, greater than 0 */
    public WeightClippingStrategy(double clip) {
        if (!(clip > 0)) {
            throw new IllegalArgumentException("the clipping bound must be greater than 0, found " + clip);
        }
        this.clip = (float) clip;
    }

    @Override
    public void afterUpdate(String role, TrainingContext context) {
        if (!context.criticRoles().contains(role)) {
            return;
        }
        try (NDManager scratch = context.manager().newSubManager()) {
            for (Pair<String, Parameter> pair : context.gan().network(role).block().getParameters()) {
                Parameter parameter = pair.getValue();
                if (parameter.requiresGradient()) {
                    NDArray array = parameter.getArray();
                    // Clip a view on the scratch manager: clipping the parameter itself leaves
                    // arrays on the model's manager every update.
                    NDArray clipped = StepLocal.view(array, scratch).clip(-clip, clip);
                    array.set(new NDIndex("..."), clipped);
                }
            }
        }
    }
}
