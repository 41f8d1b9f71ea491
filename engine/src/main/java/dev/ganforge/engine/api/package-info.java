/**
 * ganforge from Java: everything the {@code ganforge} command line does, in a few calls.
 * {@link dev.ganforge.engine.api.Ganforge} validates, describes, trains and resumes;
 * {@link dev.ganforge.engine.api.Run} samples from a trained run and evaluates it.
 *
 * <pre>{@code
 * GanSpec spec = YamlSpecReader.read(Path.of("dsl-examples/yaml/ring-bce.yaml"));   // or the DSL
 *
 * Validation validation = Ganforge.validate(spec);               // problems and warnings
 * System.out.print(Ganforge.describe(spec).text());              // what `ganforge describe` prints
 *
 * Path out = Path.of("runs/ring-bce");
 * Ganforge.train(spec, out, TrainingOptions.builder()
 *         .optSteps(500)
 *         .addListener(RunListener.progress(System.err))        // the progress line
 *         .build());
 * Ganforge.resume(out, TrainingOptions.builder().optMoreSteps(100).build());
 *
 * try (Run run = Ganforge.open(out)) {                           // at the latest checkpoint
 *     Samples points = run.sample(SampleOptions.of(1000));       // Java arrays
 *     float[][] values = points.toArray();
 *     run.write(Path.of("points.csv"), SampleOptions.of(1000));  // as `ganforge sample --out`
 * }
 * }</pre>
 *
 * <p>The results ({@link dev.ganforge.engine.api.GanDescription},
 * {@link dev.ganforge.engine.api.Samples}, {@link dev.ganforge.engine.api.MetricFigures}...) and
 * the options are immutable; options are built with {@code setX} for what is required and
 * {@code optX} for the rest. A {@link dev.ganforge.engine.api.Run} holds native memory until it is
 * closed; nothing else does. A spec's problems throw {@link dev.ganforge.validate.SpecException}
 * with the path of every offending value; files that cannot be read or written throw
 * {@link java.io.IOException}; arguments out of range throw {@link IllegalArgumentException}.
 */
package dev.ganforge.engine.api;
