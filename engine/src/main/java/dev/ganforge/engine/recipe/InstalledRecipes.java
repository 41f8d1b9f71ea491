package dev.ganforge.engine.recipe;

import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.role.NetworkContract;
import dev.ganforge.role.RecipeCatalog;
import dev.ganforge.spec.PluginRef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The recipes of the installed plugins ({@link PluginRegistry#load()}), offered to the api
 * module's validation as the {@link RecipeCatalog} service: each recipe created with its default
 * parameters, asked for its roles and their contracts.
 */
public final class InstalledRecipes implements RecipeCatalog {

    private PluginRegistry registry;

    /** Looks the plugins up on first use, as {@link java.util.ServiceLoader} requires a no-argument constructor. */
    public InstalledRecipes() {}

    private synchronized PluginRegistry registry() {
        if (registry == null) {
            registry = PluginRegistry.load();
        }
        return registry;
    }

    @Override
    public Optional<Map<String, NetworkContract>> roles(String recipe) {
        PluginRegistry registry = registry();
        if (registry.find(PluginFamily.RECIPE, recipe).isEmpty()) {
            return Optional.empty();
        }
        TrainingRecipe created;
        try {
            created = registry.create(PluginFamily.RECIPE, PluginRef.of(recipe), TrainingRecipe.class);
        } catch (IllegalArgumentException needsParameters) {
            return Optional.empty();
        }
        Map<String, NetworkContract> roles = new LinkedHashMap<>();
        created.roles().forEach(role -> roles.put(role, created.contract(role)));
        return Optional.of(roles);
    }
}
