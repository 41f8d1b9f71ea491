package dev.ganforge.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import dev.ganforge.bench.reference.ConvolutionShape;
import dev.ganforge.bench.reference.ReferenceGan;
import java.util.List;
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
 * <p>Each convolution is timed twice: with arrays in PyTorch's default layout (NCHW) and in the
 * channels-last layout (NHWC strides), which oneDNN runs without converting.
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
        double stepFlops = 2.0 * BATCH * (4.0 * gan.generatorMacs() + 9.0 * gan.discriminatorMacs());
        System.out.printf(Locale.ROOT, "%n%s: %.1f GFLOP per step%n", network, stepFlops / 1e9);
        System.out.println("| convolution | of | M multiply-adds per image | NCHW: forward, input gradient, weight gradient (GFLOP/s) "
                + "| channels-last: the same | SGEMM around these passes (GFLOP/s) |");
        System.out.println("|---|---|---|---|---|---|");
        double[] stepSeconds = new double[2];
        double[] stepWork = new double[2];
        for (int role = 0; role < 2; role++) {
            boolean generator = role == 0;
            List<ConvolutionShape> convolutions = generator ? gan.generatorConvolutions() : gan.discriminatorConvolutions();
            for (int i = 0; i < convolutions.size(); i++) {
                ConvolutionShape c = convolutions.get(i);
                boolean first = i == 0;
                double flops = 2.0 * BATCH * c.macs();
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %.1f |", c,
                        generator ? "G" : "D", c.macs() / 1e6));
                double slowestPeak = Double.MAX_VALUE;
                double fastestPeak = 0;
                for (int layout = 0; layout < 2; layout++) {
                    Timing t = Timing.of(c, layout == 1, manager, runs, peak);
                    int forwards = generator ? (first ? 0 : 1) : 3;
                    int inputGradients = generator ? 2 : (first ? 1 : 3);
                    int weightGradients = generator ? 1 : 2;
                    stepSeconds[layout] += forwards * t.forward().seconds() + inputGradients * t.inputGradient()
                            + weightGradients * t.weightGradient();
                    stepWork[layout] += forwards * t.forward().work() + inputGradients * t.inputGradientWork()
                            + weightGradients * t.weightGradientWork();
                    row.append(String.format(Locale.ROOT, " %.0f, %.0f, %.0f |", flops / t.forward().seconds() / 1e9,
                            flops / t.inputGradient() / 1e9, flops / t.weightGradient() / 1e9));
                    slowestPeak = Math.min(slowestPeak, t.slowestPeak());
                    fastestPeak = Math.max(fastestPeak, t.fastestPeak());
                }
                System.out.println(row.append(String.format(Locale.ROOT, " %.0f-%.0f |", slowestPeak, fastestPeak)));
            }
        }
        for (int layout = 0; layout < 2; layout++) {
            double rate = stepFlops / stepSeconds[layout] / 1e9;
            System.out.printf(Locale.ROOT, "ceiling, %s: convolutions alone %.0f ms per step, %.1f GFLOP/s, %.0f %% of the run's SGEMM peak "
                            + "(%.1f GFLOP/s), %.0f %% of the SGEMM rate measured around each pass%n",
                    layout == 0 ? "NCHW" : "channels-last", stepSeconds[layout] * 1e3, rate, 100 * rate / peak.best(), peak.best(),
                    100 * stepFlops / stepWork[layout]);
        }
    }

    /**
     * The best time of one kind of pass, and the better SGEMM rate of the matrix products timed just
     * before and just after its runs.
     */
    private record Pass(double seconds, double localPeak) {

        /** The FLOPs the local SGEMM peak does in this pass's time. */
        double work() {
            return seconds * localPeak * 1e9;
        }
    }

    /** A convolution's forward pass, and a forward pass with each gradient; a gradient alone is the difference. */
    private record Timing(Pass forward, Pass forwardAndInputGradient, Pass forwardAndWeightGradient) {

        double inputGradient() {
            return Math.max(forwardAndInputGradient.seconds() - forward.seconds(), 1e-9);
        }

        double weightGradient() {
            return Math.max(forwardAndWeightGradient.seconds() - forward.seconds(), 1e-9);
        }

        double inputGradientWork() {
            return Math.max(forwardAndInputGradient.work() - forward.work(), 1.0);
        }

        double weightGradientWork() {
            return Math.max(forwardAndWeightGradient.work() - forward.work(), 1.0);
        }

        double slowestPeak() {
            return Math.min(forward.localPeak(), Math.min(forwardAndInputGradient.localPeak(), forwardAndWeightGradient.localPeak()));
        }

        double fastestPeak() {
            return Math.max(forward.localPeak(), Math.max(forwardAndInputGradient.localPeak(), forwardAndWeightGradient.localPeak()));
        }

        static Timing of(ConvolutionShape c, boolean channelsLast, NDManager parent, int runs, PerformanceBenchmark.SgemmPeak peak) {
            return new Timing(pass(c, channelsLast, parent, runs, false, false, peak),
                    pass(c, channelsLast, parent, runs, true, false, peak),
                    pass(c, channelsLast, parent, runs, false, true, peak));
        }

        private static Pass pass(ConvolutionShape c, boolean channelsLast, NDManager parent, int runs,
                boolean inputGradient, boolean weightGradient, PerformanceBenchmark.SgemmPeak peak) {
            double before = peak.measureNow(1);
            double seconds = best(c, channelsLast, parent, runs, inputGradient, weightGradient);
            return new Pass(seconds, Math.max(before, peak.measureNow(1)));
        }

        private static double best(ConvolutionShape c, boolean channelsLast, NDManager parent, int runs,
                boolean inputGradient, boolean weightGradient) {
            try (NDManager manager = parent.newSubManager()) {
                NDArray input = array(manager, channelsLast, BATCH, c.channels(), c.size(), c.size());
                NDArray weight = array(manager, channelsLast, c.filters(), c.channels(), c.kernel(), c.kernel());
                input.setRequiresGradient(inputGradient);
                weight.setRequiresGradient(weightGradient);
                boolean backward = inputGradient || weightGradient;
                double best = Double.MAX_VALUE;
                for (int run = 0; run < runs + 2; run++) {
                    try (NDManager scratch = manager.newSubManager()) {
                        scratch.tempAttachAll(input, weight);
                        long started = System.nanoTime();
                        if (backward) {
                            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                                collector.backward(convolve(input, weight, c));
                            }
                        } else {
                            convolve(input, weight, c);
                        }
                        double seconds = (System.nanoTime() - started) / 1e9;
                        if (run >= 2) {
                            best = Math.min(best, seconds);
                        }
                    }
                }
                return best;
            }
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
