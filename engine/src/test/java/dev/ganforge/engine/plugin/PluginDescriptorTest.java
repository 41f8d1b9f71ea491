package dev.ganforge.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PluginDescriptorTest {

    @Test
    void pluginNamesMustBeLowercaseKebab() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PluginDescriptor.of(PluginFamily.LOSS, "WassersteinGP", "Wasserstein"));

        assertEquals("loss plugin name 'WassersteinGP' must be lowercase-kebab, e.g. 'wasserstein-gp'", error.getMessage());
    }

    @Test
    void parameterNamesMustBeLowercaseKebab() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ParameterSpec.integer("n_critic", 5, "critic steps"));

        assertEquals("parameter name 'n_critic' must be lowercase-kebab, e.g. 'n-critic'", error.getMessage());
    }

    @Test
    void defaultMustHaveTheParametersType() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ParameterSpec("steps", ParameterType.INTEGER, 2.5, "critic steps"));

        assertEquals("the default of parameter 'steps' must be a whole number, found 2.5", error.getMessage());
    }

    @Test
    void aParameterCannotBeDeclaredTwice() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PluginDescriptor.of(PluginFamily.OPTIMIZER, "adam", "Adam",
                        ParameterSpec.number("beta1", 0.5, "first moment"),
                        ParameterSpec.number("beta1", 0.9, "again")));

        assertEquals("optimizer plugin 'adam' declares parameter 'beta1' twice", error.getMessage());
    }

    @Test
    void keysThatNameThePluginInYamlCannotBeParameters() {
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> PluginDescriptor.of(PluginFamily.LOSS, "hinge", "Hinge",
                        ParameterSpec.string("type", "x", "clashes with the plugin's own key")));
        IllegalArgumentException classes = assertThrows(IllegalArgumentException.class,
                () -> PluginDescriptor.of(PluginFamily.CONDITIONING, "projection", "Projection",
                        ParameterSpec.integer("classes", 10, "clashes with conditioning.classes")));

        assertEquals("loss plugin 'hinge' cannot declare a parameter named 'type':"
                + " in YAML that key belongs to the loss block itself", type.getMessage());
        assertEquals("conditioning plugin 'projection' cannot declare a parameter named 'classes':"
                + " in YAML that key belongs to the conditioning block itself", classes.getMessage());
    }

    @Test
    void familiesAreFoundByTheirWord() {
        assertEquals(PluginFamily.STRATEGY, PluginFamily.fromWord("strategy").orElseThrow());
        assertEquals(java.util.Optional.empty(), PluginFamily.fromWord("strategies"));
    }
}
