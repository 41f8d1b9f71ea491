package dev.ganforge.yaml;

import dev.ganforge.dsl.Layers;
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
import dev.ganforge.spec.Order;
import dev.ganforge.spec.Padding;
import dev.ganforge.spec.ProjectionBlock;
import dev.ganforge.spec.ReshapeBlock;
import dev.ganforge.spec.UpsampleBlock;
import dev.ganforge.spec.ZeroPadBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders blocks as the items of a YAML {@code blocks} list, leaving out every setting equal to
 * the default of the DSL builder that reads it back, and joining neighbouring convolution-like
 * blocks that differ only in their filters into one item with a {@code filters} list.
 */
final class BlockWriter {

    private BlockWriter() {}

    /** One line per item, without the leading {@code "- "}. */
    static List<String> items(List<BlockSpec> blocks) {
        List<String> items = new ArrayList<>();
        String groupKind = null;
        Map<String, String> groupOptions = null;
        List<Integer> groupFilters = new ArrayList<>();
        for (BlockSpec block : blocks) {
            Integer filters = filters(block);
            Map<String, String> options = options(block);
            if (filters != null && block.kind().equals(groupKind) && options.equals(groupOptions)) {
                groupFilters.add(filters);
                continue;
            }
            if (groupKind != null) {
                items.add(withFilters(groupKind, groupFilters, groupOptions));
                groupKind = null;
            }
            if (filters != null) {
                groupKind = block.kind();
                groupOptions = options;
                groupFilters = new ArrayList<>(List.of(filters));
            } else {
                items.add(item(block, options));
            }
        }
        if (groupKind != null) {
            items.add(withFilters(groupKind, groupFilters, groupOptions));
        }
        return items;
    }

    private static String withFilters(String kind, List<Integer> filters, Map<String, String> options) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("filters", filters.size() == 1 ? filters.get(0).toString() : YamlScalars.flowList(filters));
        all.putAll(options);
        return kind + ": " + YamlScalars.flowMap(all);
    }

    private static String item(BlockSpec block, Map<String, String> options) {
        if (block instanceof UpsampleBlock up) {
            return "upsample: " + up.factor();
        }
        if (block instanceof DropoutBlock dropout) {
            return "dropout: " + YamlScalars.number(dropout.rate());
        }
        if (block instanceof ReshapeBlock reshape) {
            return "reshape: " + YamlScalars.flowList(reshape.shape());
        }
        if (block instanceof ActivationBlock activation) {
            return "activation: " + activation(activation.activation());
        }
        return options.isEmpty() ? block.kind() : block.kind() + ": " + YamlScalars.flowMap(options);
    }

    /** The filter count of a convolution-like block, {@code null} for any other. */
    private static Integer filters(BlockSpec block) {
        if (block instanceof DecoderBlock decoder) {
            return decoder.filters();
        }
        if (block instanceof EncoderBlock encoder) {
            return encoder.filters();
        }
        if (block instanceof ConvBlock conv) {
            return conv.filters();
        }
        if (block instanceof ConvTransposeBlock deconv) {
            return deconv.filters();
        }
        return null;
    }

    /** The block's settings that differ from its builder's defaults, filters left out. */
    private static Map<String, String> options(BlockSpec block) {
        Options options = new Options();
        if (block instanceof DecoderBlock b) {
            DecoderBlock d = (DecoderBlock) Layers.decoder(b.filters()).toBlocks().get(0);
            options.put("kernel", b.kernel(), d.kernel()).put("stride", b.stride(), d.stride())
                    .padding(b.padding(), d.padding()).put("output-padding", b.outputPadding(), d.outputPadding())
                    .put("bias", b.bias(), d.bias()).norm(b.norm(), d.norm())
                    .activation(b.activation(), d.activation()).order(b.order(), d.order());
        } else if (block instanceof EncoderBlock b) {
            EncoderBlock d = (EncoderBlock) Layers.encoder(b.filters()).toBlocks().get(0);
            options.put("kernel", b.kernel(), d.kernel()).put("stride", b.stride(), d.stride())
                    .padding(b.padding(), d.padding()).put("bias", b.bias(), d.bias())
                    .put("convolutions", b.convolutions(), d.convolutions()).norm(b.norm(), d.norm())
                    .activation(b.activation(), d.activation()).put("dropout", b.dropout(), d.dropout())
                    .order(b.order(), d.order()).put("spectral-norm", b.spectralNorm(), d.spectralNorm());
        } else if (block instanceof ConvBlock b) {
            ConvBlock d = (ConvBlock) Layers.conv(b.filters()).toBlocks().get(0);
            options.put("kernel", b.kernel(), d.kernel()).put("stride", b.stride(), d.stride())
                    .padding(b.padding(), d.padding()).put("bias", b.bias(), d.bias())
                    .activation(b.activation(), d.activation()).put("spectral-norm", b.spectralNorm(), d.spectralNorm());
        } else if (block instanceof ConvTransposeBlock b) {
            ConvTransposeBlock d = (ConvTransposeBlock) Layers.convTranspose(b.filters()).toBlocks().get(0);
            options.put("kernel", b.kernel(), d.kernel()).put("stride", b.stride(), d.stride())
                    .padding(b.padding(), d.padding()).put("output-padding", b.outputPadding(), d.outputPadding())
                    .put("bias", b.bias(), d.bias()).activation(b.activation(), d.activation());
        } else if (block instanceof ProjectionBlock b) {
            ProjectionBlock d = (ProjectionBlock) Layers.projection(1).toBlocks().get(0);
            options.always("shape", YamlScalars.flowList(b.shape())).put("bias", b.bias(), d.bias())
                    .norm(b.norm(), d.norm()).activation(b.activation(), d.activation());
        } else if (block instanceof DenseBlock b) {
            DenseBlock d = (DenseBlock) Layers.dense(b.units()).toBlocks().get(0);
            options.always("units", Integer.toString(b.units())).put("bias", b.bias(), d.bias())
                    .activation(b.activation(), d.activation()).put("spectral-norm", b.spectralNorm(), d.spectralNorm());
        } else if (block instanceof BatchNormBlock b) {
            BatchNormBlock d = BatchNormBlock.DEFAULT;
            options.put("momentum", b.momentum(), d.momentum()).put("epsilon", b.epsilon(), d.epsilon());
        } else if (block instanceof ZeroPadBlock b) {
            options.always("top", Integer.toString(b.top())).always("bottom", Integer.toString(b.bottom()))
                    .always("left", Integer.toString(b.left())).always("right", Integer.toString(b.right()));
        }
        return options.rendered;
    }

    /** An activation: its name, or {@code {type: leaky-relu, alpha: ..}} when alpha is not the default. */
    static String activation(Activation activation) {
        if (activation.function() == Activation.Function.LEAKY_RELU
                && Double.compare(activation.alpha(), Activation.DEFAULT_LEAKY_ALPHA) != 0) {
            return "{type: leaky-relu, alpha: " + YamlScalars.number(activation.alpha()) + "}";
        }
        return activation.function().yamlName();
    }

    /** Collects rendered settings, skipping those equal to their default. */
    private static final class Options {
        final Map<String, String> rendered = new LinkedHashMap<>();

        Options always(String key, String value) {
            rendered.put(key, value);
            return this;
        }

        Options put(String key, Object value, Object fallback) {
            if (!Objects.equals(value, fallback)) {
                rendered.put(key, YamlScalars.value(value));
            }
            return this;
        }

        Options padding(Padding value, Padding fallback) {
            if (!value.equals(fallback)) {
                rendered.put("padding", value.toString());
            }
            return this;
        }

        Options norm(BatchNormBlock value, BatchNormBlock fallback) {
            if (Objects.equals(value, fallback)) {
                return this;
            }
            if (value == null) {
                rendered.put("norm", "none");
            } else if (value.equals(BatchNormBlock.DEFAULT)) {
                rendered.put("norm", "batch");
            } else {
                Map<String, String> settings = new LinkedHashMap<>();
                settings.put("type", "batch");
                if (Double.compare(value.momentum(), BatchNormBlock.DEFAULT.momentum()) != 0) {
                    settings.put("momentum", YamlScalars.number(value.momentum()));
                }
                if (Double.compare(value.epsilon(), BatchNormBlock.DEFAULT.epsilon()) != 0) {
                    settings.put("epsilon", YamlScalars.number(value.epsilon()));
                }
                rendered.put("norm", YamlScalars.flowMap(settings));
            }
            return this;
        }

        Options activation(Activation value, Activation fallback) {
            if (!value.equals(fallback)) {
                rendered.put("activation", BlockWriter.activation(value));
            }
            return this;
        }

        Options order(Order value, Order fallback) {
            if (value != fallback) {
                rendered.put("order", value.yamlName());
            }
            return this;
        }
    }
}
