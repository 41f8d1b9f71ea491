package dev.ganforge.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockType;
import dev.ganforge.block.ParameterKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The editor schema in {@code docs/} parses and names exactly the keys the reader knows. */
class JsonSchemaTest {

    private static Map<String, Object> schema;

    @BeforeAll
    static void parseSchema() throws IOException {
        // JSON is YAML, so SnakeYAML parses the schema; surefire runs in the module's folder
        String text = Files.readString(Path.of("..", "docs", "ganforge.schema.json"), StandardCharsets.UTF_8);
        schema = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @Test
    void isADraft07Schema() {
        assertEquals("http://json-schema.org/draft-07/schema#", schema.get("$schema"));
    }

    @Test
    void namesEveryBlockKindTheReaderKnows() {
        Map<String, Object> block = definition("block");
        List<Map<String, Object>> forms = list(block.get("oneOf"));

        BlockCatalog catalog = BlockCatalog.installed();
        assertEquals(sorted(catalog.names()), sorted(map(forms.get(1).get("properties")).keySet()));
        assertEquals(sorted(catalog.names().stream().filter(kind -> catalog.find(kind).orElseThrow().parameters().stream()
                .noneMatch(BlockParameter::isRequired)).toList()), sorted(list(forms.get(0).get("enum"))));
    }

    @Test
    void eachBlocksSettingsMatchTheReadersKeys() {
        List<Map<String, Object>> forms = list(definition("block").get("oneOf"));
        Map<String, Object> kinds = map(forms.get(1).get("properties"));
        BlockCatalog catalog = BlockCatalog.installed();
        for (String kind : catalog.names()) {
            BlockType type = catalog.find(kind).orElseThrow();
            // An activation block's whole value is the activation, so its schema is the activation's.
            boolean activation = type.shorthand() != null
                    && type.parameter(type.shorthand()).orElseThrow().kind() == ParameterKind.ACTIVATION;
            Set<String> keys = activation ? sorted(Vocabulary.ACTIVATION.keys())
                    : sorted(type.parameters().stream().map(BlockParameter::name).toList());
            assertEquals(keys, sorted(propertyNames(map(kinds.get(kind)))), kind);
        }
    }

    @Test
    void sectionsMatchTheReadersKeys() {
        Map<String, Object> top = map(schema.get("properties"));
        assertEquals(sorted(Vocabulary.TOP.keys()), sorted(top.keySet()));
        assertEquals(sorted(Vocabulary.DATA.keys()), sorted(propertyNames(map(top.get("data")))));
        assertEquals(sorted(Vocabulary.LATENT.keys()), sorted(propertyNames(map(top.get("latent")))));
        assertEquals(sorted(Vocabulary.CONDITIONING.keys()), sorted(propertyNames(map(top.get("conditioning")))));
        assertEquals(sorted(Vocabulary.TRAINING.keys()), sorted(propertyNames(map(top.get("training")))));
        assertEquals(sorted(Vocabulary.NETWORK.keys()), sorted(propertyNames(definition("network"))));
        assertEquals(sorted(Vocabulary.NORM.keys()), sorted(propertyNames(definition("norm"))));
        assertEquals(sorted(Vocabulary.ACTIVATION.keys()), sorted(propertyNames(definition("activation"))));
    }

    @Test
    void activationNamesMatchTheReaders() {
        List<Map<String, Object>> forms = list(definition("activation").get("oneOf"));
        assertEquals(Vocabulary.ACTIVATIONS, list(forms.get(0).get("enum")));
    }

    /** The property names of a schema, through a $ref and across oneOf alternatives. */
    private static Set<String> propertyNames(Map<String, Object> node) {
        if (node.containsKey("$ref")) {
            String ref = (String) node.get("$ref");
            return propertyNames(definition(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        Set<String> names = new LinkedHashSet<>();
        if (node.containsKey("properties")) {
            names.addAll(map(node.get("properties")).keySet());
        }
        if (node.containsKey("oneOf")) {
            for (Object alternative : list(node.get("oneOf"))) {
                names.addAll(propertyNames(map(alternative)));
            }
        }
        return names;
    }

    private static Map<String, Object> definition(String name) {
        return map(map(schema.get("definitions")).get(name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }

    private static Set<String> sorted(java.util.Collection<?> values) {
        Set<String> sorted = new TreeSet<>();
        values.forEach(value -> sorted.add(value.toString()));
        return sorted;
    }
}
