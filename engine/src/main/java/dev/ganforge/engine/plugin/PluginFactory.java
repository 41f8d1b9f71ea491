package dev.ganforge.engine.plugin;

import java.util.Objects;
import java.util.function.Function;

/**
 * Creates one plugin from its resolved parameters, and describes it. A {@link PluginModule}
 * registers one factory per plugin it contributes.
 *
 * @param <T> what the plugin creates, e.g. a loss
 */
public interface PluginFactory<T> {

    /** The plugin's family, name, description and declared parameters. */
    PluginDescriptor descriptor();

    /**
     * Creates the plugin.
     *
     * @param parameters every declared parameter, defaults filled and types checked
     */
    T create(PluginParameters parameters);

    /** A factory that describes itself with {@code descriptor} and creates with {@code creator}. */
    static <T> PluginFactory<T> of(PluginDescriptor descriptor, Function<PluginParameters, ? extends T> creator) {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(creator, "creator");
        return new PluginFactory<>() {
            @Override
            public PluginDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public T create(PluginParameters parameters) {
                return creator.apply(parameters);
            }

            @Override
            public String toString() {
                return descriptor.title();
            }
        };
    }
}
