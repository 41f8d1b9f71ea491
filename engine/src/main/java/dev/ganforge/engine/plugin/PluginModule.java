package dev.ganforge.engine.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.multibindings.Multibinder;
import dev.ganforge.engine.block.BlockKind;

/**
 * The base of every ganforge plugin: a Guice module that registers plugin factories.
 *
 * <p>A plugin jar lists its modules, one class name a line, in
 * {@code META-INF/services/dev.ganforge.engine.plugin.PluginModule}; {@link PluginRegistry}
 * finds them with {@link java.util.ServiceLoader}. The service is this class rather than Guice's
 * {@code com.google.inject.Module} so that only modules written for ganforge are installed: other
 * libraries on the class path may list general Guice modules that have nothing to do with it.
 *
 * <pre>{@code
 * public final class HingeLossPlugin extends PluginModule {
 *     @Override
 *     protected void configure() {
 *         register(PluginFactory.of(
 *                 PluginDescriptor.of(PluginFamily.LOSS, "hinge", "Hinge loss (Lim & Ye, 2017)",
 *                         ParameterSpec.number("margin", 1.0, "how far past the boundary the critic must push")),
 *                 params -> new HingeLoss(params.number("margin"))));
 *     }
 * }
 * }</pre>
 *
 * <p>Subclasses need a public no-argument constructor, as {@code ServiceLoader} requires. They may
 * bind anything else they need; a factory registered by class is created by Guice, so it can
 * have those bindings injected.
 */
public abstract class PluginModule extends AbstractModule {

    /** Contributes {@code factory}'s plugin. */
    protected final void register(PluginFactory<?> factory) {
        contributions().addBinding().toInstance(new PluginContribution(getClass().getName(), factory));
    }

    /** Contributes the plugin of a factory that Guice creates, with its dependencies injected. */
    protected final void register(Class<? extends PluginFactory<?>> factoryClass) {
        Provider<? extends PluginFactory<?>> factory = getProvider(factoryClass);
        String module = getClass().getName();
        Provider<PluginContribution> contribution = () -> new PluginContribution(module, factory.get());
        contributions().addBinding().toProvider(contribution);
    }

    /**
     * Contributes a block kind: its YAML name, parameters, shape rule and compilation all come
     * from {@code kind} (see {@link BlockKind}).
     */
    protected final void register(BlockKind kind) {
        register(PluginFactory.of(PluginDescriptor.of(PluginFamily.BLOCK, kind.name(), kind.description()),
                parameters -> kind));
    }

    private Multibinder<PluginContribution> contributions() {
        return Multibinder.newSetBinder(binder(), PluginContribution.class);
    }

    @Override
    public String toString() {
        return getClass().getName();
    }
}
