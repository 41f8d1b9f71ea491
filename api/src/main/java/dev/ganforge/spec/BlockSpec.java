package dev.ganforge.spec;

/**
 * One block of a network. A block is either a primitive layer or a composite ({@link
 * ProjectionBlock}, {@link DecoderBlock}, {@link EncoderBlock}) that stands for a few layers
 * in a common arrangement.
 */
public sealed interface BlockSpec
        permits DenseBlock, ConvBlock, ConvTransposeBlock, UpsampleBlock, BatchNormBlock,
                ActivationBlock, DropoutBlock, ZeroPadBlock, FlattenBlock, ReshapeBlock,
                GlobalAvgPoolBlock, ProjectionBlock, DecoderBlock, EncoderBlock {

    /** The block's name in YAML and in summaries, e.g. {@code conv-transpose}. */
    String kind();
}
