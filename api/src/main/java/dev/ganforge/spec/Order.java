package dev.ganforge.spec;

/** Where normalisation and activation sit relative to the convolution of a composite block. */
public enum Order {
    /** convolution → normalisation → activation (the DCGAN paper). */
    POST,
    /** normalisation → activation → convolution (pre-activation, as in the seed-000 network). */
    PRE;

    /** The name used in YAML. */
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
