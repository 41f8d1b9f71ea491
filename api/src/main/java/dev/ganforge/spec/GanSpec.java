package dev.ganforge.spec;

import java.util.Objects;

/**
 * A complete, immutable declaration of a generative adversarial network: what the data looks
 * like, where the generator's noise comes from, the two networks, and the plugins that train
 * them.
 *
 * <p>Build one with {@code dev.ganforge.dsl.Gan} or read one with {@code
 * dev.ganforge.yaml.YamlSpecReader}; both produce equal records for the same declaration.
 *
 * @param name a short human name, used in summaries and run directories
 * @param data the shape and value range of real samples, and where they come from
 * @param latent the generator's noise input
 * @param conditioning class conditioning of both networks, or {@code null} for an unconditional GAN
 * @param generator the generator network; its output must have the data's shape
 * @param discriminator the discriminator (critic) network; it outputs one value per sample
 * @param loss the adversarial loss plugin
 * @param training batch size, steps, seed, intervals and training strategies
 */
public record GanSpec(
        String name,
        DataSpec data,
        LatentSpec latent,
        ConditioningSpec conditioning,
        NetworkSpec generator,
        NetworkSpec discriminator,
        PluginRef loss,
        TrainingSpec training) {

    /** The loss used when a spec names none: binary cross-entropy as the seed networks train it (non-saturating). */
    public static final PluginRef DEFAULT_LOSS = PluginRef.of("bce");

    public GanSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(latent, "latent");
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(discriminator, "discriminator");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(training, "training");
    }

    /** Whether both networks are conditioned on a class label. */
    public boolean isConditional() {
        return conditioning != null;
    }

    /** A copy with another training section. */
    public GanSpec withTraining(TrainingSpec newTraining) {
        return new GanSpec(name, data, latent, conditioning, generator, discriminator, loss, newTraining);
    }

    /** A copy with another loss. */
    public GanSpec withLoss(PluginRef newLoss) {
        return new GanSpec(name, data, latent, conditioning, generator, discriminator, newLoss, training);
    }
}
