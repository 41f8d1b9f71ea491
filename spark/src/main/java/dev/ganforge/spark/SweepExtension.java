package dev.ganforge.spark;

import dev.ganforge.cli.CliExtension;

/** Adds {@code ganforge sweep} to the command line when this module's jar is on the class path. */
public final class SweepExtension implements CliExtension {

    @Override
    public Object command() {
        return new SweepCommand();
    }
}
