package dev.ganforge.bench;

import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.spec.DataSpec;
import dev.ganforge.spec.PluginRef;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * How long the training thread waits for a batch of decoded images, with the dataset's prefetch,
 * against reading the same batch on the training thread. A folder of noise PNGs (64×64 RGB,
 * which compress badly, so decoding costs what it costs for photographs) is read by the
 * {@code image-folder} plugin; between batches the caller keeps one core busy for as long as a
 * batch takes to read, standing in for a training step. Usage: {@code PrefetchBenchmark [BATCHES]}
 */
public final class PrefetchBenchmark {

    private static final int BATCH = 64;
    private static final int SIDE = 64;

    private PrefetchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path folder = Files.createTempDirectory("prefetch-benchmark-");
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < batches * BATCH; i++) {
            BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < SIDE; y++) {
                for (int x = 0; x < SIDE; x++) {
                    image.setRGB(x, y, random.nextInt(1 << 24));
                }
            }
            ImageIO.write(image, "png", folder.resolve(String.format(Locale.ROOT, "%05d.png", i)).toFile());
        }
        DataSpec data = new DataSpec(List.of(3, SIDE, SIDE), -1, 1, null);
        DatasetSource source = PluginRegistry.load().create(PluginFamily.DATASET,
                PluginRef.of("image-folder").with("directory", folder.toString()), DatasetSource.class);
        try (GanDataset dataset = source.open(data); NDManager manager = NDManager.newBaseManager()) {
            var train = dataset.split(GanDataset.Split.TRAIN).orElseThrow();
            train.slice(manager, 0, BATCH); // warm up the decoder
            long started = System.nanoTime();
            for (int b = 0; b < batches; b++) {
                try (NDManager step = manager.newSubManager()) {
                    train.slice(step, b * BATCH, BATCH);
                }
            }
            double direct = (System.nanoTime() - started) / 1e6 / batches;
            double waited = 0;
            for (int b = 0; b < batches; b++) {
                long asked = System.nanoTime();
                try (NDManager step = manager.newSubManager()) {
                    dataset.batch(step, 1, b, BATCH);
                }
                if (b > 0) { // the first request finds nothing prepared yet
                    waited += (System.nanoTime() - asked) / 1e6;
                }
                busy(direct);
            }
            waited /= batches - 1;
            System.out.printf(Locale.ROOT, "image-folder, %d batches of %d %dx%d PNGs: read on the training thread"
                    + " %.1f ms a batch; waited for a prefetched batch %.1f ms (%.2f of reading it)%n",
                    batches, BATCH, SIDE, SIDE, direct, waited, waited / direct);
        }
    }

    /** Keeps this thread's core busy for {@code millis}, as a training step would. */
    private static void busy(double millis) {
        long until = System.nanoTime() + (long) (millis * 1e6);
        double sink = 0;
        while (System.nanoTime() < until) {
            sink += Math.sqrt(sink + 1);
        }
        if (sink < 0) {
            System.out.println(sink);
        }
    }
}
