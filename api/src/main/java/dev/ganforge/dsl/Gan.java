package dev.ganforge.dsl;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.spec.ConditioningSpec;
import dev.ganforge.spec.DataSpec;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.LatentSpec;
import dev.ganforge.spec.NetworkSpec;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.spec.TrainingSpec;
import dev.ganforge.validate.SpecValidator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The entry point of the Java DSL: a staged builder that asks, in order, for the data, the
 * latent, the generator and the discriminator, then offers the optional parts and
 * {@link Optional#build()}, which validates.
 */
public final class Gan {

    private Gan() {}

    /** Starts a GAN declaration. */
    public static DataStage named(String name) {
        return new Builder(Objects.requireNonNull(name, "name"));
    }

    /** First stage: the real data. */
    public interface DataStage {
        LatentStage setData(Data data);

        LatentStage setData(DataSpec data);
    }

    /** Second stage: the generator's noise. */
    public interface LatentStage {
        GeneratorStage setLatent(LatentSpec latent);
    }

    /** Third stage: the generator. */
    public interface GeneratorStage {
        DiscriminatorStage setGenerator(Network generator);
    }

    /** Fourth stage: the discriminator. */
    public interface DiscriminatorStage {
        Optional setDiscriminator(Network discriminator);
    }

    /** Last stage: everything with a default, then {@link #build()}. */
    public interface Optional {
        /** Sets the loss plugin; defaults to {@code bce}. */
        Optional optLoss(PluginRef loss);

        /** Conditions both networks on one of {@code classes} labels through the named plugin. */
        Optional optConditioning(int classes, PluginRef method);

        /** Sets the training settings; defaults to {@link TrainingSpec#DEFAULTS}. */
        Optional optTraining(Training training);

        /** Sets how a step trains the networks, a {@code recipe} plugin; defaults to {@code adversarial}. */
        Optional optRecipe(PluginRef recipe);

        /** Adds a network in a further role, for a recipe that trains it (YAML: under {@code networks}). */
        Optional optNetwork(String role, Network network);

        /**
         * Validates the spec against the installed block kinds and returns it, every block's
         * defaults filled in; throws a {@code SpecException} listing every problem.
         */
        GanSpec build();

        /** As {@link #build()}, against the block kinds of {@code catalog}. */
        GanSpec build(BlockCatalog catalog);
    }

    private static final class Builder implements DataStage, LatentStage, GeneratorStage, DiscriminatorStage, Optional {
        private final String name;
        private DataSpec data;
        private LatentSpec latent;
        private NetworkSpec generator;
        private NetworkSpec discriminator;
        private PluginRef loss = GanSpec.DEFAULT_LOSS;
        private PluginRef recipe = GanSpec.DEFAULT_RECIPE;
        private final Map<String, NetworkSpec> extraNetworks = new LinkedHashMap<>();
        private ConditioningSpec conditioning;
        private TrainingSpec training = TrainingSpec.DEFAULTS;

        Builder(String name) {
            this.name = name;
        }

        @Override
        public LatentStage setData(Data data) {
            return setData(data.build());
        }

        @Override
        public LatentStage setData(DataSpec data) {
            this.data = Objects.requireNonNull(data, "data");
            return this;
        }

        @Override
        public GeneratorStage setLatent(LatentSpec latent) {
            this.latent = Objects.requireNonNull(latent, "latent");
            return this;
        }

        @Override
        public DiscriminatorStage setGenerator(Network generator) {
            this.generator = generator.build();
            return this;
        }

        @Override
        public Optional setDiscriminator(Network discriminator) {
            this.discriminator = discriminator.build();
            return this;
        }

        @Override
        public Optional optLoss(PluginRef loss) {
            this.loss = Objects.requireNonNull(loss, "loss");
            return this;
        }

        @Override
        public Optional optConditioning(int classes, PluginRef method) {
            this.conditioning = new ConditioningSpec(classes, method);
            return this;
        }

        @Override
        public Optional optTraining(Training training) {
            this.training = training.build();
            return this;
        }

        @Override
        public Optional optRecipe(PluginRef recipe) {
            this.recipe = Objects.requireNonNull(recipe, "recipe");
            return this;
        }

        @Override
        public Optional optNetwork(String role, Network network) {
            if (role.equals(GanSpec.GENERATOR) || role.equals(GanSpec.DISCRIMINATOR)) {
                throw new IllegalArgumentException("the " + role + " is set with set" + Character.toUpperCase(role.charAt(0))
                        + role.substring(1) + "(...); optNetwork adds further roles");
            }
            extraNetworks.put(Objects.requireNonNull(role, "role"), network.build());
            return this;
        }

        @Override
        public GanSpec build() {
            return build(BlockCatalog.installed());
        }

        @Override
        public GanSpec build(BlockCatalog catalog) {
            Map<String, NetworkSpec> networks = new LinkedHashMap<>();
            networks.put(GanSpec.GENERATOR, generator);
            networks.put(GanSpec.DISCRIMINATOR, discriminator);
            networks.putAll(extraNetworks);
            GanSpec spec = new GanSpec(name, data, latent, conditioning, networks, loss, recipe, training);
            return SpecValidator.requireValid(spec, "spec '" + name + "'", catalog);
        }
    }
}
