package dev.ganforge.bench.reference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's own transposed convolution, written directly against DJL (whose {@code
 * Conv2dTranspose} does not run on PyTorch). Weight layout (in, out, k, k) as PyTorch's.
 *
 * <p>Formulation: one ordinary stride-1 convolution per output phase. The output pixels at
 * positions ≡ r (mod s) only meet the kernel taps ≡ (r + crop) (mod s), so each of the s×s phases
 * is a small correlation of the (padded) input with its own flipped sub-kernel, computed for
 * exactly the output pixels of that phase; the phases are then stacked and interleaved. No
 * multiply-add is spent on zeros or on cropped border pixels.
 */
final class PhaseTransposedConv2d extends AbstractBlock {

    private final int filters;
    private final int kernel;
    private final int stride;
    private final int crop;
    private final int outputLength;
    private final Parameter weight;
    private final Parameter bias;

    /**
     * @param crop where the output window starts in the full transposed-convolution output (PyTorch's padding)
     * @param outputLength the output's spatial length (a multiple of the stride)
     */
    PhaseTransposedConv2d(int filters, int kernel, int stride, int crop, int outputLength, boolean bias) {
        if (kernel < stride || outputLength % stride != 0) {
            throw new IllegalArgumentException("needs kernel >= stride and an output length divisible by the stride");
        }
        this.filters = filters;
        this.kernel = kernel;
        this.stride = stride;
        this.crop = crop;
        this.outputLength = outputLength;
        this.weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT)
                .optInitializer(new XavierInitializer()).build());
        this.bias = bias ? addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build()) : null;
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        weight.setShape(new Shape(inputShapes[0].get(1), filters, kernel, kernel));
        if (bias != null) {
            bias.setShape(new Shape(filters));
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.head();
        // A view on the step's manager: arrays computed from the parameter itself would stay on
        // the parameter's manager after the step.
        NDArray w = store.getValue(weight, x.getDevice(), training).reshape(-1, filters, kernel, kernel);
        w.attach(x.getManager());
        int length = (int) x.getShape().get(2);
        int phaseOutputs = outputLength / stride;
        Phase[] phases = new Phase[stride];
        int padBefore = 0;
        int padAfter = 0;
        for (int r = 0; r < stride; r++) {
            phases[r] = new Phase(r);
            padBefore = Math.max(padBefore, -phases[r].firstInput);
            padAfter = Math.max(padAfter, phases[r].firstInput + phaseOutputs + phases[r].taps - 2 - (length - 1));
        }
        NDArray padded = padBefore + padAfter == 0 ? x
                : x.pad(new Shape(padBefore, padAfter, padBefore, padAfter), 0);
        List<NDArray> outputs = new ArrayList<>(stride * stride);
        for (Phase row : phases) {
            for (Phase column : phases) {
                NDArray subKernel = w.get("..., {}::{}, {}::{}", row.firstTap, stride, column.firstTap, stride)
                        .flip(2, 3).transpose(1, 0, 2, 3);
                int r0 = row.firstInput + padBefore;
                int c0 = column.firstInput + padBefore;
                NDArray window = padded.get(":, :, {}:{}, {}:{}", r0, r0 + phaseOutputs + row.taps - 1,
                        c0, c0 + phaseOutputs + column.taps - 1);
                outputs.add(Conv2d.conv2d(window, subKernel, null).singletonOrThrow());
            }
        }
        NDArray out;
        if (stride == 1) {
            out = outputs.get(0);
        } else {
            long batch = x.getShape().get(0);
            out = NDArrays.stack(new NDList(outputs), 2)
                    .reshape(batch, filters, stride, stride, phaseOutputs, phaseOutputs)
                    .transpose(0, 1, 4, 2, 5, 3)
                    .reshape(batch, filters, outputLength, outputLength);
        }
        if (bias != null) {
            NDArray b = store.getValue(bias, x.getDevice(), training).reshape(1, filters, 1, 1);
            b.attach(x.getManager());
            out = out.add(b);
        }
        return new NDList(out);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), filters, outputLength, outputLength)};
    }

    /** Output phase r of one axis: its first kernel tap, number of taps and first input position. */
    private final class Phase {
        final int firstTap;
        final int taps;
        final int firstInput;

        Phase(int r) {
            // Output o = i·s + t − crop; phase r meets the taps t ≡ r + crop (mod s).
            firstTap = (r + crop) % stride;
            taps = (kernel - firstTap + stride - 1) / stride;
            // Output q·s + r takes input q + (r + crop − firstTap)/s − j with tap firstTap + j·s;
            // as a correlation with the flipped sub-kernel it starts at the j = taps − 1 input.
            firstInput = (r + crop - firstTap) / stride - (taps - 1);
        }
    }
}
