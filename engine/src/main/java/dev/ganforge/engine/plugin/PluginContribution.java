package dev.ganforge.engine.plugin;

/**
 * A plugin factory together with the module that registered it, so that the registry can name
 * both modules when two claim the same name.
 *
 * @param module the fully qualified class name of the contributing {@link PluginModule}
 * @param factory the factory it registered
 */
record PluginContribution(String module, PluginFactory<?> factory) {}
