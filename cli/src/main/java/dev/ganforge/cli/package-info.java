/** The {@code ganforge} command line: validate, describe, train, resume and sample specs, and list plugins. */
package dev.ganforge.cli;
