package dev.ganforge.plugins.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Copies host arrays into engine arrays through one direct buffer that is reused for every batch.
 * {@code NDManager.create(float[])} copies each array into a new direct buffer on DJL's PyTorch
 * engine, and a direct buffer's memory goes back only when the garbage collector finds
 * it: with a heap that seldom fills, a step's batch of a few hundred KB stayed resident for many
 * steps (docs/engine-notes.md, "RSS and the JVM heap"). Here each batch is copied once more, inside
 * the engine, into memory the engine owns, and the buffer is overwritten by the next batch. Not
 * thread-safe: one per thread that makes batches.
 */
final class StagingBuffer {

    private ByteBuffer buffer = ByteBuffer.allocateDirect(0);

    /** A float32 array of the given shape on {@code manager}, holding {@code values}. */
    NDArray floats(NDManager manager, float[] values, Shape shape) {
        ByteBuffer staged = reserve(values.length * Float.BYTES);
        staged.asFloatBuffer().put(values);
        return copy(manager, staged, shape, DataType.FLOAT32);
    }

    /** An int32 array of shape [values.length] on {@code manager}, holding {@code values}. */
    NDArray ints(NDManager manager, int[] values) {
        ByteBuffer staged = reserve(values.length * Integer.BYTES);
        staged.asIntBuffer().put(values);
        return copy(manager, staged, new Shape(values.length), DataType.INT32);
    }

    private ByteBuffer reserve(int bytes) {
        if (buffer.capacity() < bytes) {
            buffer = ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
        }
        buffer.clear().limit(bytes);
        return buffer;
    }

    private static NDArray copy(NDManager manager, ByteBuffer staged, Shape shape, DataType type) {
        // On PyTorch an array made from a direct buffer (or set from one) uses that buffer as its
        // memory, so the batch is a copy of it, and the view on the buffer is gone at once.
        try (NDArray view = manager.create(staged, shape, type)) {
            return view.duplicate();
        }
    }
}
