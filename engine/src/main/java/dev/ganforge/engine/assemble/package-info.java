/**
 * The one place a spec is checked against everything it names before a command acts on it:
 * {@link dev.ganforge.engine.assemble.GanAssembler}.
 */
package dev.ganforge.engine.assemble;
