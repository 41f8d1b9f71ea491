package dev.ganforge.engine.backend;

import ai.djl.engine.Engine;
import ai.djl.util.cuda.CudaUtils;
import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import dev.ganforge.spec.TrainingEngine;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts an engine without the two lines every start printed, which tell a ganforge user nothing
 * they can act on:
 *
 * <ul>
 *   <li>DJL's CUDA probe, {@code Failed to detect GPU count: CUDA driver version is insufficient
 *       for CUDA runtime version}, a warning of the logger {@code ai.djl.util.cuda.CudaUtils}
 *       each time DJL looks for a GPU (twice while the PyTorch engine starts) on a machine with
 *       a CUDA runtime but no usable driver. DJL has a switch for it only in its own
 *       command-line tool, the private field {@code CudaUtils.logging}, which is cleared here.
 *   <li>libtorch's {@code Warning: AutoNonVariableTypeMode is deprecated ...}, printed once per
 *       process by native code (a {@code TORCH_WARN_ONCE} in DJL's JNI code behind {@code
 *       NDArray.set(Buffer)} and {@code copyTo}) straight to standard error, where no Java
 *       logger sees it. libtorch's logger drops messages below the threshold in its global
 *       {@code FLAGS_caffe2_log_level}; PyTorch sets it from {@code TORCH_CPP_LOG_LEVEL} only
 *       when its Python module starts, which DJL never does, so the variable has no effect
 *       here and the threshold is raised to ERROR directly. That hides libtorch's other
 *       warnings too, which the same switch shows.
 * </ul>
 *
 * <p>Both show again when the logger {@code dev.ganforge.engine.backend.EngineNoise} is enabled
 * at DEBUG when the engine starts, as {@code ganforge --verbose} does. Each step is best effort:
 * if a later DJL or libtorch lacks the field or symbol, the line shows again and nothing else
 * changes.
 */
final class EngineNoise {

    private static final Logger LOG = LoggerFactory.getLogger(EngineNoise.class);

    /** libtorch's (c10's) severities are INFO 0, WARNING 1 (its default threshold), ERROR 2, FATAL 3. */
    private static final int LIBTORCH_ERROR = 2;

    /** dlopen's RTLD_LAZY | RTLD_NOLOAD (Linux): a handle on the library DJL loaded, never a second copy. */
    private static final int ALREADY_LOADED = 0x1 | 0x4;

    private static volatile boolean probeQuiet;
    private static volatile boolean libtorchQuiet;

    private EngineNoise() {}

    /** The DJL engine of {@code choice}, started quietly unless the logger is at DEBUG. */
    static Engine start(TrainingEngine choice) {
        boolean verbose = LOG.isDebugEnabled();
        if (!verbose && !probeQuiet) {
            quietCudaProbe();
        }
        Engine engine = Engine.getEngine(choice.djlName());
        if (!verbose && !libtorchQuiet && choice == TrainingEngine.PYTORCH) {
            quietLibtorch();
        }
        return engine;
    }

    private static synchronized void quietCudaProbe() {
        try {
            Field logging = CudaUtils.class.getDeclaredField("logging");
            logging.setAccessible(true);
            logging.setBoolean(null, false);
        } catch (ReflectiveOperationException | RuntimeException unavailable) {
            LOG.debug("DJL's CUDA probe could not be quieted; its warning may show", unavailable);
        } finally {
            probeQuiet = true;
        }
    }

    private static synchronized void quietLibtorch() {
        try {
            if (!Platform.isLinux()) {
                return;
            }
            // pytorch-engine is a runtime dependency (the user chooses the native engine), hence reflection.
            String folder = (String) Class.forName("ai.djl.pytorch.jni.LibUtils").getMethod("getLibtorchPath").invoke(null);
            Path c10 = Path.of(folder).resolve(System.mapLibraryName("c10"));
            NativeLibrary library = NativeLibrary.getInstance(c10.toString(), Map.of(Library.OPTION_OPEN_FLAGS, ALREADY_LOADED));
            Pointer threshold = library.getGlobalVariableAddress("FLAGS_caffe2_log_level");
            if (threshold.getInt(0) < LIBTORCH_ERROR) {
                threshold.setInt(0, LIBTORCH_ERROR);
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException unavailable) {
            LOG.debug("libtorch's log threshold could not be raised; its warnings may show", unavailable);
        } finally {
            libtorchQuiet = true;
        }
    }
}
