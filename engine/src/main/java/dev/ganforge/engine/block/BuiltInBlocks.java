package dev.ganforge.engine.block;

import dev.ganforge.engine.plugin.PluginModule;

/** Registers the built-in block kinds through the same plugin SPI as a block plugin jar. */
public final class BuiltInBlocks extends PluginModule {

    @Override
    protected void configure() {
        register(new ProjectionKind());
        register(new DecoderKind());
        register(new EncoderKind());
        register(new DenseKind());
        register(new ConvKind());
        register(new ConvTransposeKind());
        register(new UpsampleKind());
        register(new BatchNormKind());
        register(new ConditionalBatchNormKind());
        register(new ActivationKind());
        register(new DropoutKind());
        register(new ZeroPadKind());
        register(new FlattenKind());
        register(new ReshapeKind());
        register(new GlobalAvgPoolKind());
        register(new GlobalSumPoolKind());
        register(new AvgPoolKind());
        register(new InstanceNormKind());
        register(new ReflectionPadKind());
        register(new ResidualKind());
        register(new SkipKind());
    }
}
