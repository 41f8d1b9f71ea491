package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.dsl.Data;
import dev.ganforge.dsl.Gan;
import dev.ganforge.dsl.Latent;
import dev.ganforge.dsl.Layers;
import dev.ganforge.dsl.Network;
import dev.ganforge.engine.plugin.PluginModule;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.SpecException;
import dev.ganforge.yaml.YamlSpecReader;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A block kind from a jar compiled here, outside ganforge's modules, against the SPI alone: it is
 * listed by {@code ganforge plugins}, read from YAML and built from the DSL, validated with
 * positioned errors, and trained — with nothing in ganforge changed.
 */
class OutsideBlockPluginTest {

    private static final String SOURCE = """
            package outside.block;

            import ai.djl.ndarray.NDList;
            import ai.djl.nn.Block;
            import ai.djl.nn.LambdaBlock;
            import dev.ganforge.block.BlockInference;
            import dev.ganforge.block.BlockParameter;
            import dev.ganforge.block.ParameterKind;
            import dev.ganforge.engine.block.BlockKind;
            import dev.ganforge.engine.compile.BlockCompiler;
            import dev.ganforge.engine.compile.Scalars;
            import dev.ganforge.engine.plugin.PluginModule;
            import dev.ganforge.spec.BlockSpec;
            import java.util.List;

            public final class ScalePlugin extends PluginModule {

                @Override
                protected void configure() {
                    register(new ScaleKind());
                }

                static final class ScaleKind implements BlockKind {
                    public String name() {
                        return "scale";
                    }

                    public String description() {
                        return "multiplies every value by a fixed factor";
                    }

                    public List<BlockParameter> parameters() {
                        return List.of(BlockParameter.optional("factor", ParameterKind.NUMBER, 2.0,
                                BlockParameter.Rule.POSITIVE, "the factor", "factor: 0.5"));
                    }

                    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) {
                        return new BlockInference(input, 0);
                    }

                    public String details(BlockSpec block) {
                        return "×" + block.number("factor");
                    }

                    public Block compile(BlockSpec block, BlockCompiler compiler) {
                        float factor = (float) block.number("factor");
                        return new LambdaBlock(inputs -> new NDList(Scalars.times(inputs.singletonOrThrow(), factor)));
                    }
                }
            }
            """;

    private static final Path LAUNCHER = Path.of("..", "ganforge").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void blockKindFromAJarIsReadBuiltValidatedAndCompiledThroughItsCatalog() throws Exception {
        Path jar = buildPluginJar();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            BlockCatalog blocks = PluginRegistry.load(loader).blockCatalog();
            GanSpec read = YamlSpecReader.readLocated(ringWithScale("factor: 0.5"), "scale.yaml", blocks).spec();
            GanSpec built = Gan.named("tiny-ring")
                    .setData(Data.shaped(2).optRange(-2.5, 2.5))
                    .setLatent(Latent.normal(2))
                    .setGenerator(Network.of(Layers.dense(16).optActivation(Activation.relu()),
                            Layers.dense(2), Layers.block("scale").with("factor", 0.5)))
                    .setDiscriminator(Network.of(Layers.dense(16).optActivation(Activation.relu()),
                            Layers.dense(1)))
                    .build(blocks);
            assertEquals(built.generator().blocks(), read.generator().blocks());

            SpecException error = assertThrows(SpecException.class,
                    () -> YamlSpecReader.readLocated(ringWithScale("factr: 0.5"), "scale.yaml", blocks));
            assertEquals(List.of("scale.yaml:14:15: generator.blocks[2].factr: unknown key 'factr' in scale — did you mean"
                    + " 'factor'?"), error.problems().stream().map(Object::toString).toList());
        }
    }

    @Test
    void blockKindFromAJarOnTheLaunchersClassPathIsListedValidatedAndTrains() throws Exception {
        assumeTrue(Files.isDirectory(LAUNCHER.resolveSibling("cli/target/lib")), "the command line is packaged");
        Path jar = buildPluginJar();

        Outcome plugins = launch(jar, "plugins");
        assertEquals(0, plugins.exitCode(), plugins.err());
        assertTrue(plugins.out().contains("  scale — multiplies every value by a fixed factor\n"
                + "      factor  number  default 2  the factor\n"), plugins.out());

        Path bad = Files.writeString(dir.resolve("bad.yaml"), ringWithScale("factor: -1"));
        Outcome invalid = launch(jar, "validate", bad.toString());
        assertEquals(3, invalid.exitCode(), invalid.err());
        assertTrue(invalid.err().contains(bad + ":14:23: generator.blocks[2].factor: must be greater than 0, found -1"),
                invalid.err());

        Path spec = Files.writeString(dir.resolve("scale.yaml"), ringWithScale("factor: 0.5"));
        Outcome train = launch(jar, "train", spec.toString(), "--steps", "2", "--out", dir.resolve("run").toString());
        assertEquals(0, train.exitCode(), train.err());
        assertEquals(3, Files.readAllLines(dir.resolve("run").resolve("history.csv")).size());
    }

    private static String ringWithScale(String settings) {
        return TinySpecs.ring().replace("""
                    - dense: {units: 2}
                discriminator:""", """
                    - dense: {units: 2}
                    - scale: {%s}
                discriminator:""".formatted(settings));
    }

    private record Outcome(int exitCode, String out, String err) {}

    private Outcome launch(Path jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("GANFORGE_CLASSPATH", jar.toString());
        builder.environment().put("ONEDNN_MAX_CPU_ISA", "AVX");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher finished");
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path buildPluginJar() throws IOException, URISyntaxException {
        Path sources = Files.createDirectories(dir.resolve("src/outside/block"));
        Path source = Files.writeString(sources.resolve("ScalePlugin.java"), SOURCE);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path") + File.pathSeparator
                        + Path.of(PluginModule.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                source.toString());
        assertEquals(0, status, "javac failed; see the test output");
        Path jar = dir.resolve("scale-block.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                add(out, classes.relativize(file).toString().replace(File.separatorChar, '/'), Files.readAllBytes(file));
            }
            add(out, "META-INF/services/" + PluginModule.class.getName(),
                    "outside.block.ScalePlugin\n".getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void add(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
