package dev.ganforge.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Malformed specs: each problem is reported with its exact message at file:line:column. */
class YamlSpecReaderErrorsTest {

    private static final String DISCRIMINATOR = """
            discriminator:
              blocks: [flatten, dense: {units: 1}]
            """;

    private static List<String> problems(String yaml) {
        SpecException e = assertThrows(SpecException.class, () -> YamlSpecReader.read(yaml, "gan.yaml"));
        return e.problems().stream().map(SpecProblem::toString).toList();
    }

    @Test
    void syntaxErrorIsOneProblemAtTheParsersMark() {
        String yaml = """
                name: broken
                data:
                  shape: [1, 28, 28
                latent: {size: 100}
                """;

        assertEquals(List.of("gan.yaml:4:7: YAML syntax error: expected ',' or ']', but got : (while parsing a flow"
                + " sequence at line 3, column 10); check the indentation, brackets and quotes here"), problems(yaml));
    }

    @Test
    void unknownKeySuggestsTheNearestKnownKey() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent: {size: 100}
                generator:
                  blocks:
                    - projection: {shape: [128, 7, 7]}
                    - decoder: {filters: [64, 1], kernal: 5}
                """ + DISCRIMINATOR;

        assertEquals(List.of("gan.yaml:7:35: generator.blocks[1].kernal: unknown key 'kernal' in decoder"
                + " — did you mean 'kernel'?"), problems(yaml));
    }

    @Test
    void unknownKeyFarFromAnyListsTheKnownKeys() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent: {size: 100}
                optimiser_settings: fast
                generator:
                  blocks: [projection: {shape: [1, 28, 28]}]
                """ + DISCRIMINATOR;

        assertEquals(List.of("gan.yaml:4:1: optimiser_settings: unknown key 'optimiser_settings' at the top level;"
                + " the keys are: name, data, latent, conditioning, loss, generator, discriminator, networks, recipe,"
                + " groups, training"),
                problems(yaml));
    }

    @Test
    void wrongTypeNamesTheValueFoundAndAnExample() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent: {size: 100}
                generator:
                  blocks:
                    - projection: {shape: [128, 7, 7]}
                    - decoder: {filters: [64, 1], kernel: five}
                """ + DISCRIMINATOR;

        assertEquals(List.of("gan.yaml:7:43: generator.blocks[1].kernel: expected a whole number for 'kernel',"
                + " found 'five'; e.g. kernel: 4"), problems(yaml));
    }

    @Test
    void quotedNumberIsAStringAndSaysSo() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent: {size: "100"}
                generator:
                  blocks: [projection: {shape: [1, 28, 28]}]
                """ + DISCRIMINATOR;

        assertEquals(List.of("gan.yaml:3:16: latent.size: expected a whole number for 'size', found \"100\""
                + " (quoted, so a string); e.g. size: 100"), problems(yaml));
    }

    @Test
    void missingRequiredKeyShowsWhatToAdd() {
        String yaml = """
                name: g
                data:
                  range: [0, 1]
                latent: {size: 100}
                generator:
                  blocks: [projection: {shape: [1, 28, 28]}]
                """ + DISCRIMINATOR;

        assertEquals(List.of("gan.yaml:3:3: data.shape: missing required key 'shape' in data;"
                + " add e.g. shape: [1, 28, 28]"), problems(yaml));
    }

    @Test
    void generatorOutputOtherThanTheDataShapeIsLocatedAtTheLastBlocksItem() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent: {size: 100}
                generator:
                  blocks:
                    - projection: {shape: [128, 4, 4]}
                    - decoder: {filters: [64, 32]}
                    - decoder: {filters: 1}
                """ + DISCRIMINATOR;

        assertEquals(List.of("gan.yaml:8:7: generator.blocks[3]: generator block 4 (decoder) outputs 1×32×32"
                + " but the data is 1×28×28; change the generator's last blocks (filters, strides, padding)"
                + " so that it outputs 1×28×28"), problems(yaml));
    }

    @Test
    void unknownBlockSuggestsTheNearestBlock() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent: {size: 100}
                generator:
                  blocks:
                    - projection: {shape: [128, 7, 7]}
                    - decodr: {filters: [64, 1]}
                discriminator:
                  blocks: [flaten, dense: {units: 1}]
                """;

        assertEquals(List.of(
                "gan.yaml:7:7: generator.blocks[1]: unknown block 'decodr' — did you mean 'decoder'?",
                "gan.yaml:9:12: discriminator.blocks[0]: unknown block 'flaten' — did you mean 'flatten'?"),
                problems(yaml));
    }

    @Test
    void duplicateKeyNamesBothLines() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent:
                  size: 100
                  size: 128
                generator:
                  blocks: [projection: {shape: [1, 28, 28]}]
                """ + DISCRIMINATOR;

        assertEquals(List.of("gan.yaml:5:3: latent.size: duplicate key 'size' in latent (first at line 4,"
                + " again at line 5); keep only one of them"), problems(yaml));
    }

    @Test
    void billionLaughsIsStoppedAtTheAliasOverTheLimit() {
        String yaml = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                """;

        assertEquals(List.of("gan.yaml:4:14: more than 20 aliases (*name) in one file; ganforge limits them because"
                + " aliases of aliases can expand to billions of values (\"billion laughs\"); write the values out"
                + " instead"), problems(yaml));
    }

    @Test
    void documentWithTooManyValuesIsRefused() {
        String yaml = "name: g\ndata: {shape: [" + "1, ".repeat(NodeReader.MAX_NODES) + "1]}\n";

        List<String> found = problems(yaml);

        assertEquals(1, found.size());
        assertEquals(true, found.get(0).endsWith(": the file has more than 10000 values (counting every use of an"
                + " alias), the limit for a spec; a GAN spec needs far fewer"), found.get(0));
    }

    @Test
    void unknownEngineSuggestsTheNearestEngine() {
        String yaml = """
                name: g
                data: {shape: [2]}
                latent: {size: 2}
                generator: {blocks: [dense: {units: 2}]}
                discriminator: {blocks: [dense: {units: 1}]}
                training: {engine: mxnett}
                """;

        assertEquals(List.of("gan.yaml:6:20: training.engine: unknown engine 'mxnett' — did you mean 'mxnet'?"),
                problems(yaml));
    }

    @Test
    void unknownActivationSuggestsOrListsTheFunctions() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent: {size: 100}
                generator:
                  blocks:
                    - projection: {shape: [1, 28, 28], activation: relu6}
                    - activation: swish
                discriminator:
                  blocks: [flatten, dense: {units: 1, activation: {type: relu, alpha: 0.1}}]
                """;

        assertEquals(List.of(
                "gan.yaml:6:52: generator.blocks[0].activation: unknown activation 'relu6' — did you mean 'relu'?",
                "gan.yaml:7:19: generator.blocks[1]: unknown activation 'swish'; expected one of: linear, relu,"
                        + " leaky-relu, tanh, sigmoid",
                "gan.yaml:9:71: discriminator.blocks[1].activation.alpha: alpha applies only to leaky-relu, found"
                        + " type 'relu'; remove alpha or write type: leaky-relu"),
                problems(yaml));
    }

    @Test
    void badPaddingIsReportedWithTheAllowedForms() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent: {size: 100}
                generator:
                  blocks:
                    - projection: {shape: [1, 28, 28]}
                    - conv: {filters: 1, padding: middle}
                    - conv: {filters: 1, padding: sme}
                    - conv: {filters: 1, padding: 1.5}
                """ + DISCRIMINATOR;

        assertEquals(List.of(
                "gan.yaml:7:35: generator.blocks[1].padding: unknown padding 'middle'; expected same, valid, or a"
                        + " whole number of pixels on each side, e.g. padding: 1",
                "gan.yaml:8:35: generator.blocks[2].padding: unknown padding 'sme' — did you mean 'same'?",
                "gan.yaml:9:35: generator.blocks[3].padding: expected same, valid or a whole number of pixels for"
                        + " 'padding', found '1.5'; e.g. padding: same"),
                problems(yaml));
    }

    @Test
    void negativeKernelIsReportedForEachBlockTheItemExpandsTo() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent: {size: 100}
                generator:
                  blocks:
                    - projection: {shape: [8, 7, 7]}
                    - decoder: {filters: [8, 1], kernel: -5}
                """ + DISCRIMINATOR;

        assertEquals(List.of(
                "gan.yaml:7:42: generator.blocks[1].kernel: must be a positive whole number, found -5",
                "gan.yaml:7:42: generator.blocks[2].kernel: must be a positive whole number, found -5"),
                problems(yaml));
    }

    @Test
    void validatorProblemOfOneFilterPointsAtItsEntryInTheList() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent: {size: 100}
                generator:
                  blocks:
                    - projection: {shape: [8, 7, 7]}
                    - decoder: {filters: [8, 0]}
                """ + DISCRIMINATOR;

        assertEquals(List.of("gan.yaml:7:30: generator.blocks[2].filters: must be a positive whole number, found 0"),
                problems(yaml));
    }

    @Test
    void nonStandardTagsAreRefusedWithoutConstructingAnything() {
        String yaml = """
                name: !!java.io.File /etc/passwd
                data: {shape: [1, 28, 28]}
                latent: {size: !foo 100}
                extra: !!python/object:os.system x
                generator:
                  blocks: [projection: {shape: [1, 28, 28]}]
                """ + DISCRIMINATOR;

        assertEquals(List.of(
                "gan.yaml:1:7: name: non-standard tag '!!java.io.File' is not allowed; a spec holds plain values"
                        + " only, so remove the tag",
                "gan.yaml:3:16: latent.size: non-standard tag '!foo' is not allowed; a spec holds plain values only,"
                        + " so remove the tag",
                "gan.yaml:4:1: extra: unknown key 'extra' at the top level; the keys are: name, data, latent,"
                        + " conditioning, loss, generator, discriminator, networks, recipe, groups, training",
                "gan.yaml:4:8: non-standard tag '!!python/object:os.system' is not allowed; a spec holds plain"
                        + " values only, so remove the tag"),
                problems(yaml));
    }

    @Test
    void emptyBlockListIsReportedAtTheList() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent: {size: 100}
                generator:
                  blocks: []
                """ + DISCRIMINATOR;

        assertEquals(List.of("gan.yaml:5:11: generator.blocks: the generator has no blocks; list at least one"),
                problems(yaml));
    }

    @Test
    void badEnumValueListsTheChoices() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent: {size: 100}
                generator:
                  blocks:
                    - projection: {shape: [8, 7, 7]}
                    - decoder: {filters: [8, 1], order: middle}
                """ + DISCRIMINATOR;

        assertEquals(List.of("gan.yaml:7:41: generator.blocks[1].order: unknown order 'middle'; expected one of:"
                + " pre, post"), problems(yaml));
    }

    @Test
    void rangeWithMinNotBelowMaxIsLocatedAtTheRange() {
        String yaml = """
                name: g
                data:
                  shape: [1, 28, 28]
                  range: [1, 0]
                latent: {size: 100}
                generator:
                  blocks: [projection: {shape: [1, 28, 28]}]
                """ + DISCRIMINATOR;

        assertEquals(List.of("gan.yaml:4:10: data.range: the range must be [min, max] with min < max, found"
                + " [1.0, 0.0]; e.g. [0, 1] or [-1, 1]"), problems(yaml));
    }

    @Test
    void severalProblemsAreReportedTogetherInFileOrder() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28], rang: [0, 1]}
                latent: {size: 100, distribution: gaussian}
                loss: 5
                generator:
                  blocks:
                    - projection: {shape: [128, 7, x]}
                    - decoder:
                      filters: 64
                training:
                  batch-size: 64.5
                  strategies: ema
                """;

        assertEquals(List.of(
                "gan.yaml:1:1: discriminator: missing required key 'discriminator' at the top level; add e.g."
                        + " discriminator: {blocks: [encoder: {filters: [64, 128]}, flatten, dense: {units: 1}]}",
                "gan.yaml:2:28: data.rang: unknown key 'rang' in data — did you mean 'range'?",
                "gan.yaml:3:35: latent.distribution: unknown distribution 'gaussian'; expected one of: normal, uniform",
                "gan.yaml:4:7: loss: expected a plugin name or {type: name, ...} for 'loss', found '5'; e.g. loss: bce",
                "gan.yaml:7:36: generator.blocks[0].shape[2]: expected a whole number for 'shape', found 'x';"
                        + " e.g. shape: [128, 7, 7]",
                "gan.yaml:8:7: generator.blocks[1]: a block is a mapping with one key, its name, but this item has"
                        + " 2 keys (decoder, filters); indent the settings under the block name, e.g. - decoder:"
                        + " {filters: [128, 64], kernel: 5}",
                "gan.yaml:11:15: training.batch-size: expected a whole number for 'batch-size', found '64.5';"
                        + " e.g. batch-size: 64",
                "gan.yaml:12:15: training.strategies: expected a list of plugin references for 'strategies',"
                        + " found 'ema'; e.g. strategies: [{type: n-critic, steps: 5}]"),
                problems(yaml));
    }

    @Test
    void blocksMissingTheirSettingsSayWhatToWrite() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent: {size: 100}
                generator:
                  blocks: [projection: {shape: [1, 28, 28]}, decoder]
                discriminator:
                  blocks: [flatten, dense: {units: 1}, zero-pad: {top: 1, bottom: 1, left: 1}, upsample: {factor: two}]
                """;

        assertEquals(List.of(
                "gan.yaml:5:46: generator.blocks[1]: block 'decoder' needs settings; write e.g. - decoder:"
                        + " {filters: [128, 64]}",
                "gan.yaml:7:50: discriminator.blocks[2].right: missing required key 'right' in zero-pad;"
                        + " add e.g. right: 1",
                "gan.yaml:7:99: discriminator.blocks[3].factor: expected a whole number for 'factor', found 'two';"
                        + " e.g. factor: 2"),
                problems(yaml));
    }

    @Test
    void pluginParametersMustBeScalars() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent: {size: 100}
                generator:
                  optimizer: {type: adam, lr: 2e-4, betas: [0.5, 0.9]}
                  blocks: [projection: {shape: [1, 28, 28]}]
                discriminator:
                  blocks: [flatten, dense: {units: 1, bias: maybe}]
                """;

        assertEquals(List.of(
                "gan.yaml:5:44: generator.optimizer.betas: expected a number, a string or a boolean for 'betas',"
                        + " found a list; e.g. betas: 0.5",
                "gan.yaml:8:45: discriminator.blocks[1].bias: expected true or false for 'bias', found 'maybe';"
                        + " e.g. bias: true"),
                problems(yaml));
    }

    @Test
    void emptyFileAndNonMappingRootAreReported() {
        assertEquals(List.of("gan.yaml:1:1: the file is empty; a spec needs at least name, data, latent, generator"
                + " and discriminator, e.g. name: mnist-dcgan"), problems("# nothing yet\n"));
        assertEquals(List.of("gan.yaml:1:1: expected a mapping of keys (name, data, latent, generator,"
                + " discriminator, ...) at the top level, found a list"), problems("- name: g\n"));
    }

    @Test
    void exceptionMessageListsEveryProblemWithItsLocation() {
        String yaml = """
                name: g
                data: {shape: [1, 28, 28]}
                latent: {size: 0}
                generator:
                  blocks: [projection: {shape: [1, 28, 28]}]
                """ + DISCRIMINATOR;

        SpecException e = assertThrows(SpecException.class, () -> YamlSpecReader.read(yaml, "gan.yaml"));

        assertEquals("1 problem in gan.yaml:\n  gan.yaml:3:16: latent.size: must be a positive whole number, found 0",
                e.getMessage());
    }
}
