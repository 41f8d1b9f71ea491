package dev.ganforge.engine.mxnet;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.plugin.ParameterSpec;
import dev.ganforge.engine.plugin.PluginDescriptor;
import dev.ganforge.engine.plugin.PluginFactory;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginModule;
import java.util.Random;

/**
 * {@code test-images}: uniform noise images of a given shape, reproducible from seed and position,
 * so that the image examples can train a few steps before ganforge has image datasets.
 */
public final class TestImagesPlugin extends PluginModule {

    @Override
    protected void configure() {
        register(PluginFactory.<DatasetSource>of(PluginDescriptor.of(PluginFamily.DATASET, "test-images",
                        "uniform noise images, for tests",
                        ParameterSpec.integer("channels", 1, "channels"),
                        ParameterSpec.integer("size", 28, "height and width")),
                parameters -> data -> images(parameters.integer("channels"), parameters.integer("size"))));
    }

    private static GanDataset images(int channels, int size) {
        return (NDManager manager, long seed, long position, int batchSize) -> {
            Random random = new Random(seed * 1_000_003 + position);
            float[] pixels = new float[batchSize * channels * size * size];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = random.nextFloat();
            }
            return new Batch(manager.create(pixels, new Shape(batchSize, channels, size, size)), null);
        };
    }
}
