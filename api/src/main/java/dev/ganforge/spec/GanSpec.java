package dev.ganforge.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A complete, immutable declaration of a generative adversarial network: what the data looks
 * like, where the noise comes from, the networks by role, and the plugins that train them.
 *
 * <p>Build one with {@code dev.ganforge.dsl.Gan} or read one with {@code
 * dev.ganforge.yaml.YamlSpecReader}; both produce equal records for the same declaration.
 *
 * @param name a short human name, used in summaries and run directories
 * @param data the shape and value range of real samples, and where they come from
 * @param latent the generator's noise input
 * @param conditioning class conditioning of the networks, or {@code null} for an unconditional GAN
 * @param networks the networks by role, in the order summaries and checkpoints list them: the
 *     default recipe trains a {@code generator} (its output has the data's shape) and a {@code
 *     discriminator} (one value per sample); other recipes name other roles
 * @param loss the adversarial loss plugin
 * @param recipe how a step trains the networks, the {@code recipe} plugin
 * @param training batch size, steps, seed, intervals and training strategies
 */
public record GanSpec(
        String name,
        DataSpec data,
        LatentSpec latent,
        ConditioningSpec conditioning,
        Map<String, NetworkSpec> networks,
        PluginRef loss,
        PluginRef recipe,
        TrainingSpec training) {

    /** The loss used when a spec names none: binary cross-entropy as the seed networks train it (non-saturating). */
    public static final PluginRef DEFAULT_LOSS = PluginRef.of("bce");

    /** The recipe used when a spec names none: n critic updates, then a generator update. */
    public static final PluginRef DEFAULT_RECIPE = PluginRef.of("adversarial");

    /** The role of the network that makes samples from noise in the default recipe. */
    public static final String GENERATOR = "generator";

    /** The role of the network that scores samples in the default recipe. */
    public static final String DISCRIMINATOR = "discriminator";

    public GanSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(latent, "latent");
        Map<String, NetworkSpec> copy = new LinkedHashMap<>();
        Objects.requireNonNull(networks, "networks").forEach((role, network) ->
                copy.put(Objects.requireNonNull(role, "role"), Objects.requireNonNull(network, role)));
        networks = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(training, "training");
    }

    /** A GAN of a generator and a discriminator, trained by the default recipe. */
    public GanSpec(String name, DataSpec data, LatentSpec latent, ConditioningSpec conditioning, NetworkSpec generator,
            NetworkSpec discriminator, PluginRef loss, TrainingSpec training) {
        this(name, data, latent, conditioning, twoNetworks(generator, discriminator), loss, DEFAULT_RECIPE, training);
    }

    private static Map<String, NetworkSpec> twoNetworks(NetworkSpec generator, NetworkSpec discriminator) {
        Map<String, NetworkSpec> networks = new LinkedHashMap<>();
        networks.put(GENERATOR, Objects.requireNonNull(generator, GENERATOR));
        networks.put(DISCRIMINATOR, Objects.requireNonNull(discriminator, DISCRIMINATOR));
        return networks;
    }

    /**
     * The network in {@code role}.
     *
     * @throws IllegalArgumentException if the spec has none
     */
    public NetworkSpec network(String role) {
        NetworkSpec network = networks.get(role);
        if (network == null) {
            throw new IllegalArgumentException("spec '" + name + "' has no network '" + role + "'; it has "
                    + networks.keySet());
        }
        return network;
    }

    /** The default recipe's generator. */
    public NetworkSpec generator() {
        return network(GENERATOR);
    }

    /** The default recipe's discriminator (critic). */
    public NetworkSpec discriminator() {
        return network(DISCRIMINATOR);
    }

    /**
     * Where the network in {@code role} is written in a spec, for problems' paths: the generator and
     * the discriminator at the top level, other roles under {@code networks}.
     */
    public static String pathOf(String role) {
        return role.equals(GENERATOR) || role.equals(DISCRIMINATOR) ? role : "networks." + role;
    }

    /** Whether the networks are conditioned on a class label. */
    public boolean isConditional() {
        return conditioning != null;
    }

    /** A copy with another training section. */
    public GanSpec withTraining(TrainingSpec newTraining) {
        return new GanSpec(name, data, latent, conditioning, networks, loss, recipe, newTraining);
    }

    /** A copy with another loss. */
    public GanSpec withLoss(PluginRef newLoss) {
        return new GanSpec(name, data, latent, conditioning, networks, newLoss, recipe, training);
    }

    /** A copy with its networks replaced, by role. */
    public GanSpec withNetworks(Map<String, NetworkSpec> newNetworks) {
        return new GanSpec(name, data, latent, conditioning, newNetworks, loss, recipe, training);
    }
}
