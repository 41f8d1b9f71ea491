package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.NormalInitializer;

/**
 * Spectral normalisation of a layer's weight (Miyato et al. 2018), as PyTorch's
 * {@code spectral_norm} computes it: the weight, seen as a matrix of its first axis by the rest,
 * is divided by σ = uᵀWv, its largest singular value estimated by power iteration. Each
 * training forward runs one iteration and keeps u and v; inference reuses them.
 *
 * <p>u and v are parameters without gradient, so that checkpoints save them (a resumed run
 * continues the same iteration) and optimisers leave them alone. σ is differentiable in the
 * weight; u and v are constants to autograd, as in PyTorch.
 */
final class SpectralNorm {

    private static final float EPSILON = 1e-12f;

    private final Parameter u;
    private final Parameter v;

    /** @param u a new parameter for the left singular vector, @param v for the right one */
    SpectralNorm(Parameter u, Parameter v) {
        this.u = u;
        this.v = v;
    }

    /** The two parameters a layer adds for spectral normalisation, named for its checkpoints. */
    static Parameter vector(String name) {
        return Parameter.builder()
                .setName(name)
                .setType(Parameter.Type.OTHER)
                .optRequiresGrad(false)
                .optInitializer(new NormalInitializer(1f))
                .build();
    }

    /** Sets the vectors' shapes for a weight of {@code weightShape}. */
    void prepare(Shape weightShape) {
        u.setShape(new Shape(weightShape.get(0)));
        v.setShape(new Shape(weightShape.size() / weightShape.get(0)));
    }

    /**
     * The normalised weight.
     *
     * @param weight the layer's weight, any shape with the output axis first
     * @param iterate whether to run one power iteration first (training) or reuse u and v
     * @param scratch the manager of the forward, which owns every array made here
     */
    NDArray normalise(NDArray weight, boolean iterate, NDManager scratch) {
        Shape shape = weight.getShape();
        NDArray matrix = StepLocal.view(weight, scratch).reshape(shape.get(0), shape.size() / shape.get(0));
        NDArray left = StepLocal.view(u.getArray(), scratch);
        NDArray right = StepLocal.view(v.getArray(), scratch);
        if (iterate) {
            NDArray constant = matrix.stopGradient();
            NDArray nextRight = unit(constant.transpose().matMul(left));
            NDArray nextLeft = unit(constant.matMul(nextRight));
            nextRight.copyTo(v.getArray());
            nextLeft.copyTo(u.getArray());
            left = nextLeft;
            right = nextRight;
        }
        // Normalising again is a no-op after an iteration and makes freshly initialised vectors usable.
        NDArray sigma = unit(left).dot(matrix.matMul(unit(right)));
        return matrix.div(sigma).reshape(shape);
    }

    private static NDArray unit(NDArray vector) {
        return vector.div(vector.norm().add(EPSILON));
    }
}
