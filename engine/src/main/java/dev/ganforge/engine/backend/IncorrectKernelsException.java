package dev.ganforge.engine.backend;

/**
 * The engine's native convolution kernels compute wrong results on this CPU (see {@link
 * ConvolutionKernelCheck}), so training would silently learn from wrong gradients. The message
 * says which setting avoids the faulty kernels.
 */
public final class IncorrectKernelsException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    IncorrectKernelsException(String message) {
        super(message);
    }
}
