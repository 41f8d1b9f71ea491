package dev.ganforge.sweep;

import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.SpecLocator;
import java.util.Map;
import java.util.Objects;

/**
 * One run of a sweep: the base spec with the settings of one point of the sweep and one seed.
 *
 * @param id the trial's name, stable for the same sweep file, used as its run directory's name
 *     (e.g. {@code t03-s1}: setting 3, seed 1)
 * @param setting the index of its setting among the sweep's settings
 * @param seedIndex which of the setting's seeds it is (0-based)
 * @param values each varied path to the value this trial gives it, as written (e.g. {@code loss}
 *     → {@code hinge}), in the sweep's order
 * @param spec the trial's spec, valid as a spec file is
 * @param locator where each of the spec's paths was written: in the sweep file for a varied
 *     setting, in the base spec otherwise
 */
public record Trial(String id, int setting, int seedIndex, Map<String, String> values, GanSpec spec,
        SpecLocator locator) {

    public Trial {
        Objects.requireNonNull(id, "id");
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(locator, "locator");
    }

    /** The setting as one line, e.g. {@code loss=hinge, generator.optimizer.lr=0.0002}. */
    public String settingText() {
        return settingText(values);
    }

    /** Values by path as one line, e.g. {@code loss=hinge, generator.optimizer.lr=0.0002}. */
    public static String settingText(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((path, value) -> text.append(text.isEmpty() ? "" : ", ").append(path).append('=').append(value));
        return text.isEmpty() ? "(base)" : text.toString();
    }
}
