package dev.ganforge.bench;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.spec.GanSpec;

/**
 * Uniform noise of a spec's sample shape and value range, made on the step's manager as a
 * dataset would: lets the benchmark train any network without a dataset on disk.
 */
final class SyntheticImages implements GanDataset {

    private final Shape sampleShape;
    private final float min;
    private final float max;

    SyntheticImages(GanSpec spec) {
        this.sampleShape = new Shape(spec.data().shape().stream().mapToLong(Integer::longValue).toArray());
        this.min = (float) spec.data().min();
        this.max = (float) spec.data().max();
    }

    @Override
    public Batch batch(NDManager manager, long seed, long position, int batchSize) {
        return new Batch(manager.randomUniform(min, max, new Shape(batchSize).addAll(sampleShape)), null);
    }
}
