package dev.ganforge.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.engine.plugin.fixtures.MadePlugin;
import dev.ganforge.engine.plugin.fixtures.PyTorchOnlyPlugins;
import dev.ganforge.spec.PluginRef;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRegistryTest {

    private final PluginRegistry registry = PluginRegistry.load();

    @Test
    void discoversEveryModuleListedInTheServiceFile() {
        assertEquals(List.of("bce", "hinge", "wasserstein-gp"), registry.names(PluginFamily.LOSS));
        assertEquals(List.of("adam"), registry.names(PluginFamily.OPTIMIZER));
        assertEquals(List.of("n-critic"), registry.names(PluginFamily.STRATEGY));
        assertEquals(List.of("projection"), registry.names(PluginFamily.CONDITIONING));
        assertEquals(List.of("folder"), registry.names(PluginFamily.DATASET));
        assertEquals(List.of(), registry.names(PluginFamily.PENALTY));
        assertEquals(List.of(), registry.names(PluginFamily.METRIC));
    }

    @Test
    void descriptorsComeGroupedByFamilyThenSortedByName() {
        List<String> order = registry.descriptors().stream().map(d -> d.family() + "/" + d.name()).toList();
        assertEquals(List.of("loss/bce", "loss/hinge", "loss/wasserstein-gp", "conditioning/projection",
                "strategy/n-critic", "optimizer/adam", "dataset/folder", "block/activation", "block/avg-pool",
                "block/batch-norm", "block/conditional-batch-norm", "block/conv", "block/conv-transpose", "block/decoder",
                "block/dense", "block/dropout", "block/encoder", "block/flatten", "block/global-avg-pool", "block/global-sum-pool", "block/instance-norm",
                "block/projection", "block/reflection-pad", "block/reshape", "block/residual", "block/skip",
                "block/upsample", "block/zero-pad", "recipe/adversarial"), order);
    }

    @Test
    void createsAPluginWithDefaultsFilledIn() {
        MadePlugin loss = registry.create(PluginFamily.LOSS, PluginRef.of("wasserstein-gp").with("lambda", 5),
                MadePlugin.class);

        assertEquals(new MadePlugin("wasserstein-gp", Map.of("lambda", 5.0, "one-sided", false)), loss);
    }

    @Test
    void createsAFactoryRegisteredByClassThroughGuiceWithItsModulesBindings() {
        MadePlugin strategy = registry.create(PluginFamily.STRATEGY, PluginRef.of("n-critic").with("steps", 3),
                MadePlugin.class);

        assertEquals(new MadePlugin("n-critic", Map.of("steps", 3, "origin", "bound by TrainingTestPlugins")), strategy);
    }

    @Test
    void unknownNameFailsWithTheKnownNamesAndTheLikeliestMeant() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> registry.descriptor(PluginFamily.LOSS, "hinje"));

        assertEquals("unknown loss plugin 'hinje'; known loss plugins: bce, hinge, wasserstein-gp"
                + " — did you mean 'hinge'?", error.getMessage());
    }

    @Test
    void unknownNameWithNothingCloseListsTheKnownNamesOnly() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> registry.create(PluginFamily.LOSS, PluginRef.of("focal"), Object.class));

        assertEquals("unknown loss plugin 'focal'; known loss plugins: bce, hinge, wasserstein-gp", error.getMessage());
    }

    @Test
    void namesAreLookedUpOnlyInTheFamilyAsked() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> registry.descriptor(PluginFamily.OPTIMIZER, "hinge"));

        assertEquals("unknown optimizer plugin 'hinge'; known optimizer plugins: adam", error.getMessage());
    }

    @Test
    void unknownNameInAnEmptyFamilySaysNoneAreInstalled() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> registry.descriptor(PluginFamily.METRIC, "fid"));

        assertEquals("unknown metric plugin 'fid'; no metric plugins are installed — put a plugin jar on the class path",
                error.getMessage());
    }

    @Test
    void duplicateNameInAFamilyFailsNamingBothModules(@TempDir Path services) throws IOException {
        Path file = services.resolve("META-INF/services/dev.ganforge.engine.plugin.PluginModule");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "dev.ganforge.engine.plugin.fixtures.RivalHingePlugin\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {services.toUri().toURL()}, getClass().getClassLoader())) {
            IllegalStateException error = assertThrows(IllegalStateException.class, () -> PluginRegistry.load(loader));

            assertEquals("loss plugin 'hinge' is registered twice, by dev.ganforge.engine.plugin.fixtures.LossTestPlugins"
                    + " and by dev.ganforge.engine.plugin.fixtures.RivalHingePlugin;"
                    + " remove one of them from the class path or rename its plugin", error.getMessage());
        }
    }

    @Test
    void createRefusesBadParametersListingEveryProblem() {
        PluginRef ref = PluginRef.of("wasserstein-gp").with("lamda", 5).with("one-sided", "yes");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> registry.create(PluginFamily.LOSS, ref, MadePlugin.class));

        assertEquals("loss plugin 'wasserstein-gp' has no parameter 'lamda' — did you mean 'lambda'?\n"
                + "parameter 'one-sided' of loss plugin 'wasserstein-gp' must be true or false, found 'yes' (a string)",
                error.getMessage());
    }

    @Test
    void createRefusesAPluginThatIsNotWhatTheCallerNeeds() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> registry.create(PluginFamily.LOSS, PluginRef.of("bce"), Runnable.class));

        assertEquals("loss plugin 'bce' (from dev.ganforge.engine.plugin.fixtures.LossTestPlugins) created a "
                + MadePlugin.class.getName() + ", not the java.lang.Runnable a loss must be", error.getMessage());
    }

    @Test
    void listingShowsEveryPluginWithItsParametersGroupedByFamily() {
        String listing = registry.listing();
        assertEquals("""
                loss
                  bce — Minimax binary cross-entropy (Goodfellow et al., 2014)
                      (no parameters)
                  hinge — Hinge loss (Lim & Ye, 2017)
                      margin  number  default 1  how far past the boundary the critic must push
                  wasserstein-gp — Wasserstein loss with gradient penalty (Gulrajani et al., 2017)
                      lambda     number   default 10     weight of the gradient penalty
                      one-sided  boolean  default false  penalise only gradients above norm 1
                conditioning
                  projection — Projection discriminator (Miyato & Koyama, 2018)
                      embedding  integer  required  size of the label embedding
                strategy
                  n-critic — Train the critic several times per generator step (Arjovsky et al., 2017)
                      steps  integer  default 5  critic steps per generator step
                optimizer
                  adam — Adam (Kingma & Ba, 2015)
                      learning-rate  number  default 0.0002  step size
                      beta1          number  default 0.5     decay of the first moment
                dataset
                  folder — Images from a directory, one subdirectory per class
                      path    string  required       the directory
                      format  string  default 'png'  image file extension
                """, listing.substring(0, listing.indexOf("block\n")));
    }

    @Test
    void listingShowsBlockKindsWithTheirDeclaredParameters() {
        String listing = registry.listing();
        assertTrue(listing.contains("""
                  dropout — zeroes a share of the values while training (Srivastava et al. 2014)
                      rate  number  required  the share dropped, in [0, 1)
                """), listing);
        assertTrue(listing.contains("""
                      norm            norm        default batch  batch normalisation or none
                """), listing);
    }

    @Test
    void registryWithoutModulesIsEmptyAndSaysSo() {
        PluginRegistry empty = PluginRegistry.of(List.of());

        assertTrue(empty.descriptors().isEmpty());
        assertEquals("no plugins installed\n", empty.listing());
    }

    @Test
    void listingSaysWhichEnginesAPluginNeeds() {
        PluginRegistry registry = PluginRegistry.of(List.of(new PyTorchOnlyPlugins()));

        assertEquals("""
                loss
                  r1-autograd — Non-saturating loss with an R1 penalty taken by double backpropagation (Mescheder et al., 2018)
                      needs gradients of gradients (backward with create_graph) (create-graph-backward), so trains only on pytorch
                      (no parameters)
                """, registry.listing());
    }

    @Test
    void moduleThatFailsToConfigureIsNamed() {
        PluginModule broken = new PluginModule() {
            @Override
            protected void configure() {
                bind(Runnable.class);
            }

            @Override
            public String toString() {
                return "BrokenPlugin";
            }
        };

        IllegalStateException error = assertThrows(IllegalStateException.class, () -> PluginRegistry.of(List.of(broken)));

        assertTrue(error.getMessage().startsWith("could not install the ganforge plugin modules [BrokenPlugin]:\n"),
                error.getMessage());
    }
}
