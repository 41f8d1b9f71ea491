package dev.ganforge.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import dev.ganforge.bench.reference.ConvolutionShape;
import dev.ganforge.bench.reference.ReferenceGan;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.Locale;

/**
 * The fastest a training step could be if it did nothing but its convolutions, each as fast as
 * libtorch runs it alone: every convolution of a network timed in isolation at batch 64 (best of
 * several runs), summed with the step's nominal counts, and set against the SGEMM peak measured in
 * the same JVM. It bounds what any formulation of the step around libtorch's kernels can reach.
 *
 * <p>Each convolution is counted with exactly the passes a step needs (one discriminator update on
 * a real and a fake batch, then one generator update through the frozen discriminator):
 * <ul>
 *   <li>a discriminator convolution: three forward passes; the weight gradient twice (real, fake);
 *       the input gradient three times, except that the first layer's is needed only once (for the
 *       generator's update);</li>
 *   <li>a generator convolution, transposed: two forward passes, one weight gradient and one input
 *       gradient (none for the first layer, whose input is the latent vector). It is timed as the
 *       ordinary convolution it is the adjoint of: its forward pass is that convolution's input
 *       gradient, its input gradient that convolution's forward pass.</li>
 * </ul>
 * Dense layers, batch norm, activations, the loss and the optimiser count as free, so the bound is
 * optimistic; a formulation with faster kernels for some pass (ganforge runs k4/s2 transposed
 * convolutions as stride-1 convolutions of their phases) can beat it by that much.
 *
 * <p>Each convolution is timed three ways: with arrays in PyTorch's default layout (NCHW); in the
 * channels-last layout (NHWC strides), which oneDNN runs without converting; and as the matrix
 * products an im2col formulation would multiply (forward: (B·out², in·k²) × (in·k², filters); input
 * gradient: (B·out², filters) × (filters, in·k²); weight gradient: (filters, B·out²) × (B·out², in·k²)),
 * with the gathering into columns and its adjoint counted as free; and as the same products with one
 * copy of the columns matrix added to the forward pass and the input gradient, about the least a
 * gather (im2col) or a scatter (col2im) can cost, since each writes or reads every column once (a
 * copy also reads what it writes, so this errs a little against the gather). The last two bound any
 * formulation that hands the convolutions to the matrix kernels instead of oneDNN's.
 *
 * <p>The bound is given two ways. Against the best SGEMM rate of the whole run, as the performance
 * benchmark reports a step. And against the SGEMM rate measured around each pass (one matrix product
 * just before its runs, one just after, the better of the two): on a shared machine whose speed
 * moves from minute to minute, that ratio does not depend on when the peak happened to be measured.
 * A pass's time is then counted as the work the local peak would have done in it, and the bound is
 * the step's nominal FLOPs over the sum of that work.
 *
 * <p>Usage: {@code ConvolutionCeiling RUNS [SPEC-NAME ...]} (default: both seed networks).
 */
public final class ConvolutionCeiling {

    private static final int BATCH = 64;

    /** How a convolution's passes are run. */
    private enum Formulation {
        NCHW("NCHW"), CHANNELS_LAST("channels-last"), MATRIX_PRODUCTS("matrix products"),
        IM2COL("matrix products with a copy of the columns");

        final String label;

        Formulation(String label) {
            this.label = label;
        }
    }

    /** Which operand of a matrix product is an im2col formulation's columns matrix, to be copied once. */
    private enum Columns { NONE, LEFT, PRODUCT }

    private ConvolutionCeiling() {}

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        List<String> networks = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("seed-000-mnist-dcgan", "dcgan-64");
        PerformanceBenchmark.SgemmPeak peak = new PerformanceBenchmark.SgemmPeak();
        peak.measure(8);
        System.out.printf(Locale.ROOT, "engine %s %s, %s intra-op threads, ONEDNN_MAX_CPU_ISA=%s, batch %d, best of %d runs%n",
                Engine.getInstance().getEngineName(), Engine.getInstance().getVersion(),
                System.getProperty("ai.djl.pytorch.num_threads", "default"),
                System.getenv().getOrDefault("ONEDNN_MAX_CPU_ISA", "unset"), BATCH, runs);
        try (NDManager manager = NDManager.newBaseManager()) {
            for (String network : networks) {
                try (ReferenceGan gan = PerformanceBenchmark.reference(network).apply(BATCH)) {
                    ceiling(network, gan, manager, runs, peak);
                }
            }
        }
    }

    private static void ceiling(String network, ReferenceGan gan, NDManager manager, int runs, PerformanceBenchmark.SgemmPeak peak) {
        double stepFlops = 2.0 * BATCH * gan.stepMacs();
        Formulation[] formulations = Formulation.values();
        System.out.printf(Locale.ROOT, "%n%s: %.1f GFLOP per step%n", network, stepFlops / 1e9);
        StringBuilder header = new StringBuilder("| convolution | of | M multiply-adds per image |");
        for (Formulation formulation : formulations) {
            header.append(' ').append(formulation.label).append(": forward, input gradient, weight gradient (GFLOP/s) |");
        }
        System.out.println(header.append(" SGEMM around these passes (GFLOP/s) |"));
        System.out.println("|---|---|---|" + "---|".repeat(formulations.length + 1));
        double[] stepSeconds = new double[formulations.length];
        double[] stepWork = new double[formulations.length];
        for (int role = 0; role < 2; role++) {
            boolean generator = role == 0;
            List<ConvolutionShape> convolutions = generator ? gan.generatorConvolutions() : gan.discriminatorConvolutions();
            for (int i = 0; i < convolutions.size(); i++) {
                ConvolutionShape c = convolutions.get(i);
                boolean first = i == 0;
                int forwards = generator ? (first ? 0 : 1) : 3;
                int inputGradients = generator ? 2 : (first ? 1 : 3);
                int weightGradients = generator ? 1 : 2;
                double flops = 2.0 * BATCH * c.macs();
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %.1f |", c,
                        generator ? "G" : "D", c.macs() / 1e6));
                double slowestPeak = Double.MAX_VALUE;
                double fastestPeak = 0;
                for (Formulation formulation : formulations) {
                    Timing t = Timing.of(formulation, c, manager, runs, peak);
                    stepSeconds[formulation.ordinal()] += forwards * t.forward().seconds()
                            + inputGradients * t.inputGradient().seconds() + weightGradients * t.weightGradient().seconds();
                    stepWork[formulation.ordinal()] += forwards * t.forward().work()
                            + inputGradients * t.inputGradient().work() + weightGradients * t.weightGradient().work();
                    row.append(String.format(Locale.ROOT, " %.0f, %.0f, %.0f |", flops / t.forward().seconds() / 1e9,
                            flops / t.inputGradient().seconds() / 1e9, flops / t.weightGradient().seconds() / 1e9));
                    slowestPeak = Math.min(slowestPeak, t.slowestPeak());
                    fastestPeak = Math.max(fastestPeak, t.fastestPeak());
                }
                System.out.println(row.append(String.format(Locale.ROOT, " %.0f-%.0f |", slowestPeak, fastestPeak)));
            }
        }
        for (Formulation formulation : formulations) {
            int f = formulation.ordinal();
            double rate = stepFlops / stepSeconds[f] / 1e9;
            System.out.printf(Locale.ROOT, "ceiling, %s: convolutions alone %.0f ms per step, %.1f GFLOP/s, %.0f %% of the run's SGEMM peak "
                            + "(%.1f GFLOP/s), %.0f %% of the SGEMM rate measured around each pass%n",
                    formulation.label, stepSeconds[f] * 1e3, rate, 100 * rate / peak.best(), peak.best(), 100 * stepFlops / stepWork[f]);
        }
    }

    /**
     * A pass's best time, and the SGEMM rate (GFLOP/s) around it: the better of the matrix products
     * timed just before and just after its runs.
     */
    private record Pass(double seconds, double localPeak) {

        /** The FLOPs the local SGEMM peak does in this pass's time. */
        double work() {
            return seconds * localPeak * 1e9;
        }

        /** This pass less another that it includes (a gradient: a forward pass with it, less the forward pass). */
        Pass less(Pass included) {
            double difference = Math.max(seconds - included.seconds, 1e-9);
            return new Pass(difference, Math.max(work() - included.work(), 1.0) / difference / 1e9);
        }

        static Pass timed(DoubleSupplier bestSeconds, PerformanceBenchmark.SgemmPeak peak) {
            double before = peak.measureNow(1);
            double seconds = bestSeconds.getAsDouble();
            return new Pass(seconds, Math.max(before, peak.measureNow(1)));
        }
    }

    /** A convolution's forward pass, input gradient and weight gradient, and the range of SGEMM rates around them. */
    private record Timing(Pass forward, Pass inputGradient, Pass weightGradient, double slowestPeak, double fastestPeak) {

        static Timing of(Formulation formulation, ConvolutionShape c, NDManager manager, int runs, PerformanceBenchmark.SgemmPeak peak) {
            if (formulation == Formulation.MATRIX_PRODUCTS || formulation == Formulation.IM2COL) {
                long rows = (long) BATCH * c.outputSize() * c.outputSize();
                long columns = (long) c.channels() * c.kernel() * c.kernel();
                boolean copy = formulation == Formulation.IM2COL;
                // The forward pass multiplies the gathered columns; the input gradient's product is the
                // columns' gradient, to be scattered; the weight gradient reuses the forward pass's columns.
                Columns gathered = copy ? Columns.LEFT : Columns.NONE;
                Columns scattered = copy ? Columns.PRODUCT : Columns.NONE;
                return measured(Pass.timed(() -> bestProduct(manager, runs, rows, columns, c.filters(), gathered), peak),
                        Pass.timed(() -> bestProduct(manager, runs, rows, c.filters(), columns, scattered), peak),
                        Pass.timed(() -> bestProduct(manager, runs, c.filters(), rows, columns, Columns.NONE), peak));
            }
            boolean channelsLast = formulation == Formulation.CHANNELS_LAST;
            Pass forward = Pass.timed(() -> bestConvolution(c, channelsLast, manager, runs, false, false), peak);
            Pass withInputGradient = Pass.timed(() -> bestConvolution(c, channelsLast, manager, runs, true, false), peak);
            Pass withWeightGradient = Pass.timed(() -> bestConvolution(c, channelsLast, manager, runs, false, true), peak);
            Timing range = measured(forward, withInputGradient, withWeightGradient);
            return new Timing(forward, withInputGradient.less(forward), withWeightGradient.less(forward),
                    range.slowestPeak(), range.fastestPeak());
        }

        /** Three measured passes, with the range of the SGEMM rates around them. */
        private static Timing measured(Pass first, Pass second, Pass third) {
            return new Timing(first, second, third,
                    Math.min(first.localPeak(), Math.min(second.localPeak(), third.localPeak())),
                    Math.max(first.localPeak(), Math.max(second.localPeak(), third.localPeak())));
        }

        /**
         * The best time of a (rows × inner) · (inner × columns) float32 product; with {@code copy}, plus
         * one copy of the columns matrix (B·out² × in·k²), {@code copied}: the least an im2col gather or
         * its adjoint, the col2im scatter, can cost.
         */
        private static double bestProduct(NDManager parent, int runs, long rows, long inner, long columns, Columns copied) {
            try (NDManager manager = parent.newSubManager()) {
                NDArray left = manager.randomNormal(new Shape(rows, inner));
                NDArray right = manager.randomNormal(new Shape(inner, columns));
                return best(manager, runs, () -> {
                    NDArray product = left.matMul(right);
                    if (copied != Columns.NONE) {
                        (copied == Columns.LEFT ? left : product).duplicate();
                    }
                }, left, right);
            }
        }

        private static double bestConvolution(ConvolutionShape c, boolean channelsLast, NDManager parent, int runs,
                boolean inputGradient, boolean weightGradient) {
            try (NDManager manager = parent.newSubManager()) {
                NDArray input = array(manager, channelsLast, BATCH, c.channels(), c.size(), c.size());
                NDArray weight = array(manager, channelsLast, c.filters(), c.channels(), c.kernel(), c.kernel());
                input.setRequiresGradient(inputGradient);
                weight.setRequiresGradient(weightGradient);
                if (!inputGradient && !weightGradient) {
                    return best(manager, runs, () -> convolve(input, weight, c), input, weight);
                }
                return best(manager, runs, () -> ScratchTiming.forwardAndBackward(() -> convolve(input, weight, c)), input, weight);
            }
        }

        /** The best time in seconds of {@code runs} runs of {@code pass} after two unmeasured ones, each on a scratch manager. */
        private static double best(NDManager manager, int runs, Runnable pass, NDArray... operands) {
            double best = Double.MAX_VALUE;
            for (int run = 0; run < runs + 2; run++) {
                double seconds = ScratchTiming.seconds(manager, pass, operands);
                if (run >= 2) {
                    best = Math.min(best, seconds);
                }
            }
            return best;
        }

        private static NDArray convolve(NDArray input, NDArray weight, ConvolutionShape c) {
            return Conv2d.conv2d(input, weight, null, new Shape(c.stride(), c.stride())).singletonOrThrow();
        }

        /** A normal random array of logical shape (a, b, c, d), stored as (a, c, d, b) for channels-last. */
        private static NDArray array(NDManager manager, boolean channelsLast, long a, long b, long c, long d) {
            return channelsLast
                    ? manager.randomNormal(new Shape(a, c, d, b)).transpose(0, 3, 1, 2)
                    : manager.randomNormal(new Shape(a, b, c, d));
        }
    }
}
