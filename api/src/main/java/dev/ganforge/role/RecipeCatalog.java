package dev.ganforge.role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The roles each installed training recipe trains, with what it asks of each role's network. The
 * engine provides the installed recipes (built-in and plugins) through {@link ServiceLoader}: an
 * implementation listed in {@code META-INF/services/dev.ganforge.role.RecipeCatalog}.
 */
public interface RecipeCatalog {

    /** The name of the default recipe, which trains a generator and a discriminator. */
    String DEFAULT_RECIPE = "adversarial";

    /**
     * What the recipe called {@code recipe} asks of its networks, by role in the recipe's order;
     * empty if no such recipe is installed.
     */
    Optional<Map<String, NetworkContract>> roles(String recipe);

    /**
     * Whether the installed recipe called {@code recipe} feeds some network noise, so that a spec
     * it trains needs a latent; true for a recipe not installed, which validation reports.
     */
    static boolean feedsNoise(String recipe) {
        return installed().roles(recipe)
                .map(roles -> roles.values().stream().anyMatch(contract -> contract.feed() == Feed.NOISE))
                .orElse(true);
    }

    /** The default recipe's contracts: a generator fed noise and a critic scoring data. */
    static Map<String, NetworkContract> defaultRoles() {
        Map<String, NetworkContract> roles = new LinkedHashMap<>();
        roles.put("generator", NetworkContract.GENERATOR);
        roles.put("discriminator", NetworkContract.CRITIC);
        return roles;
    }

    /**
     * The recipes installed on the class path: the first catalog {@link ServiceLoader} finds that
     * knows a recipe answers for it; without any engine on the class path, only the default recipe
     * is known.
     */
    static RecipeCatalog installed() {
        return Installed.CATALOG;
    }

    /** Looks the installed catalogs up on first use. */
    final class Installed {
        private static final RecipeCatalog CATALOG = load();

        private Installed() {}

        private static RecipeCatalog load() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            List<RecipeCatalog> catalogs = ServiceLoader.load(RecipeCatalog.class,
                    context != null ? context : RecipeCatalog.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get).toList();
            return recipe -> {
                for (RecipeCatalog catalog : catalogs) {
                    Optional<Map<String, NetworkContract>> roles = catalog.roles(recipe);
                    if (roles.isPresent()) {
                        return roles;
                    }
                }
                return recipe.equals(DEFAULT_RECIPE) ? Optional.of(defaultRoles()) : Optional.empty();
            };
        }
    }
}
