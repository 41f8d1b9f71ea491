package dev.ganforge.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.SampleSet;
import dev.ganforge.engine.metric.Evaluation;
import dev.ganforge.engine.metric.GanMetric;
import dev.ganforge.engine.metric.Translator;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.yaml.YamlSpecReader;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Lets another implementation of an image-to-image GAN train on exactly the data a spec's
 * dataset gives ganforge, and scores its translations with ganforge's {@code translation} metric
 * (L1, PSNR, and the class rate of the project's classifier), for figures comparable with a
 * ganforge run's ({@code bench/cyclegan_reference.py} is the other side).
 *
 * <pre>
 * export SPEC OUT STEPS   the training batches 0 … STEPS−1 as the trainer reads them (one real batch
 *                         per step), domain A in OUT/train-a.f32 and B in OUT/train-b.f32, and the
 *                         test split in order: OUT/test-a.f32, OUT/test-b.f32
 * score SPEC FILE         the translation metric of the A → B translations in FILE, one per test
 *                         input in the split's order
 * </pre>
 *
 * Files are raw little-endian float32 of shape (N, C, H, W), C, H, W those of the spec's
 * {@code data.shape}, values in its range.
 */
public final class TranslationExchange {

    private TranslationExchange() {}

    public static void main(String[] args) throws Exception {
        boolean export = args.length == 4 && args[0].equals("export");
        if (!export && !(args.length == 3 && args[0].equals("score"))) {
            System.err.println("usage: TranslationExchange export SPEC OUT STEPS | score SPEC FILE");
            System.exit(2);
        }
        GanSpec spec = YamlSpecReader.read(Path.of(args[1]));
        PluginRegistry registry = PluginRegistry.load();
        try (GanDataset dataset = registry.create(PluginFamily.DATASET, spec.data().dataset(), DatasetSource.class)
                .open(spec.data())) {
            if (export) {
                export(spec, dataset, Path.of(args[2]), Integer.parseInt(args[3]));
            } else {
                score(spec, dataset, registry, Path.of(args[2]));
            }
        }
    }

    private static void export(GanSpec spec, GanDataset dataset, Path out, int steps) throws IOException {
        Files.createDirectories(out);
        int batchSize = spec.training().batchSize();
        try (NDManager manager = NDManager.newBaseManager();
                DataOutputStream a = open(out.resolve("train-a.f32")); DataOutputStream b = open(out.resolve("train-b.f32"))) {
            for (int position = 0; position < steps; position++) {
                try (NDManager step = manager.newSubManager()) {
                    Batch batch = dataset.batch(step, spec.training().seed(), position, batchSize);
                    write(a, batch.source());
                    write(b, batch.samples());
                }
            }
        }
        SampleSet test = dataset.split(GanDataset.Split.TEST).orElseThrow();
        try (NDManager manager = NDManager.newBaseManager();
                DataOutputStream a = open(out.resolve("test-a.f32")); DataOutputStream b = open(out.resolve("test-b.f32"))) {
            Batch pairs = test.slice(manager, 0, test.size());
            write(a, pairs.source());
            write(b, pairs.samples());
        }
        System.out.printf("%d training batches of %d and %d test pairs of %s in %s%n", steps, batchSize, test.size(),
                spec.data().shape(), out);
    }

    private static void score(GanSpec spec, GanDataset dataset, PluginRegistry registry, Path file) throws IOException {
        int[] shape = spec.data().shape().stream().mapToInt(Integer::intValue).toArray();
        int size = Arrays.stream(shape).reduce(1, (x, y) -> x * y);
        float[] translations = read(file);
        SampleSet test = dataset.split(GanDataset.Split.TEST).orElseThrow();
        if (translations.length != (long) test.size() * size) {
            throw new IllegalArgumentException(file + " holds " + translations.length / size + " images; the test split has "
                    + test.size());
        }
        Translator stored = new Translator() {
            private int next;

            @Override
            public NDArray translate(NDManager manager, NDArray inputs, NDArray labels) {
                int count = (int) inputs.getShape().get(0);
                long[] batchShape = new long[shape.length + 1];
                batchShape[0] = count;
                for (int i = 0; i < shape.length; i++) {
                    batchShape[i + 1] = shape[i];
                }
                NDArray chunk = manager.create(Arrays.copyOfRange(translations, next * size, (next + count) * size),
                        new Shape(batchShape));
                next += count;
                return chunk;
            }

            @Override
            public double min() {
                return spec.data().min();
            }

            @Override
            public double max() {
                return spec.data().max();
            }
        };
        try (GanMetric metric = registry.create(PluginFamily.METRIC, PluginRef.of("translation"), GanMetric.class)) {
            Map<String, Double> figures = metric.evaluate(new Evaluation((manager, count, seed, labels) -> {
                throw new UnsupportedOperationException("the translations are given");
            }, dataset, 0, spec.training().seed(), System.out::println, EngineSupport.of(spec), stored));
            figures.forEach((name, value) -> System.out.printf("%s %.4f%n", name, value));
        }
    }

    private static DataOutputStream open(Path file) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        return new DataOutputStream(new BufferedOutputStream(stream, 1 << 20));
    }

    private static void write(DataOutputStream out, NDArray images) throws IOException {
        float[] values = images.toFloatArray();
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        out.write(buffer.array());
    }

    private static float[] read(Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[buffer.remaining() / Float.BYTES];
        buffer.asFloatBuffer().get(values);
        return values;
    }
}
