/**
 * The plugin SPI: losses, penalties, conditioning methods, training strategies, optimisers,
 * datasets and metrics are contributed by Guice modules found with {@link java.util.ServiceLoader},
 * each declaring its name and parameters so that specs can be checked before training and
 * {@code ganforge plugins} can list them.
 *
 * <p>A plugin is a subclass of {@link dev.ganforge.engine.plugin.PluginModule} listed in
 * {@code META-INF/services/dev.ganforge.engine.plugin.PluginModule}; it registers one
 * {@link dev.ganforge.engine.plugin.PluginFactory} per plugin. The engine knows no concrete plugin:
 * {@link dev.ganforge.engine.plugin.PluginRegistry} finds them, and
 * {@link dev.ganforge.engine.plugin.PluginValidator} checks a spec's plugin references against it.
 */
package dev.ganforge.engine.plugin;
