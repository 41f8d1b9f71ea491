package dev.ganforge.engine.api;

import java.nio.file.Files;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.sample.SampleImages;
import dev.ganforge.engine.sample.ImageInputs;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.engine.sample.CsvSampleFile;
import dev.ganforge.engine.sample.IdxFiles;
import dev.ganforge.engine.sample.IdxWriter;
import dev.ganforge.engine.sample.ImageSampleFiles;
import dev.ganforge.engine.sample.SampleFiles;
import dev.ganforge.engine.sample.SampleGrid;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * A trained run, opened by {@link Ganforge#open} at its latest checkpoint to sample from and
 * evaluate; nothing in its directory changes. It holds the generator's weights in native memory
 * until it is closed:
 *
 * <pre>{@code
 * try (Run run = Ganforge.open(Path.of("runs/shapes"))) {
 *     run.write(Path.of("grid.png"), SampleOptions.of(64));    // + grid-images-idx3-ubyte
 *     float[][] values = run.sample(SampleOptions.of(10)).toArray();
 * }
 * }</pre>
 *
 * <p>Samples come from the sampling weights, the generator's moving average where the spec's
 * strategies keep one ({@code ema}). Sampling needs none of the training data's files;
 * evaluating does.
 */
public final class Run implements AutoCloseable {

    /** Where a batch of generated samples goes: their values, row-major, and the index of the first. */
    @FunctionalInterface
    private interface BatchSink {
        void add(float[] values, int first, int n) throws IOException;
    }

    private final TrainingRun run;
    private final Path directory;
    private final PluginRegistry registry;

    Run(TrainingRun run, Path directory, PluginRegistry registry) {
        this.run = run;
        this.directory = directory;
        this.registry = registry;
    }

    /** The spec the run was trained with, as recorded in its directory. */
    public GanSpec spec() {
        return run.spec();
    }

    /** The step of the checkpoint it was opened at: 0 for a run without checkpoints (the untrained generator). */
    public long step() {
        return run.step();
    }

    /** The run directory. */
    public Path directory() {
        return directory;
    }

    /** The number of classes of a conditional GAN, 0 for an unconditional one. */
    public int classes() {
        return run.classes();
    }

    /**
     * Translates the images of {@code in} (a file, or a folder's images) with a run whose recipe
     * translates (pix2pix, CycleGAN), writing each translation as a PNG of the same name into
     * {@code out}. Images are resized to the spec's height and width, made grey or RGB as its
     * channels say, and translated a training batch at a time.
     *
     * @param inverse translate B → A with CycleGAN's second generator instead of A → B
     * @return the number of images written
     * @throws IOException if an image cannot be read or {@code out} cannot be written
     * @throws IllegalArgumentException if the run makes samples from noise or its data are not
     *     images, or B → A is asked of a recipe without an inverse
     */
    public int translate(Path in, Path out, boolean inverse) throws IOException {
        List<Integer> shape = spec().data().shape();
        if (shape.size() != 3) {
            throw new IllegalArgumentException("run '" + spec().name() + "' has data of shape " + shape + "; only images"
                    + " can be translated from files");
        }
        run.translatingRole(inverse);
        List<Path> files = ImageInputs.list(in);
        Files.createDirectories(out);
        int size = shape.stream().mapToInt(Integer::intValue).reduce(1, Math::multiplyExact);
        int batchSize = spec().training().batchSize();
        double min = spec().data().min();
        double max = spec().data().max();
        for (int first = 0; first < files.size(); first += batchSize) {
            List<Path> batch = files.subList(first, Math.min(files.size(), first + batchSize));
            float[] values = new float[batch.size() * size];
            for (int i = 0; i < batch.size(); i++) {
                System.arraycopy(ImageInputs.read(batch.get(i), shape, min, max), 0, values, i * size, size);
            }
            float[] translated;
            try (NDManager manager = run.newManager()) {
                Shape batchShape = new Shape(batch.size()).addAll(new Shape(shape.stream().mapToLong(Integer::longValue).toArray()));
                translated = run.translate(manager, manager.create(values, batchShape), inverse).toFloatArray();
            }
            for (int i = 0; i < batch.size(); i++) {
                String name = batch.get(i).getFileName().toString();
                String png = name.substring(0, name.lastIndexOf('.')) + ".png";
                SampleImages.writeGrid(java.util.Arrays.copyOfRange(translated, i * size, (i + 1) * size), 1, 1, shape,
                        min, max, out.resolve(png));
            }
        }
        return files.size();
    }

    /**
     * Generates samples into memory: {@code options.count()} of them, each of the spec's shape.
     * For more than fit in memory, {@link #write} them.
     *
     * @throws IllegalArgumentException if labels are asked of an unconditional GAN, or a class it lacks
     */
    public Samples sample(SampleOptions options) {
        List<Integer> shape = spec().data().shape();
        int size = shape.stream().mapToInt(Integer::intValue).reduce(1, Math::multiplyExact);
        float[] values = new float[Math.multiplyExact(options.count(), size)];
        IntUnaryOperator labelOf = labelOf(options);
        try {
            generate(options, labelOf, (batch, first, n) -> System.arraycopy(batch, 0, values, first * size, batch.length));
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen); // the sink above writes no file
        }
        int[] labels = labelOf == null ? new int[0] : IntStream.range(0, options.count()).map(labelOf).toArray();
        return new Samples(step(), shape, values, labels);
    }

    /**
     * Writes samples as {@code ganforge sample --out file} does, a batch at a time, so that any
     * number fits in memory:
     *
     * <ul>
     *   <li>images ({@code data.shape} C, H, W): a PNG grid of the first 1024 in {@code file}, the
     *       spec's range from black to white; every one as IDX (MNIST's format, range mapped to
     *       0–255) beside it, {@code x.png} giving {@code x-images-idx3-ubyte} (grey) or
     *       {@code x-images-idx4-ubyte} (colour); for a conditional GAN their classes in
     *       {@code x-labels-idx1-ubyte}, and, unless a label is asked for, a grid column per class;
     *   <li>vectors ({@code data.shape} n): CSV in {@code file}, a sample a line, no header.
     * </ul>
     *
     * @throws IOException if a file cannot be written (before anything is generated)
     * @throws IllegalArgumentException if vectors are to be written to a {@code .png} file, or
     *     labels are asked of an unconditional GAN, or a class it lacks
     */
    public WrittenSamples write(Path file, SampleOptions options) throws IOException {
        GanSpec spec = spec();
        List<Integer> shape = spec.data().shape();
        boolean images = shape.size() == 3;
        if (!images && file.toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new IllegalArgumentException("this run's samples are vectors, written as CSV (one sample a line);"
                    + " name the file .csv, not " + file.getFileName());
        }
        IntUnaryOperator labelOf = labelOf(options);
        int count = options.count();
        int columns = options.labelOf() == null && classes() > 0
                ? classes()
                : (int) Math.ceil(Math.sqrt(SampleGrid.shown(count, 1)));
        try (SampleFiles files = images
                ? new ImageSampleFiles(file, count, columns, shape, spec.data().min(), spec.data().max(), labelOf)
                : new CsvSampleFile(file, shape.get(0))) {
            generate(options, labelOf, files::add);
            files.finish();
            return files instanceof ImageSampleFiles written
                    ? new WrittenSamples(step(), count, file, written.imagesFile(), written.labelsFile(), written.gridImages())
                    : new WrittenSamples(step(), count, file, null, null, 0);
        }
    }

    /**
     * Writes images as IDX files only, in MNIST's format: N×H×W unsigned bytes for grey images,
     * N×C×H×W for colour ones, the spec's range mapped to 0–255; and their classes, one byte each.
     *
     * @param imagesFile the images' file
     * @param labelsFile the classes' file for a conditional GAN, or {@code null} for none
     * @throws IOException if a file cannot be written (before anything is generated)
     * @throws IllegalArgumentException if the run's samples are not images, a labels file is given
     *     for an unconditional GAN, or labels are asked of it, or a class it lacks
     */
    public WrittenSamples writeIdx(Path imagesFile, Path labelsFile, SampleOptions options) throws IOException {
        GanSpec spec = spec();
        List<Integer> shape = spec.data().shape();
        if (shape.size() != 3) {
            throw new IllegalArgumentException("IDX files hold images, and this run's samples are vectors of "
                    + shape.get(0) + "; write them as CSV with write(Path.of(\"samples.csv\"), options)");
        }
        IntUnaryOperator labelOf = labelOf(options);
        if (labelsFile != null && labelOf == null) {
            throw new IllegalArgumentException("spec '" + spec.name() + "' is not conditional: it has no labels to write"
                    + " to " + labelsFile);
        }
        int count = options.count();
        double min = spec.data().min();
        double max = spec.data().max();
        try (IdxWriter images = IdxFiles.openImages(imagesFile, count, shape);
                IdxWriter labels = labelsFile == null ? null : IdxFiles.openLabels(labelsFile, count)) {
            generate(options, labelOf, (values, first, n) -> {
                images.write(IdxFiles.levels(values, min, max));
                if (labels != null) {
                    labels.write(IdxFiles.labelBytes(IntStream.range(first, first + n).map(labelOf).toArray()));
                }
            });
        }
        return new WrittenSamples(step(), count, null, imagesFile, labelsFile, 0);
    }

    /**
     * Computes the figures of the spec's metrics ({@code training.metrics}) for the run's latest
     * checkpoint, as {@code ganforge evaluate DIR} does.
     *
     * @throws IOException if the run's data cannot be read
     * @throws dev.ganforge.validate.SpecException if the spec names no metric, or one that cannot
     *     measure its data
     */
    public MetricFigures evaluate() throws IOException {
        return evaluate(EvaluationOptions.defaults());
    }

    /**
     * Computes the figures of the metrics {@code options} names (the spec's by default) for the
     * checkpoint it names (the latest by default). Metrics compare generated samples with the
     * real data, so the run's dataset is read; the same generator and seed always get the same figures.
     *
     * @throws IOException if the run has no checkpoint of the step asked for (the message lists
     *     those it has), or its data cannot be read
     * @throws dev.ganforge.validate.SpecException if no metric is named, or one cannot measure the
     *     run's data (e.g. {@code classifier-fid} needs labels and a test split)
     */
    public MetricFigures evaluate(EvaluationOptions options) throws IOException {
        Long step = options.step();
        try (TrainingRun evaluated = step == null
                ? TrainingRun.loadToEvaluate(directory, registry)
                : TrainingRun.loadStep(directory, registry, step)) {
            List<PluginRef> refs = options.metrics().isEmpty() ? evaluated.spec().training().metrics() : options.metrics();
            Map<String, Double> figures = refs.isEmpty()
                    ? evaluated.evaluate(options.notes()) // refused: the spec names no metric
                    : evaluated.evaluate(withSamples(refs, options.samples()), options.notes());
            return new MetricFigures(evaluated.step(), figures);
        }
    }

    /** {@code refs}, each metric that has a {@code samples} parameter with {@code samples} of them. */
    private List<PluginRef> withSamples(List<PluginRef> refs, Integer samples) {
        if (samples == null) {
            return refs;
        }
        return refs.stream()
                .map(ref -> registry.find(PluginFamily.METRIC, ref.type())
                        .filter(descriptor -> descriptor.parameter("samples").isPresent())
                        .map(descriptor -> ref.with("samples", samples))
                        .orElse(ref))
                .toList();
    }

    /**
     * The class of each sample: as asked for, or for a conditional GAN asked for none, the
     * classes in turn; {@code null} for an unconditional GAN.
     */
    private IntUnaryOperator labelOf(SampleOptions options) {
        int classes = classes();
        if (classes == 0) {
            if (options.labelOf() != null) {
                throw new IllegalArgumentException("spec '" + spec().name() + "' is not conditional: it takes no class label");
            }
            return null;
        }
        return options.labelOf() != null ? options.labelOf() : i -> i % classes;
    }

    private void generate(SampleOptions options, IntUnaryOperator labelOf, BatchSink sink) throws IOException {
        run.generate(options.count(), options.seed(spec()), options.batchSize(spec()), labelOf,
                (samples, first) -> sink.add(samples.toFloatArray(), first, Math.toIntExact(samples.getShape().get(0))));
    }

    /** Frees the generator's native memory; the run directory stays as it is. */
    @Override
    public void close() {
        run.close();
    }
}
