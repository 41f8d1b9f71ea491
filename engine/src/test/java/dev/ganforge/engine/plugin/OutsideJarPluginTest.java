package dev.ganforge.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import dev.ganforge.spec.PluginRef;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves a plugin needs nothing from ganforge but the SPI: a plugin compiled here, at test time,
 * into a jar of its own is found and created through a class loader over that jar.
 */
class OutsideJarPluginTest {

    private static final String SOURCE = """
            package outside.plugin;

            import dev.ganforge.engine.plugin.ParameterSpec;
            import dev.ganforge.engine.plugin.PluginDescriptor;
            import dev.ganforge.engine.plugin.PluginFactory;
            import dev.ganforge.engine.plugin.PluginFamily;
            import dev.ganforge.engine.plugin.PluginModule;

            public final class EchoLossPlugin extends PluginModule {
                @Override
                protected void configure() {
                    register(PluginFactory.of(
                            PluginDescriptor.of(PluginFamily.LOSS, "echo", "Repeats its gain",
                                    ParameterSpec.number("gain", 2, "how loud")),
                            params -> "echo x" + params.number("gain")));
                }
            }
            """;

    @Test
    void pluginInAJarCompiledOutsideGanforgeIsFoundAndCreated(@TempDir Path work) throws Exception {
        Path jar = buildPluginJar(work);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            PluginRegistry registry = PluginRegistry.load(loader);

            assertEquals("Repeats its gain", registry.descriptor(PluginFamily.LOSS, "echo").description());
            assertEquals("echo x2.0", registry.create(PluginFamily.LOSS, PluginRef.of("echo"), String.class));
            assertEquals("echo x3.0", registry.create(PluginFamily.LOSS, PluginRef.of("echo").with("gain", 3), String.class));
        }
    }

    @Test
    void pluginJarIsInvisibleWithoutItsClassLoader() {
        assertTrue(PluginRegistry.load(getClass().getClassLoader()).find(PluginFamily.LOSS, "echo").isEmpty());
    }

    private static Path buildPluginJar(Path work) throws IOException, URISyntaxException {
        Path sources = Files.createDirectories(work.resolve("src/outside/plugin"));
        Path source = Files.writeString(sources.resolve("EchoLossPlugin.java"), SOURCE);
        Path classes = Files.createDirectories(work.resolve("classes"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-classpath", compileClassPath(),
                source.toString());
        assertEquals(0, status, "javac failed; see the test output");

        Path jar = work.resolve("echo-plugin.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    add(out, classes.relativize(file).toString().replace(File.separatorChar, '/'), Files.readAllBytes(file));
                }
            }
            add(out, "META-INF/services/" + PluginModule.class.getName(),
                    "outside.plugin.EchoLossPlugin\n".getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    /** The test class path, plus the jars of the SPI and Guice in case it is hidden in a manifest. */
    private static String compileClassPath() throws URISyntaxException {
        StringBuilder path = new StringBuilder(System.getProperty("java.class.path"));
        for (Class<?> type : List.of(PluginModule.class, AbstractModule.class, PluginRef.class, jakarta.inject.Provider.class)) {
            path.append(File.pathSeparator).append(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        return path.toString();
    }

    private static void add(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
