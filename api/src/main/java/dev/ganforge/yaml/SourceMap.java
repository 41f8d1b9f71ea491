package dev.ganforge.yaml;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;

/**
 * Where each spec path was written: {@code generator.blocks[3].kernel} → the mark of its value.
 * Used to place the validator's problems, which know paths but not files.
 */
final class SourceMap {

    private final Map<String, Mark> marks = new HashMap<>();

    void record(String path, Mark mark) {
        marks.putIfAbsent(path, mark);
    }

    /** The mark of {@code path}, or of its longest recorded prefix; {@code null} if none is. */
    Mark locate(String path) {
        String current = path;
        while (true) {
            Mark mark = marks.get(current);
            if (mark != null || current.isEmpty()) {
                return mark;
            }
            current = parent(current);
        }
    }

    /**
     * Copies the marks of one YAML block item, recorded under block {@code first} of the list at
     * {@code listPath}, to every block the item expands to: {@code decoder: {filters: [128, 64]}}
     * is two blocks, and each one's {@code filters} points at its own list entry.
     *
     * @param expanding the kind's expanding parameter, or {@code null} for an item of one block
     */
    void addExpanded(SourceMap item, String listPath, int first, int count, String expanding) {
        String base = listPath + "[" + first + "]";
        String entries = "." + expanding + "[";
        item.marks.forEach((path, mark) -> {
            if (!path.startsWith(base)) {
                marks.putIfAbsent(path, mark);
                return;
            }
            String rest = path.substring(base.length());
            for (int j = 0; j < count; j++) {
                String target = listPath + "[" + (first + j) + "]";
                if (expanding != null && rest.startsWith(entries)) {
                    if (rest.equals(entries + j + "]")) {
                        marks.putIfAbsent(target + "." + expanding, mark);
                    }
                } else {
                    marks.putIfAbsent(target + rest, mark);
                }
            }
        });
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
