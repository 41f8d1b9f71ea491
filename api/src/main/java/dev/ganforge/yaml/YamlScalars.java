package dev.ganforge.yaml;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** Renders values as YAML text that reads back to the same value. */
final class YamlScalars {

    /** Text safe to write plain, in block and flow context alike, if it also resolves to a string. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9_./-]*");
    private static final Resolver RESOLVER = new Resolver();

    private YamlScalars() {}

    /** A string: plain when that reads back as the same string, double-quoted otherwise. */
    static String string(String value) {
        if (PLAIN.matcher(value).matches() && Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, value, true))) {
            return value;
        }
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0 || c == 0x2028 || c == 0x2029
                    || c >= 0xD800 && c < 0xE000 || c == 0xFFFE || c == 0xFFFF) {
                quoted.append(String.format("\\u%04X", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }

    /** A number: whole numbers without a fraction, others exactly as Java prints them. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return ".nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? ".inf" : "-.inf";
        }
        boolean negativeZero = value == 0 && 1 / value < 0;
        if (value == Math.rint(value) && Math.abs(value) < 1e15 && !negativeZero) {
            return Long.toString((long) value);
        }
        // Java's shortest exact form, with the exponent written "e-4" or "e+20": YAML 1.1 parsers
        // other than SnakeYAML (PyYAML, older editors) read a float only with a dot and a signed exponent
        String text = Double.toString(value);
        int exponent = text.indexOf('E');
        if (exponent < 0) {
            return text;
        }
        String power = text.substring(exponent + 1);
        return text.substring(0, exponent) + "e" + (power.startsWith("-") ? power : "+" + power);
    }

    /** A plugin parameter or any other scalar value. */
    static String value(Object value) {
        if (value instanceof Double number) {
            return number(number);
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof Boolean bool) {
            return bool.toString();
        }
        return string(value.toString());
    }

    /** {@code [a, b, c]}. */
    static String flowList(List<?> values) {
        return values.stream().map(YamlScalars::value).collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code {key: value, ...}}, the values already rendered. */
    static String flowMap(Map<String, String> rendered) {
        return rendered.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
