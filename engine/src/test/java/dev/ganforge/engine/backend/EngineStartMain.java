package dev.ganforge.engine.backend;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.spec.TrainingEngine;

/**
 * The process {@link EngineNoiseTest} reads the standard error of: starts the PyTorch engine as
 * ganforge does and copies an array with {@code copyTo}, the call behind libtorch's deprecation
 * warning. Prints {@code copied 3.0}.
 */
public final class EngineStartMain {

    private EngineStartMain() {}

    public static void main(String[] args) {
        try (NDManager manager = EngineSupport.of(TrainingEngine.PYTORCH).newManager()) {
            NDArray target = manager.zeros(new ai.djl.ndarray.types.Shape(3));
            manager.ones(new ai.djl.ndarray.types.Shape(3)).copyTo(target);
            System.out.println("copied " + target.sum().getFloat());
        }
    }
}
