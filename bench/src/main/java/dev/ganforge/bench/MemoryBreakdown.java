package dev.ganforge.bench;

import ai.djl.engine.Engine;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Structure;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.yaml.YamlSpecReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.management.ObjectName;

/**
 * Where a training process's memory is, stage by stage: resident memory split into file-backed
 * pages (the JVM's and libtorch's code) and anonymous ones, glibc malloc's bytes in use and held
 * (libtorch's tensors and caches, and anything else of the native side), and the JVM's own
 * committed memory by Native Memory Tracking when the JVM runs with
 * {@code -XX:NativeMemoryTracking=summary}. The step is the trainer's on synthetic data, as in
 * {@link GanforgeStep}.
 *
 * <p>Usage: {@code MemoryBreakdown STEPS SPEC.yaml}. Malloc figures are glibc's
 * ({@code mallinfo2}); with another allocator preloaded they describe only what glibc still serves.
 */
public final class MemoryBreakdown {

    private MemoryBreakdown() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: MemoryBreakdown STEPS SPEC.yaml");
            System.exit(2);
        }
        int steps = Integer.parseInt(args[0]);
        GanSpec spec = YamlSpecReader.read(Path.of(args[1]));
        System.out.println("| stage | RSS MB | file-backed | anonymous | malloc in use | malloc held, unused | JVM heap committed / used |");
        System.out.println("|---|---|---|---|---|---|---|");
        stage("JVM started, spec read");
        Engine.getEngine("PyTorch").newBaseManager().close();
        stage("engine loaded");
        try (GanTrainer trainer = PerformanceBenchmark.trainer(spec, PluginRegistry.load())) {
            stage("networks built and initialised");
            PeakSampler sampler = PeakSampler.begin();
            trainer.trainStep();
            stage("after step 1");
            for (int i = 1; i < steps; i++) {
                trainer.trainStep();
            }
            stage("after step " + steps);
            sampler.finish();
            System.out.printf(Locale.ROOT, "%nsampled every 2 ms during the steps: malloc in use at most %d MB, while RSS was %d MB"
                    + " (file-backed %d, anonymous %d); malloc in use + held at most %d MB%n", sampler.maxInUse >> 20,
                    sampler.rssAtMaxInUse / 1024, sampler.fileAtMaxInUse / 1024, sampler.anonAtMaxInUse / 1024,
                    sampler.maxHeld >> 20);
            Map<String, Long> jvm = nativeMemoryTracking();
            System.out.printf(Locale.ROOT, "%npeak RSS (VmHWM) %d MB over %d steps of %s, batch %d%n", Rss.peak() / 1024,
                    steps, spec.name(), spec.training().batchSize());
            if (jvm.isEmpty()) {
                System.out.println("JVM committed memory: run with -XX:NativeMemoryTracking=summary to see it");
            } else {
                StringBuilder line = new StringBuilder("JVM committed MB (Native Memory Tracking):");
                jvm.forEach((category, kilobytes) -> line.append(' ').append(category).append(' ').append(kilobytes / 1024));
                System.out.println(line);
            }
        }
    }

    /** Samples malloc's bytes in use from a second thread while the steps run, keeping the highest. */
    private static final class PeakSampler extends Thread {
        private volatile boolean running = true;
        long maxInUse;
        long maxHeld;
        long rssAtMaxInUse;
        long fileAtMaxInUse;
        long anonAtMaxInUse;

        static PeakSampler begin() {
            PeakSampler sampler = new PeakSampler();
            sampler.setDaemon(true);
            sampler.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                Mallinfo2 malloc = Mallinfo2.now();
                if (malloc == null) {
                    return;
                }
                maxHeld = Math.max(maxHeld, malloc.inUse() + malloc.heldUnused());
                if (malloc.inUse() > maxInUse) {
                    maxInUse = malloc.inUse();
                    rssAtMaxInUse = Rss.current();
                    fileAtMaxInUse = Rss.fileBacked();
                    anonAtMaxInUse = Rss.anonymous();
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void finish() throws InterruptedException {
            running = false;
            join();
        }
    }

    private static void stage(String name) {
        Mallinfo2 malloc = Mallinfo2.now();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %d / %d |%n", name, Rss.current() / 1024,
                Rss.fileBacked() / 1024, Rss.anonymous() / 1024,
                malloc == null ? "?" : Long.toString(malloc.inUse() / (1 << 20)),
                malloc == null ? "?" : Long.toString(malloc.heldUnused() / (1 << 20)),
                runtime.totalMemory() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    /** The JVM's committed kilobytes by category, if Native Memory Tracking is on; empty otherwise. */
    private static Map<String, Long> nativeMemoryTracking() {
        Map<String, Long> committed = new LinkedHashMap<>();
        try {
            Object report = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
            String category = null;
            for (String line : report.toString().split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("Total:") || trimmed.startsWith("-")) {
                    category = trimmed.startsWith("Total:") ? "total"
                            : trimmed.substring(1, trimmed.indexOf('(')).strip().toLowerCase(Locale.ROOT).replace(' ', '-');
                    int at = trimmed.indexOf("committed=");
                    if (at >= 0) {
                        committed.put(category, Long.parseLong(trimmed.substring(at + 10).replaceAll("KB.*", "")));
                    }
                }
            }
        } catch (Exception e) {
            return Map.of();
        }
        committed.entrySet().removeIf(entry -> entry.getValue() < 1024 && !entry.getKey().equals("total"));
        return committed;
    }

    /** glibc's malloc statistics ({@code struct mallinfo2}, glibc 2.33 and later). */
    @Structure.FieldOrder({"arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost"})
    public static final class Mallinfo2 extends Structure implements Structure.ByValue {
        public long arena;
        public long ordblks;
        public long smblks;
        public long hblks;
        public long hblkhd;
        public long usmblks;
        public long fsmblks;
        public long uordblks;
        public long fordblks;
        public long keepcost;

        /** Bytes handed out: in the heap and in separately mapped blocks. */
        long inUse() {
            return uordblks + hblkhd;
        }

        /** Bytes the heap holds that are free (returned to malloc, not to the system). */
        long heldUnused() {
            return fordblks;
        }

        static Mallinfo2 now() {
            try {
                return C.LIBRARY.mallinfo2();
            } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
                return null;
            }
        }
    }

    private interface C extends Library {
        C LIBRARY = Native.load("c", C.class);

        Mallinfo2 mallinfo2();
    }
}
