package dev.ganforge.engine.assemble;

/** What a command does with a spec's data, and so what of the data is checked. */
public enum DataUse {
    /** The command reads it (validate, train, resume): its folders and files must be there, its classes right. */
    READ,
    /** The command does not (describe, sample): the spec may be checked where its data is not. */
    IGNORED
}
