package dev.ganforge.engine.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import dev.ganforge.block.BlockCatalog;
import dev.ganforge.engine.block.BlockKind;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.validate.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every installed plugin, by family and name. Plugins are {@link PluginModule}s found with
 * {@link ServiceLoader} and installed into one Guice injector; the registry then looks them up
 * by the names specs use, and creates them.
 *
 * <p>Two plugins with the same name in one family are refused when the registry is built, naming
 * both modules: choosing one silently would make a spec's meaning depend on class-path order.
 */
public final class PluginRegistry {

    private static final Key<Set<PluginContribution>> CONTRIBUTIONS = Key.get(new TypeLiteral<>() {});

    private final Map<PluginFamily, Map<String, PluginContribution>> plugins;

    private PluginRegistry(Map<PluginFamily, Map<String, PluginContribution>> plugins) {
        this.plugins = plugins;
    }

    /** The plugins visible to the current thread's context class loader. */
    public static PluginRegistry load() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return load(context != null ? context : PluginRegistry.class.getClassLoader());
    }

    /**
     * The plugins listed in {@code META-INF/services/dev.ganforge.engine.plugin.PluginModule}
     * resources visible to {@code loader}, e.g. a {@link java.net.URLClassLoader} over plugin jars.
     *
     * @throws IllegalStateException if a listed module cannot be loaded, a module fails to
     *     configure, or two plugins of a family share a name
     */
    public static PluginRegistry load(ClassLoader loader) {
        List<PluginModule> modules = new ArrayList<>();
        try {
            ServiceLoader.load(PluginModule.class, Objects.requireNonNull(loader, "loader")).forEach(modules::add);
        } catch (ServiceConfigurationError error) {
            throw new IllegalStateException("could not load a ganforge plugin module: " + error.getMessage(), error);
        }
        return of(modules);
    }

    /**
     * The plugins of the given modules, without looking anything up: for embedding ganforge in a
     * program that already knows its plugins.
     *
     * @throws IllegalStateException if a module fails to configure, or two plugins of a family
     *     share a name
     */
    public static PluginRegistry of(Collection<? extends PluginModule> modules) {
        List<Module> all = new ArrayList<>(modules);
        all.add(new AbstractModule() {
            @Override
            protected void configure() {
                // Declares the set, so that a registry with no plugins is empty rather than broken.
                Multibinder.newSetBinder(binder(), PluginContribution.class);
            }
        });
        Injector injector;
        try {
            injector = Guice.createInjector(all);
        } catch (CreationException error) {
            throw new IllegalStateException("could not install the ganforge plugin modules " + modules + ":\n"
                    + error.getMessage(), error);
        }
        return new PluginRegistry(index(injector.getInstance(CONTRIBUTIONS)));
    }

    private static Map<PluginFamily, Map<String, PluginContribution>> index(Set<PluginContribution> contributions) {
        Map<PluginFamily, Map<String, PluginContribution>> plugins = new EnumMap<>(PluginFamily.class);
        for (PluginFamily family : PluginFamily.values()) {
            plugins.put(family, new TreeMap<>());
        }
        List<String> duplicates = new ArrayList<>();
        for (PluginContribution contribution : contributions) {
            PluginDescriptor descriptor = contribution.factory().descriptor();
            PluginContribution earlier = plugins.get(descriptor.family()).putIfAbsent(descriptor.name(), contribution);
            if (earlier != null) {
                List<String> modules = new ArrayList<>(List.of(earlier.module(), contribution.module()));
                modules.sort(null);
                duplicates.add(descriptor.title() + " is registered twice, by " + modules.get(0) + " and by "
                        + modules.get(1) + "; remove one of them from the class path or rename its plugin");
            }
        }
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException(String.join("\n", duplicates));
        }
        plugins.replaceAll((family, byName) -> Collections.unmodifiableMap(byName));
        return plugins;
    }

    /** Every plugin's descriptor, grouped by family in {@link PluginFamily} order, then by name. */
    public List<PluginDescriptor> descriptors() {
        return plugins.values().stream()
                .flatMap(byName -> byName.values().stream())
                .map(contribution -> contribution.factory().descriptor())
                .toList();
    }

    /** The names of a family's plugins, sorted. */
    public List<String> names(PluginFamily family) {
        return List.copyOf(plugins.get(family).keySet());
    }

    /** The descriptor of a family's plugin called {@code name}, if one is installed. */
    public Optional<PluginDescriptor> find(PluginFamily family, String name) {
        return Optional.ofNullable(plugins.get(family).get(name)).map(contribution -> contribution.factory().descriptor());
    }

    /**
     * The descriptor of a family's plugin called {@code name}.
     *
     * @throws IllegalArgumentException naming the family's plugins and the likeliest one meant,
     *     if none is called {@code name}
     */
    public PluginDescriptor descriptor(PluginFamily family, String name) {
        return contribution(family, name).factory().descriptor();
    }

    /**
     * Creates the plugin {@code ref} names, with its parameters resolved.
     *
     * @param family the family to look the name up in
     * @param ref the plugin's name and the parameters a spec sets
     * @param type what the caller needs the plugin to be
     * @throws IllegalArgumentException if no plugin has that name, or a parameter is unknown, of
     *     the wrong type, or required but not set
     * @throws IllegalStateException if the plugin creates something that is not a {@code type}
     */
    public <T> T create(PluginFamily family, PluginRef ref, Class<T> type) {
        PluginContribution contribution = contribution(family, ref.type());
        PluginParameters parameters = PluginParameters.resolve(contribution.factory().descriptor(), ref);
        Object created = contribution.factory().create(parameters);
        if (!type.isInstance(created)) {
            throw new IllegalStateException(contribution.factory().descriptor().title() + " (from "
                    + contribution.module() + ") created " + (created == null ? "null" : "a " + created.getClass().getName())
                    + ", not the " + type.getName() + " a " + family + " must be");
        }
        return type.cast(created);
    }

    /** The block kinds of the {@link PluginFamily#BLOCK} plugins, for reading, checking and compiling networks. */
    public BlockCatalog blockCatalog() {
        List<BlockKind> kinds = new ArrayList<>();
        for (PluginContribution contribution : plugins.get(PluginFamily.BLOCK).values()) {
            kinds.add((BlockKind) contribution.factory().create(PluginParameters.resolve(
                    contribution.factory().descriptor(), PluginRef.of(contribution.factory().descriptor().name()))));
        }
        return BlockCatalog.of(kinds);
    }

    /**
     * Every plugin with its parameters (name, type, default, description) as text, grouped by
     * family: what {@code ganforge plugins} prints.
     */
    public String listing() {
        return PluginListing.render(descriptors(), blockCatalog());
    }

    private PluginContribution contribution(PluginFamily family, String name) {
        PluginContribution contribution = plugins.get(family).get(name);
        if (contribution == null) {
            throw new IllegalArgumentException(unknownPlugin(family, name));
        }
        return contribution;
    }

    /** Why {@code name} names no plugin of {@code family}: the known names and the likeliest one meant. */
    String unknownPlugin(PluginFamily family, String name) {
        String message = "unknown " + family + " plugin '" + name + "'";
        List<String> known = names(family);
        if (known.isEmpty()) {
            return message + "; no " + family + " plugins are installed — put a plugin jar on the class path";
        }
        return message + "; known " + family + " plugins: " + String.join(", ", known)
                + Suggestions.closest(name, known).map(match -> " — did you mean '" + match + "'?").orElse("");
    }
}
