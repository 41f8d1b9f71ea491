/** The {@code ganforge} command line: validate and describe specs (train, resume and sample follow). */
package dev.ganforge.engine.cli;
