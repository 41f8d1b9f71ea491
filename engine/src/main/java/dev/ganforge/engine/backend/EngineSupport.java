package dev.ganforge.engine.backend;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.TrainingEngine;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One DJL engine as ganforge uses it: the managers every array of a run is created on, its
 * gradient collectors and random seed (through {@link #engine()}), its features, and its thread
 * settings.
 *
 * <p>Arrays must be created on managers of the run's engine, never on {@code
 * NDManager.newBaseManager()}: DJL's default engine is whichever installed engine ranks first,
 * which is MXNet as soon as its jars are on the class path.
 *
 * <p>The engine starts here and nowhere else, without DJL's CUDA probe warning and libtorch's
 * deprecation warning; the logger {@code dev.ganforge.engine.backend.EngineNoise} at DEBUG shows
 * them (see {@link EngineNoise}).
 */
public final class EngineSupport {

    /** The Maven coordinates that bring MXNet, for messages. */
    private static final String MXNET_ARTIFACTS = "ai.djl.mxnet:mxnet-engine:0.36.0 and"
            + " ai.djl.mxnet:mxnet-native-mkl:1.9.1 (classifier linux-x86_64)";

    /** Each engine's kernel check, run once per JVM: the native kernels cannot change while it runs. */
    private static final Map<TrainingEngine, ConvolutionKernelCheck.Result> KERNEL_CHECKS = new ConcurrentHashMap<>();

    private final TrainingEngine choice;

    private EngineSupport(TrainingEngine choice) {
        this.choice = Objects.requireNonNull(choice, "choice");
    }

    /** The support for {@code choice}; does not start the engine. */
    public static EngineSupport of(TrainingEngine choice) {
        return new EngineSupport(choice);
    }

    /** The support for the engine {@code spec} trains on. */
    public static EngineSupport of(GanSpec spec) {
        return of(spec.training().engine());
    }

    /** Which engine this is. */
    public TrainingEngine choice() {
        return choice;
    }

    /** Whether the engine's jars are on the class path (without starting it). */
    public boolean isInstalled() {
        return Engine.hasEngine(choice.djlName());
    }

    /**
     * The device every run computes on: the one place it is chosen, since every array is created
     * by a manager from {@link #newManager()}. The CPU: no GPU build of libtorch 2.7.1 for DJL is
     * on Maven Central, and none was reachable to test one.
     */
    private static final Device DEVICE = Device.cpu();

    /**
     * The DJL engine, started on first use.
     *
     * @throws EngineUnavailableException if its jars are not on the class path
     */
    public Engine engine() {
        requireInstalled();
        return EngineNoise.start(choice);
    }

    /**
     * A new base manager of this engine on the CPU; the caller closes it.
     *
     * @throws EngineUnavailableException if the engine's jars are not on the class path
     */
    public NDManager newManager() {
        return engine().newBaseManager(DEVICE);
    }

    /**
     * The result of {@link ConvolutionKernelCheck} on this engine, computed on first call and
     * remembered for the life of the JVM.
     */
    public ConvolutionKernelCheck.Result convolutionKernels() {
        return KERNEL_CHECKS.computeIfAbsent(choice, engine -> {
            try (NDManager manager = newManager()) {
                return ConvolutionKernelCheck.check(manager);
            }
        });
    }

    /**
     * Throws unless this engine's convolutions compute right forward passes and gradients on this
     * CPU; called before training, so that a run never learns from wrong gradients.
     *
     * @throws IncorrectKernelsException saying how to restrict the native kernels to correct ones
     */
    public void requireCorrectConvolutions() {
        ConvolutionKernelCheck.Result result = convolutionKernels();
        if (result.isRight()) {
            return;
        }
        String isa = System.getenv("ONEDNN_MAX_CPU_ISA");
        throw new IncorrectKernelsException("the " + choice.yamlName() + " engine's convolution kernels are wrong on"
                + " this CPU (" + result + ") with ONEDNN_MAX_CPU_ISA=" + (isa == null ? "unset" : isa)
                + "; training would learn from wrong gradients. Set ONEDNN_MAX_CPU_ISA=AVX in the environment"
                + " before the JVM starts (./ganforge chooses it by itself when the variable is unset;"
                + " docs/engine-notes.md)");
    }

    /** Whether the engine has {@code capability}. */
    public boolean supports(EngineCapability capability) {
        return capability.isSupportedBy(choice);
    }

    /**
     * Runs a training-mode forward pass that is not differentiated (e.g. generating the fake
     * batch of a critic update) so that every engine accepts it: directly where batch-norm and
     * dropout may train without a gradient collector, inside a collector that is never
     * backpropagated where they may not (MXNet). Detach the result with {@code stopGradient()}.
     *
     * @param forward the forward pass; it must not open a gradient collector itself
     */
    public NDArray inTrainingMode(Supplier<NDArray> forward) {
        if (supports(EngineCapability.MODE_INDEPENDENT_OF_COLLECTOR)) {
            return forward.get();
        }
        try (GradientCollector collector = engine().newGradientCollector()) {
            return forward.get();
        }
    }

    /**
     * Back-propagates {@code value} inside {@code collector}, keeping its graph if asked and the
     * engine can ({@link EngineCapability#KEEP_GRAPH_BACKWARD}), so that a second call computes the
     * same gradient again from the same forward pass. Keeping the graph changes no number: it only
     * keeps the forward pass's saved arrays (most of which the step's manager holds anyway) until
     * the step's arrays are closed.
     *
     * @return whether the graph was kept, i.e. whether backward may be called once more on {@code value}
     */
    public boolean backward(GradientCollector collector, NDArray value, boolean keepGraph) {
        if (!keepGraph || !supports(EngineCapability.KEEP_GRAPH_BACKWARD)) {
            collector.backward(value);
            return false;
        }
        try {
            // What DJL's PtGradientCollector.backward does, with keepGraph set.
            PyTorchBackward.HANDLE.invoke(value, value.onesLike(), true, false);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("PyTorch's backward failed", e);
        }
        return true;
    }

    /** libtorch's backward with its options, reached through DJL's JNI class (not on the compile class path). */
    private static final class PyTorchBackward {
        static final MethodHandle HANDLE = find();

        private static MethodHandle find() {
            try {
                Class<?> jni = Class.forName("ai.djl.pytorch.jni.JniUtils");
                Class<?> array = Class.forName("ai.djl.pytorch.engine.PtNDArray");
                MethodHandle backward = MethodHandles.publicLookup().findStatic(jni, "backward",
                        MethodType.methodType(void.class, array, array, boolean.class, boolean.class));
                return backward.asType(MethodType.methodType(void.class, NDArray.class, NDArray.class, boolean.class,
                        boolean.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("DJL's PyTorch engine has no JniUtils.backward(PtNDArray, PtNDArray,"
                        + " boolean, boolean); another DJL version than 0.36?", e);
            }
        }
    }

    /**
     * Limits the engine to {@code threads} intra-op threads (and one inter-op thread), if it can be
     * set from inside the JVM. Call before the engine starts: engines read it once.
     *
     * @return {@code false} if this engine takes its thread count only from the environment
     *     ({@code OMP_NUM_THREADS}, read when the native library loads), as MXNet does
     */
    public boolean limitThreads(int threads) {
        if (choice != TrainingEngine.PYTORCH) {
            return false;
        }
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
        return true;
    }

    /**
     * Throws if the engine's jars are not on the class path.
     *
     * @throws EngineUnavailableException saying how to add them
     */
    public void requireInstalled() {
        if (isInstalled()) {
            return;
        }
        String how = choice == TrainingEngine.MXNET
                ? "build the optional engine-mxnet module (mvn -B -q package -DskipTests builds it, and ./ganforge then"
                        + " finds it), or put " + MXNET_ARTIFACTS + " on the class path"
                : "put DJL's " + choice.djlName() + " engine on the class path";
        List<String> installed = Arrays.stream(TrainingEngine.values())
                .filter(engine -> Engine.hasEngine(engine.djlName()))
                .map(TrainingEngine::yamlName)
                .toList();
        throw new EngineUnavailableException("engine '" + choice.yamlName() + "' (training.engine or --engine) is not"
                + " available: DJL's " + choice.djlName() + " engine is not on the class path. To use it, " + how
                + "; or train on an installed engine: " + String.join(", ", installed));
    }

    @Override
    public String toString() {
        return choice.yamlName();
    }
}
