package dev.ganforge.engine.compile;

import dev.ganforge.spec.GanSpec;

/**
 * A GAN compiled onto DJL.
 *
 * @param spec the spec it was compiled from
 * @param generator latent (N, size) → data (N, ...)
 * @param discriminator data (N, ...) → one value per sample
 */
public record CompiledGan(GanSpec spec, CompiledNetwork generator, CompiledNetwork discriminator) {}
