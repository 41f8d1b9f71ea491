package dev.ganforge.yaml;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.dsl.Gan;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a GAN spec written in YAML (see {@code docs/yaml-reference.md}) and validates it.
 *
 * <p>The YAML is composed into a node tree and read node by node: no tag ever constructs a Java
 * object, non-standard tags are refused, and aliases, nesting and size are limited. Blocks are
 * read by their kinds' declarations ({@link BlockCatalog}), so the Java DSL and YAML build equal
 * blocks.
 *
 * <p>All problems of a file are reported together, each at its {@code file:line:column}: first
 * every structural problem (syntax, unknown or duplicate keys, wrong types, missing keys); if
 * there is none, every problem of {@link dev.ganforge.validate.SpecValidator}, placed at the
 * value its path names.
 *
 * <pre>{@code
 * GanSpec spec = YamlSpecReader.read(Path.of("mnist-dcgan.yaml"));
 * }</pre>
 */
public final class YamlSpecReader {

    private YamlSpecReader() {}

    /**
     * Reads and validates the spec in a UTF-8 file.
     *
     * @param file the YAML file; its path as given names it in messages
     * @return the valid spec
     * @throws SpecException listing every problem of the file, or the first byte that is not UTF-8
     * @throws IOException if the file cannot be read
     */
    public static GanSpec read(Path file) throws IOException {
        return read(SpecFileText.read(file), file.toString());
    }

    /**
     * Reads and validates the spec in a UTF-8 file, keeping where each path was written, so that
     * later checks (such as the engine's plugin checks) can report file, line and column.
     *
     * @throws SpecException listing every problem of the file, or the first byte that is not UTF-8
     * @throws IOException if the file cannot be read
     */
    public static LocatedSpec readLocated(Path file) throws IOException {
        return readLocated(SpecFileText.read(file), file.toString());
    }

    /**
     * Reads and validates a spec from YAML text.
     *
     * @param yamlText the YAML document
     * @param fileName the name messages give the text, e.g. {@code mnist-dcgan.yaml}
     * @return the valid spec
     * @throws SpecException listing every problem of the text
     */
    public static GanSpec read(String yamlText, String fileName) {
        return readLocated(yamlText, fileName).spec();
    }

    /** Reads and validates a spec from YAML text, keeping where each path was written. */
    public static LocatedSpec readLocated(String yamlText, String fileName) {
        return readLocated(yamlText, fileName, BlockCatalog.installed());
    }

    /**
     * Reads and validates a spec from YAML text against the block kinds of {@code catalog},
     * keeping where each path was written.
     */
    public static LocatedSpec readLocated(String yamlText, String fileName, BlockCatalog catalog) {
        Problems problems = new Problems(fileName);
        Node root = SafeYamlLoader.load(yamlText, problems);
        if (!problems.isEmpty()) {
            throw new SpecException(fileName, problems.inFileOrder());
        }
        return readLocated(root, problems, catalog);
    }

    /**
     * Reads and validates a spec from a composed YAML tree, reporting into {@code problems} (which
     * names the file) and throwing all of them together: the one path from YAML to a spec, for a
     * file and for a sweep's trial alike.
     */
    static LocatedSpec readLocated(Node root, Problems problems, BlockCatalog catalog) {
        SourceMap marks = new SourceMap();
        Gan.Optional gan = null;
        NodeReader reader = new NodeReader(problems, marks);
        try {
            gan = new SpecWalker(reader, catalog).read(root);
            if (root != null) {
                reader.refuseRemainingTags(root);
            }
        } catch (NodeReader.TooManyNodes e) {
            problems.add("", e.node.getStartMark(), "the file has more than " + NodeReader.MAX_NODES
                    + " values (counting every use of an alias), the limit for a spec; a GAN spec needs far fewer");
        }
        if (!problems.isEmpty()) {
            throw new SpecException(problems.file(), problems.inFileOrder());
        }
        try {
            return new LocatedSpec(gan.build(catalog), path -> problems.location(marks.locate(path)));
        } catch (SpecException invalid) {
            throw new SpecException(problems.file(), located(invalid.problems(), marks, problems));
        }
    }

    private static List<SpecProblem> located(List<SpecProblem> found, SourceMap marks, Problems problems) {
        List<SpecProblem> located = new ArrayList<>(found.size());
        for (SpecProblem problem : found) {
            located.add(problem.locatedAt(problems.location(marks.locate(problem.path()))));
        }
        return located;
    }
}
