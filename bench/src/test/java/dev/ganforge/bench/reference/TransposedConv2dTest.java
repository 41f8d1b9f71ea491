package dev.ganforge.bench.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hand-written step's transposed convolution computes a transposed convolution, in both of its
 * formulations (one convolution of all phases when k is a multiple of s, one per phase otherwise):
 * against a direct sum over the definition, full-output pixel i·s + t gets input pixel i through
 * tap t, the output being the window from {@code crop}.
 */
class TransposedConv2dTest {

    private static final int BATCH = 2;
    private static final int CHANNELS = 3;
    private static final int FILTERS = 4;

    @ParameterizedTest(name = "k{0} s{1} crop {2}: {4}² → {3}²")
    @CsvSource({
        "4, 2, 1, 6, 3",     // DCGAN-64's k4/s2
        "4, 1, 0, 4, 1",     // DCGAN-64's first layer
        "4, 2, 0, 8, 3",
        "4, 2, 3, 4, 4",     // a crop past the first phase
        "6, 3, 2, 9, 3",
        "5, 2, 1, 14, 7",    // the seed DCGAN's k5/s2 (Keras "same")
        "5, 2, 2, 10, 5",
        "5, 1, 2, 6, 6",     // the seed DCGAN's stride-1 layers
    })
    void matchesTheDefinition(int kernel, int stride, int crop, int outputLength, int inputLength) {
        Random random = new Random(kernel * 100 + stride * 10 + crop);
        try (NDManager manager = NDManager.newBaseManager()) {
            TransposedConv2d block = new TransposedConv2d(FILTERS, kernel, stride, crop, outputLength, true);
            Shape inputShape = new Shape(BATCH, CHANNELS, inputLength, inputLength);
            block.initialize(manager, DataType.FLOAT32, inputShape);
            float[] input = new float[(int) inputShape.size()];
            for (int i = 0; i < input.length; i++) {
                input[i] = random.nextFloat() - 0.5f;
            }
            // A bias that differs per filter, so that a wrong channel order shows.
            block.getParameters().get("bias").getArray().set(manager.arange(0f, FILTERS).toFloatArray());
            NDArray output = block.forward(new ParameterStore(manager, false), new NDList(manager.create(input, inputShape)),
                    false).singletonOrThrow();
            assertEquals(new Shape(BATCH, FILTERS, outputLength, outputLength), output.getShape());
            float[] weight = block.getParameters().get("weight").getArray().toFloatArray();
            float[] expected = definition(input, weight, kernel, stride, crop, inputLength, outputLength);
            assertArrayEquals(expected, output.toFloatArray(), 1e-5f);
        }
    }

    private static float[] definition(float[] input, float[] weight, int kernel, int stride, int crop, int inputLength,
            int outputLength) {
        float[] out = new float[BATCH * FILTERS * outputLength * outputLength];
        for (int b = 0; b < BATCH; b++) {
            for (int f = 0; f < FILTERS; f++) {
                for (int y = 0; y < outputLength; y++) {
                    for (int x = 0; x < outputLength; x++) {
                        double sum = f;
                        for (int c = 0; c < CHANNELS; c++) {
                            for (int i = 0; i < inputLength; i++) {
                                for (int j = 0; j < inputLength; j++) {
                                    int ty = y + crop - i * stride;
                                    int tx = x + crop - j * stride;
                                    if (ty >= 0 && ty < kernel && tx >= 0 && tx < kernel) {
                                        sum += input[((b * CHANNELS + c) * inputLength + i) * inputLength + j]
                                                * weight[((c * FILTERS + f) * kernel + ty) * kernel + tx];
                                    }
                                }
                            }
                        }
                        out[((b * FILTERS + f) * outputLength + y) * outputLength + x] = (float) sum;
                    }
                }
            }
        }
        return out;
    }
}
