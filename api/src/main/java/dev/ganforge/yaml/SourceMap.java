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
     * Copies the marks of one YAML block item, recorded under spec block {@code first}, to every
     * spec block the item expands to: {@code decoder: {filters: [128, 64]}} is two blocks, and
     * each one's {@code filters} points at its own list entry.
     */
    void addExpanded(SourceMap item, String network, int first, int count) {
        String base = network + ".blocks[" + first + "]";
        item.marks.forEach((path, mark) -> {
            if (!path.startsWith(base)) {
                marks.putIfAbsent(path, mark);
                return;
            }
            String rest = path.substring(base.length());
            for (int j = 0; j < count; j++) {
                String target = network + ".blocks[" + (first + j) + "]";
                if (rest.startsWith(".filters[")) {
                    if (rest.equals(".filters[" + j + "]")) {
                        marks.putIfAbsent(target + ".filters", mark);
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
