package dev.ganforge.engine.plugin;

import dev.ganforge.engine.backend.EngineCapability;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a plugin is: its family, the name specs use for it, what it does, and the parameters it
 * takes. Enough to check a spec and to list the plugin, without creating it.
 *
 * @param family the kind of plugin
 * @param name its lowercase-kebab name, unique in its family, e.g. {@code wasserstein-gp}
 * @param description one line saying what it does, citing its paper where there is one
 * @param parameters the parameters it declares, in the order listings show them
 * @param requirements engine features the plugin cannot run without (most need none); a spec
 *     that uses the plugin on an engine lacking one is refused by {@link PluginValidator}
 */
public record PluginDescriptor(PluginFamily family, String name, String description, List<ParameterSpec> parameters,
        Set<EngineCapability> requirements) {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public PluginDescriptor {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
        requirements = requirements == null || requirements.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(requirements));
        if (!isKebab(name)) {
            throw new IllegalArgumentException(family + " plugin name '" + name
                    + "' must be lowercase-kebab, e.g. 'wasserstein-gp'");
        }
        Set<String> seen = new HashSet<>();
        for (ParameterSpec parameter : parameters) {
            if (!seen.add(parameter.name())) {
                throw new IllegalArgumentException(family + " plugin '" + name + "' declares parameter '"
                        + parameter.name() + "' twice");
            }
            if (reserved(family, parameter.name())) {
                throw new IllegalArgumentException(family + " plugin '" + name + "' cannot declare a parameter named '"
                        + parameter.name() + "': in YAML that key belongs to the " + family + " block itself");
            }
        }
    }

    /** A descriptor with the given parameters, which runs on every engine. */
    public static PluginDescriptor of(PluginFamily family, String name, String description, ParameterSpec... parameters) {
        return new PluginDescriptor(family, name, description, List.of(parameters), Set.of());
    }

    /**
     * A copy that also requires {@code capabilities} of the engine, e.g. a loss that takes
     * gradients of gradients through PyTorch's internals:
     * {@code PluginDescriptor.of(LOSS, "r1", ...).requires(EngineCapability.CREATE_GRAPH_BACKWARD)}.
     */
    public PluginDescriptor requires(EngineCapability... capabilities) {
        Set<EngineCapability> all = EnumSet.noneOf(EngineCapability.class);
        all.addAll(requirements);
        all.addAll(List.of(capabilities));
        return new PluginDescriptor(family, name, description, parameters, all);
    }

    /** The parameter called {@code name}, if the plugin declares one. */
    public Optional<ParameterSpec> parameter(String name) {
        return parameters.stream().filter(parameter -> parameter.name().equals(name)).findFirst();
    }

    /** The names of the declared parameters, in declaration order. */
    public List<String> parameterNames() {
        return parameters.stream().map(ParameterSpec::name).toList();
    }

    /** How messages name this plugin, e.g. {@code loss plugin 'hinge'}. */
    public String title() {
        return family + " plugin '" + name + "'";
    }

    static boolean isKebab(String name) {
        return KEBAB.matcher(name).matches();
    }

    /** Keys a YAML plugin reference uses for itself, so no parameter can have them. */
    private static boolean reserved(PluginFamily family, String parameter) {
        return parameter.equals("type") || (family == PluginFamily.CONDITIONING && parameter.equals("classes"));
    }
}
