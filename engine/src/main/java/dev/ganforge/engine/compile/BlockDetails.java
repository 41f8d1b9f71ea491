package dev.ganforge.engine.compile;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.ActivationBlock;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.ConvBlock;
import dev.ganforge.spec.ConvTransposeBlock;
import dev.ganforge.spec.DecoderBlock;
import dev.ganforge.spec.DenseBlock;
import dev.ganforge.spec.DropoutBlock;
import dev.ganforge.spec.EncoderBlock;
import dev.ganforge.spec.Padding;
import dev.ganforge.spec.ProjectionBlock;
import dev.ganforge.spec.ReshapeBlock;
import dev.ganforge.spec.UpsampleBlock;
import dev.ganforge.spec.ZeroPadBlock;
import dev.ganforge.validate.Shapes;
import java.util.StringJoiner;

/** A block's settings in a few words, for the summary's "settings" column. */
final class BlockDetails {

    private BlockDetails() {}

    static String describe(BlockSpec spec) {
        StringJoiner words = new StringJoiner(" ");
        if (spec instanceof DenseBlock dense) {
            words.add(dense.units() + " units");
            bias(words, dense.bias());
            activation(words, dense.activation());
            spectral(words, dense.spectralNorm());
        } else if (spec instanceof ConvBlock conv) {
            convolution(words, conv.filters(), conv.kernel(), conv.stride(), conv.padding(), conv.bias());
            activation(words, conv.activation());
            spectral(words, conv.spectralNorm());
        } else if (spec instanceof ConvTransposeBlock deconv) {
            convolution(words, deconv.filters(), deconv.kernel(), deconv.stride(), deconv.padding(), deconv.bias());
            activation(words, deconv.activation());
        } else if (spec instanceof DecoderBlock decoder) {
            convolution(words, decoder.filters(), decoder.kernel(), decoder.stride(), decoder.padding(), decoder.bias());
            words.add(decoder.order().yamlName());
            norm(words, decoder.norm());
            activation(words, decoder.activation());
        } else if (spec instanceof EncoderBlock encoder) {
            convolution(words, encoder.filters(), encoder.kernel(), encoder.stride(), encoder.padding(), encoder.bias());
            if (encoder.convolutions() > 1) {
                words.add("×" + encoder.convolutions());
            }
            words.add(encoder.order().yamlName());
            norm(words, encoder.norm());
            activation(words, encoder.activation());
            if (encoder.dropout() > 0) {
                words.add("dropout " + encoder.dropout());
            }
            spectral(words, encoder.spectralNorm());
        } else if (spec instanceof ProjectionBlock projection) {
            words.add("dense→" + Shapes.format(projection.shape()));
            norm(words, projection.norm());
            activation(words, projection.activation());
        } else if (spec instanceof BatchNormBlock norm) {
            words.add("momentum " + norm.momentum());
        } else if (spec instanceof ActivationBlock activation) {
            words.add(activation.activation().toString());
        } else if (spec instanceof DropoutBlock dropout) {
            words.add("rate " + dropout.rate());
        } else if (spec instanceof UpsampleBlock up) {
            words.add("×" + up.factor());
        } else if (spec instanceof ZeroPadBlock pad) {
            words.add("top " + pad.top() + " bottom " + pad.bottom() + " left " + pad.left() + " right " + pad.right());
        } else if (spec instanceof ReshapeBlock reshape) {
            words.add("→" + Shapes.format(reshape.shape()));
        }
        return words.toString();
    }

    private static void convolution(StringJoiner words, int filters, int kernel, int stride, Padding padding, boolean bias) {
        words.add(filters + " filters " + kernel + "×" + kernel + " s" + stride + " " + padding);
        bias(words, bias);
    }

    private static void bias(StringJoiner words, boolean bias) {
        if (!bias) {
            words.add("no-bias");
        }
    }

    private static void norm(StringJoiner words, BatchNormBlock norm) {
        if (norm != null) {
            words.add("bn");
        }
    }

    private static void activation(StringJoiner words, Activation activation) {
        if (!activation.isIdentity()) {
            words.add(activation.toString());
        }
    }

    private static void spectral(StringJoiner words, boolean spectralNorm) {
        if (spectralNorm) {
            words.add("spectral-norm");
        }
    }
}
