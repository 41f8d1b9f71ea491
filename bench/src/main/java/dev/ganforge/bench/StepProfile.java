package dev.ganforge.bench;

import ai.djl.pytorch.jni.JniUtils;
import dev.ganforge.bench.reference.ReferenceGan;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.yaml.YamlSpecReader;
import java.nio.file.Path;

/**
 * Records libtorch's profiler trace (Chrome trace JSON) of ganforge's training step and of the
 * hand-written DJL step, for {@code bench/profile_summary.py} to break down by operator.
 * Usage: {@code StepProfile SPEC.yaml STEPS OUT-PREFIX} → OUT-PREFIX-ganforge.json, OUT-PREFIX-hand-written.json
 */
public final class StepProfile {

    private static final int WARMUP_STEPS = 3;

    private StepProfile() {}

    public static void main(String[] args) throws Exception {
        GanSpec spec = YamlSpecReader.read(Path.of(args[0]));
        int steps = Integer.parseInt(args[1]);
        int batch = spec.training().batchSize();
        try (GanTrainer trainer = PerformanceBenchmark.trainer(spec, PluginRegistry.load());
                ReferenceGan reference = PerformanceBenchmark.reference(spec.name()).apply(batch)) {
            // A few steps first, so that the allocator has reached its high-water mark and the
            // profile shows the steady state rather than first-touch page faults.
            for (int i = 0; i < WARMUP_STEPS; i++) {
                trainer.trainStep();
                reference.step(batch);
            }
            JniUtils.startProfile(false, true, false);
            for (int i = 0; i < steps; i++) {
                trainer.trainStep();
            }
            JniUtils.stopProfile(args[2] + "-ganforge.json");
            JniUtils.startProfile(false, true, false);
            for (int i = 0; i < steps; i++) {
                reference.step(batch);
            }
            JniUtils.stopProfile(args[2] + "-hand-written.json");
        }
    }
}
