package dev.ganforge.engine.compile;

import dev.ganforge.dsl.Conv;
import dev.ganforge.dsl.ConvTranspose;
import dev.ganforge.dsl.ConvolutionLayer;
import dev.ganforge.dsl.Decoder;
import dev.ganforge.dsl.Encoder;
import dev.ganforge.dsl.GenericBlock;
import dev.ganforge.dsl.Layer;
import dev.ganforge.dsl.Layers;
import dev.ganforge.dsl.Projection;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.Order;
import dev.ganforge.spec.Padding;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the block description of a PyTorch fixture (written in ganforge's YAML vocabulary)
 * into a block spec, through the Java DSL; composite blocks read their nested blocks the same
 * way. Public for the fixtures of other modules whose networks are written in the same
 * vocabulary (plugins' CycleGAN steps).
 */
public final class FixtureBlocks {

    private FixtureBlocks() {}

    /** The block spec of one fixture block (a JSON object with its {@code kind} and parameters). */
    public static BlockSpec block(Map<String, Object> json) {
        String kind = (String) json.get("kind");
        Layer layer = switch (kind) {
            case "conv" -> convolution(Layers.conv(integer(json, "filters")), json);
            case "conv-transpose" -> {
                ConvTranspose deconv = convolution(Layers.convTranspose(integer(json, "filters")), json);
                yield deconv.optOutputPadding(integer(json, "output-padding"));
            }
            case "dense" -> Layers.dense(integer(json, "units")).optBias((Boolean) json.get("bias"))
                    .optActivation(activation(json.get("activation")));
            case "activation" -> Layers.activation(activation(json.get("activation")));
            case "batch-norm" -> Layers.batchNorm(number(json, "momentum"), number(json, "epsilon"));
            case "conditional-batch-norm" -> Layers.conditionalBatchNorm(number(json, "momentum"), number(json, "epsilon"));
            case "upsample" -> Layers.upsample(integer(json, "factor"));
            case "zero-pad" -> Layers.zeroPad(integer(json, "top"), integer(json, "bottom"), integer(json, "left"), integer(json, "right"));
            case "global-avg-pool" -> Layers.globalAvgPool();
            case "flatten" -> Layers.flatten();
            case "reshape" -> Layers.reshape(ints(json.get("shape")));
            case "dropout" -> Layers.dropout(number(json, "rate"));
            case "projection" -> {
                Projection projection = Layers.projection(ints(json.get("shape"))).optBias((Boolean) json.get("bias"))
                        .optActivation(activation(json.get("activation")));
                yield json.get("norm") instanceof Map<?, ?> norm ? projection.optNorm(norm(cast(norm))) : projection;
            }
            case "decoder" -> {
                Decoder decoder = convolution(Layers.decoder(integer(json, "filters")), json)
                        .optOutputPadding(integer(json, "output-padding"))
                        .optOrder(Order.valueOf(((String) json.get("order")).toUpperCase(Locale.ROOT)));
                yield json.get("norm") instanceof Map<?, ?> norm ? decoder.optNorm(norm(cast(norm))) : decoder.optNoNorm();
            }
            case "encoder" -> {
                Encoder encoder = convolution(Layers.encoder(integer(json, "filters")), json)
                        .optConvolutions(integer(json, "convolutions"))
                        .optDropout(number(json, "dropout"))
                        .optOrder(Order.valueOf(((String) json.get("order")).toUpperCase(Locale.ROOT)));
                yield json.get("norm") instanceof Map<?, ?> norm ? encoder.optNorm(norm(cast(norm))) : encoder.optNoNorm();
            }
            case "residual" -> {
                GenericBlock residual = Layers.block("residual").withBlocks("body", layers(json.get("body")));
                // A fixture without a shortcut checks that the default is the identity.
                yield json.containsKey("shortcut") ? residual.withBlocks("shortcut", layers(json.get("shortcut"))) : residual;
            }
            case "skip" -> Layers.block("skip").withBlocks("body", layers(json.get("body")));
            case "avg-pool" -> Layers.block("avg-pool").with("size", integer(json, "size"));
            case "global-sum-pool" -> Layers.block("global-sum-pool");
            case "instance-norm" -> Layers.block("instance-norm").with("affine", (Boolean) json.get("affine"))
                    .with("epsilon", number(json, "epsilon"));
            case "reflection-pad" -> Layers.block("reflection-pad").with("size", integer(json, "size"));
            default -> throw new IllegalArgumentException("fixture block kind " + kind);
        };
        List<BlockSpec> blocks = layer.toBlocks();
        return blocks.get(0);
    }

    private static Layer[] layers(Object list) {
        return ((List<?>) list).stream().map(item -> Layer.of(block(cast((Map<?, ?>) item)))).toArray(Layer[]::new);
    }

    private static <T extends ConvolutionLayer<T>> T convolution(T layer, Map<String, Object> json) {
        Object padding = json.get("padding");
        Padding parsed = "same".equals(padding) ? Padding.same()
                : "valid".equals(padding) ? Padding.valid() : Padding.of(((Number) padding).intValue());
        return layer.optKernel(integer(json, "kernel"))
                .optStride(integer(json, "stride"))
                .optPadding(parsed)
                .optBias((Boolean) json.get("bias"))
                .optActivation(activation(json.get("activation")));
    }

    private static BatchNormBlock norm(Map<String, Object> json) {
        return new BatchNormBlock(number(json, "momentum"), number(json, "epsilon"));
    }

    private static Activation activation(Object json) {
        if (json == null) {
            return Activation.linear();
        }
        if (json instanceof Map<?, ?> map) {
            return Activation.leakyRelu(((Number) map.get("alpha")).doubleValue());
        }
        return new Activation(Activation.Function.valueOf(((String) json).toUpperCase(Locale.ROOT).replace('-', '_')),
                Activation.DEFAULT_LEAKY_ALPHA);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static int integer(Map<String, Object> json, String key) {
        return ((Number) json.get(key)).intValue();
    }

    private static double number(Map<String, Object> json, String key) {
        return ((Number) json.get(key)).doubleValue();
    }

    private static int[] ints(Object list) {
        return ((List<?>) list).stream().mapToInt(o -> ((Number) o).intValue()).toArray();
    }
}
