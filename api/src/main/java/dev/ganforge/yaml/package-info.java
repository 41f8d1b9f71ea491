/**
 * The YAML front end: {@link dev.ganforge.yaml.YamlSpecReader} reads a spec file into the same
 * {@link dev.ganforge.spec.GanSpec} the Java DSL builds, reporting every problem at its
 * {@code file:line:column}; {@link dev.ganforge.yaml.YamlSpecWriter} writes a spec back as
 * canonical YAML. The format is described in {@code docs/yaml-reference.md}, and
 * {@code docs/ganforge.schema.json} lets editors complete and check it.
 */
package dev.ganforge.yaml;
