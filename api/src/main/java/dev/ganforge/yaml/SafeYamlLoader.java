package dev.ganforge.yaml;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns YAML text into a node tree with source marks, without constructing any Java object.
 * Limits are checked on a first pass over the parser's events, where each offence has a mark,
 * before the composer (whose own limits are kept as a backstop) builds the tree.
 */
final class SafeYamlLoader {

    /** Aliases allowed in one file; a spec has little use for them and many make "billion laughs". */
    static final int MAX_ALIASES = 20;
    /** Nesting of mappings and lists; a spec needs about 7. */
    static final int MAX_DEPTH = 30;
    /** Characters in one file. */
    static final int MAX_CODE_POINTS = 1 << 20;

    private SafeYamlLoader() {}

    /** The document's root node, {@code null} for an empty document or after reporting a problem. */
    static Node load(String text, Problems problems) {
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            problems.add("", null, "the file has more than " + MAX_CODE_POINTS
                    + " characters, the limit for a spec; a GAN spec is usually under a hundred lines");
            return null;
        }
        Yaml yaml = new Yaml(new SafeConstructor(options()));
        try {
            if (!withinLimits(yaml, text, problems)) {
                return null;
            }
            return yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add("", mark, syntaxMessage(e));
        } catch (YAMLException e) {
            problems.add("", null, "cannot read the YAML: " + e.getMessage());
        }
        return null;
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // found and reported with both lines by YamlMap
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit(MAX_CODE_POINTS * 4);
        // Nothing is ever constructed from a tag, so the composer may keep every tag; the node
        // reader refuses non-standard ones with a located message instead of a syntax error.
        options.setTagInspector(tag -> true);
        return options;
    }

    private static boolean withinLimits(Yaml yaml, String text, Problems problems) {
        int aliases = 0;
        int depth = 0;
        for (Event event : yaml.parse(new StringReader(text))) {
            if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
                problems.add("", event.getStartMark(), "more than " + MAX_ALIASES
                        + " aliases (*name) in one file; ganforge limits them because aliases of aliases can"
                        + " expand to billions of values (\"billion laughs\"); write the values out instead");
                return false;
            }
            if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                problems.add("", event.getStartMark(), "mappings and lists are nested more than " + MAX_DEPTH
                        + " deep; a spec needs far fewer levels, so check the indentation");
                return false;
            }
            if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return true;
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        StringBuilder message = new StringBuilder("YAML syntax error: ");
        message.append(e.getProblem() == null ? "unreadable text" : e.getProblem());
        if (e.getContext() != null) {
            message.append(" (").append(e.getContext());
            if (e.getContextMark() != null) {
                message.append(" at line ").append(e.getContextMark().getLine() + 1)
                        .append(", column ").append(e.getContextMark().getColumn() + 1);
            }
            message.append(')');
        }
        return message.append("; check the indentation, brackets and quotes here").toString();
    }
}
