package dev.ganforge.yaml;

import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.SpecLocator;

/**
 * A spec read from a file, with the means to locate any of its paths in that file.
 *
 * @param spec the valid spec
 * @param locator where each path of the spec was written
 */
public record LocatedSpec(GanSpec spec, SpecLocator locator) {}
