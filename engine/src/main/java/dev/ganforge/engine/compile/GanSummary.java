package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDManager;

/**
 * The summary of both networks of a compiled GAN. Its text ends with the two lines
 * {@code generator trainable parameters: N} and {@code discriminator trainable parameters: N}.
 *
 * @param name the GAN's name
 * @param generator the generator's summary
 * @param discriminator the discriminator's summary
 */
public record GanSummary(String name, NetworkSummary generator, NetworkSummary discriminator) {

    /** Initialises both networks of {@code gan} on {@code manager} and summarises them. */
    public static GanSummary of(CompiledGan gan, NDManager manager) {
        return new GanSummary(gan.spec().name(),
                NetworkSummary.of(gan.generator(), manager),
                NetworkSummary.of(gan.discriminator(), manager));
    }

    /** Both tables, then the two totals. */
    public String render() {
        return "GAN " + name + "\n\n"
                + generator.render() + "\n"
                + discriminator.render() + "\n"
                + "generator trainable parameters: " + NetworkSummary.grouped(generator.trainableParameters()) + "\n"
                + "discriminator trainable parameters: " + NetworkSummary.grouped(discriminator.trainableParameters()) + "\n";
    }
}
