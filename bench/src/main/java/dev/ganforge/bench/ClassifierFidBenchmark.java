package dev.ganforge.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.SampleSet;
import dev.ganforge.engine.metric.Evaluation;
import dev.ganforge.engine.metric.GanMetric;
import dev.ganforge.engine.metric.SampleGenerator;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.spec.PluginRef;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Measures {@code classifier-fid} on Fashion-MNIST: the classifier's training time and test
 * accuracy, then the distance to the test split of three "generators" whose answer is known in
 * kind — real training images (near 0), the same images with noise added, uniform noise (far) —
 * and the time of a second evaluation, which reads the classifier from the cache.
 *
 * <p>Arguments: the Fashion-MNIST folder (gzipped IDX files), generated samples per evaluation.
 */
public final class ClassifierFidBenchmark {

    private ClassifierFidBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "/usr/share/datasets/fashion-mnist");
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Images train = Images.read(folder.resolve("train-images-idx3-ubyte.gz"), folder.resolve("train-labels-idx1-ubyte.gz"));
        Images test = Images.read(folder.resolve("t10k-images-idx3-ubyte.gz"), folder.resolve("t10k-labels-idx1-ubyte.gz"));
        GanDataset dataset = new GanDataset() {
            @Override
            public Batch batch(NDManager manager, long seed, long position, int batchSize) {
                throw new UnsupportedOperationException("evaluation only");
            }

            @Override
            public int classes() {
                return 10;
            }

            @Override
            public Optional<SampleSet> split(Split split) {
                return Optional.of(split == Split.TRAIN ? train : test);
            }
        };
        Path cache = Files.createTempDirectory("classifier-fid-benchmark-");
        PluginRef ref = PluginRef.of("classifier-fid").with("samples", samples).with("cache", cache.toString());
        PluginRegistry registry = PluginRegistry.load();
        SampleGenerator realImages = (manager, count, seed, labels) ->
                train.slice(manager, (int) ((seed * count) % (train.size() - count)), count).samples();
        SampleGenerator noisyImages = (manager, count, seed, labels) ->
                realImages.generate(manager, count, seed, labels)
                        .add(manager.randomNormal(0, 0.2f, new Shape(count, 1, 28, 28), ai.djl.ndarray.types.DataType.FLOAT32))
                        .clip(0, 1);
        SampleGenerator uniformNoise = (manager, count, seed, labels) ->
                manager.randomUniform(0, 1, new Shape(count, 1, 28, 28));
        System.out.printf("classifier-fid on Fashion-MNIST, %d generated samples per evaluation%n", samples);
        try (GanMetric metric = registry.create(PluginFamily.METRIC, ref, GanMetric.class)) {
            long start = System.nanoTime();
            Map<String, Double> figures = metric.evaluate(new Evaluation(realImages, dataset, 0, 1, System.out::println));
            System.out.printf("real training images: %s (%.1f s including the classifier's training)%n", figures,
                    seconds(start));
            start = System.nanoTime();
            System.out.printf("real images + N(0, 0.2) noise: %s (%.1f s)%n",
                    metric.evaluate(new Evaluation(noisyImages, dataset, 0, 1, System.out::println)), seconds(start));
            System.out.printf("uniform noise: %s%n", metric.evaluate(new Evaluation(uniformNoise, dataset, 0, 1, System.out::println)));
        }
        try (GanMetric again = registry.create(PluginFamily.METRIC, ref, GanMetric.class)) {
            long start = System.nanoTime();
            Map<String, Double> figures = again.evaluate(new Evaluation(realImages, dataset, 0, 1, System.out::println));
            System.out.printf("a new metric, classifier from the cache: %s (%.1f s)%n", figures, seconds(start));
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Gzipped IDX images and labels in memory, scaled to [0, 1]: only what this benchmark needs. */
    private record Images(byte[] pixels, byte[] labels, int size) implements SampleSet {

        static Images read(Path images, Path labels) throws IOException {
            byte[] pixels = body(images, 0x803);
            byte[] classes = body(labels, 0x801);
            return new Images(pixels, classes, classes.length);
        }

        private static byte[] body(Path file, int magic) throws IOException {
            try (InputStream raw = Files.newInputStream(file);
                    DataInputStream in = new DataInputStream(new GZIPInputStream(raw))) {
                if (in.readInt() != magic) {
                    throw new IOException(file + " is not an IDX file of magic " + Integer.toHexString(magic));
                }
                int count = in.readInt();
                for (int i = 1; i < (magic & 0xff); i++) {
                    count *= in.readInt();
                }
                return in.readNBytes(count);
            }
        }

        @Override
        public Batch slice(NDManager manager, int from, int count) {
            float[] values = new float[count * 784];
            for (int i = 0; i < values.length; i++) {
                values[i] = (pixels[from * 784 + i] & 0xff) / 255f;
            }
            int[] classes = new int[count];
            for (int i = 0; i < count; i++) {
                classes[i] = labels[from + i];
            }
            NDArray samples = manager.create(values, new Shape(count, 1, 28, 28));
            return new Batch(samples, manager.create(classes));
        }
    }
}
