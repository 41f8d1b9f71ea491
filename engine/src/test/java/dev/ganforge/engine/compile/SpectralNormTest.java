package dev.ganforge.engine.compile;

import static dev.ganforge.dsl.Layers.conv;
import static dev.ganforge.dsl.Layers.dense;
import static dev.ganforge.dsl.Layers.encoder;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import dev.ganforge.dsl.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spectral normalisation: σ converges to the weight's largest singular value, gradients stay exact. */
class SpectralNormTest {

    static Stream<Arguments> layers() {
        return Stream.of(
                Arguments.of("dense", dense(5).optSpectralNorm(), new Shape(3, 4)),
                Arguments.of("conv k3 s2", conv(3).optKernel(3).optStride(2).optSpectralNorm(), new Shape(2, 2, 6, 6)),
                Arguments.of("encoder no norm", encoder(3).optKernel(3).optNoNorm().optSpectralNorm(), new Shape(2, 2, 6, 6)));
    }

    @Test
    void powerIterationFindsTheLargestSingularValue() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(8);
            Block block = BlockCompiler.compile(dense(6).optSpectralNorm().toBlocks().get(0));
            block.initialize(manager, DataType.FLOAT32, new Shape(2, 4));
            ParameterStore store = new ParameterStore(manager, false);
            NDArray input = manager.randomNormal(new Shape(2, 4));
            for (int i = 0; i < 40; i++) {
                block.forward(store, new NDList(input), true);
            }
            double[][] w = matrix(block.getParameters().get("weight").getArray(), 6, 4);
            double sigma = largestSingularValue(w);
            // The normalised layer is the weight divided by σ: its output is the plain product over σ.
            float[] normalised = block.forward(store, new NDList(input), false).singletonOrThrow().toFloatArray();
            float[] bias = block.getParameters().get("bias").getArray().toFloatArray();
            float[] x = input.toFloatArray();
            for (int n = 0; n < 2; n++) {
                for (int o = 0; o < 6; o++) {
                    double plain = 0;
                    for (int i = 0; i < 4; i++) {
                        plain += w[o][i] * x[n * 4 + i];
                    }
                    assertEquals(plain / sigma + bias[o], normalised[n * 6 + o], 1e-4, "output " + n + "," + o);
                }
            }
        }
    }

    @Test
    void inferenceReusesTheVectorsAndTrainingAdvancesThem() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = BlockCompiler.compile(dense(3).optSpectralNorm().toBlocks().get(0));
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 3));
            ParameterStore store = new ParameterStore(manager, false);
            NDArray input = manager.ones(new Shape(1, 3));
            float[] before = vectors(block);
            block.forward(store, new NDList(input), false);
            assertArrayEquals(before, vectors(block), "inference leaves u and v alone");
            block.forward(store, new NDList(input), true);
            assertFalse(java.util.Arrays.equals(before, vectors(block)), "a training forward iterates");
            Parameter u = block.getParameters().get("weight_u");
            assertFalse(u.requiresGradient(), "u is no trainable parameter");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void inputGradientEqualsAutograd(String name, Layer layer, Shape inputShape) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(5);
            Block block = BlockCompiler.compile(layer.toBlocks().get(0));
            block.initialize(manager, DataType.FLOAT32, inputShape);
            ParameterStore store = new ParameterStore(manager, false);
            NDArray input = manager.randomNormal(inputShape);
            NDArray upstream = manager.randomNormal(block.getOutputShapes(new Shape[] {inputShape})[0]);
            List<float[]> start = vectorValues(block);

            InputGradients.Traced traced = InputGradients.forward(block, store, input, true);
            float[] handBuilt = traced.backward().apply(upstream).toFloatArray();

            restore(block, start); // so that autograd's forward runs the same power iteration
            input.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(block.forward(store, new NDList(input), true).singletonOrThrow().mul(upstream).sum());
            }
            assertArrayEquals(input.getGradient().toFloatArray(), handBuilt, 1e-5f, name);
        }
    }

    private static float[] vectors(Block block) {
        float[] u = block.getParameters().get("weight_u").getArray().toFloatArray();
        float[] v = block.getParameters().get("weight_v").getArray().toFloatArray();
        float[] both = java.util.Arrays.copyOf(u, u.length + v.length);
        System.arraycopy(v, 0, both, u.length, v.length);
        return both;
    }

    private static List<float[]> vectorValues(Block block) {
        List<float[]> values = new ArrayList<>();
        block.getParameters().forEach(pair -> {
            if (pair.getKey().endsWith("weight_u") || pair.getKey().endsWith("weight_v")) {
                values.add(pair.getValue().getArray().toFloatArray());
            }
        });
        return values;
    }

    private static void restore(Block block, List<float[]> values) {
        int[] index = {0};
        block.getParameters().forEach(pair -> {
            if (pair.getKey().endsWith("weight_u") || pair.getKey().endsWith("weight_v")) {
                NDArray array = pair.getValue().getArray();
                array.set(values.get(index[0]++));
            }
        });
    }

    private static double[][] matrix(NDArray array, int rows, int columns) {
        float[] values = array.toFloatArray();
        double[][] m = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                m[r][c] = values[r * columns + c];
            }
        }
        return m;
    }

    /** σ₁ by power iteration on WᵀW in double precision, run to convergence. */
    private static double largestSingularValue(double[][] w) {
        int columns = w[0].length;
        double[] v = new double[columns];
        java.util.Arrays.fill(v, 1);
        double sigma = 0;
        for (int iteration = 0; iteration < 2000; iteration++) {
            double[] wv = new double[w.length];
            for (int r = 0; r < w.length; r++) {
                for (int c = 0; c < columns; c++) {
                    wv[r] += w[r][c] * v[c];
                }
            }
            double[] next = new double[columns];
            for (int c = 0; c < columns; c++) {
                for (int r = 0; r < w.length; r++) {
                    next[c] += w[r][c] * wv[r];
                }
            }
            double norm = Math.sqrt(java.util.Arrays.stream(next).map(x -> x * x).sum());
            for (int c = 0; c < columns; c++) {
                v[c] = next[c] / norm;
            }
            sigma = Math.sqrt(norm);
        }
        return sigma;
    }
}
