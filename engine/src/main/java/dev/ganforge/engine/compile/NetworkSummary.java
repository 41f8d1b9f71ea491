package dev.ganforge.engine.compile;

import dev.ganforge.block.BlockCatalog;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import dev.ganforge.engine.condition.ConditionedBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Keras-like summary of one compiled network, read off the initialised DJL blocks themselves
 * (not the spec), so that it shows what will actually train.
 *
 * @param name {@code generator} or {@code discriminator}
 * @param input the shape of one input sample
 * @param rows one row per spec block
 */
public record NetworkSummary(String name, Shape input, List<Row> rows) {

    /**
     * One block of the summary.
     *
     * @param number 1-based position in the network; 0 for the row of the class conditioning
     * @param kind the spec block's kind
     * @param details the block's settings in a few words
     * @param output the shape of one output sample
     * @param trainableParameters the number of trainable values
     */
    public record Row(int number, String kind, String details, Shape output, long trainableParameters) {}

    public NetworkSummary {
        rows = List.copyOf(rows);
    }

    /**
     * Initialises {@code network}'s parameters on {@code manager} (for a batch of one) and
     * summarises it.
     */
    public static NetworkSummary of(CompiledNetwork network, NDManager manager) {
        Shape batchShape = network.inputShape(1);
        network.block().initialize(manager, DataType.FLOAT32, network.inputShapes(1));
        List<Row> rows = new ArrayList<>();
        Shape current = batchShape;
        int number = 0;
        if (network.isConditional()) {
            ConditionedBlock conditioned = network.conditioned();
            current = conditioned.layersInputShape(batchShape);
            rows.add(new Row(0, "conditioning", conditioned.description(), current.slice(1),
                    trainable(conditioned) - trainable(network.layers())));
        }
        for (Pair<String, Block> child : network.layers().getChildren()) {
            Block block = child.getValue();
            current = block.getOutputShapes(new Shape[] {current})[0];
            var spec = network.specs().get(number);
            String details = BlockCatalog.installed().find(spec.kind()).map(type -> type.details(spec)).orElse("");
            rows.add(new Row(++number, spec.kind(), details, current.slice(1), trainable(block)));
        }
        return new NetworkSummary(network.name(), batchShape.slice(1), rows);
    }

    /** The number of trainable values in {@code block} and its children. */
    public static long trainable(Block block) {
        long total = 0;
        for (Parameter parameter : block.getParameters().values()) {
            if (parameter.requiresGradient()) {
                total += parameter.getShape().size();
            }
        }
        return total;
    }

    /** The sum of every row's trainable parameters. */
    public long trainableParameters() {
        return rows.stream().mapToLong(Row::trainableParameters).sum();
    }

    /** The shape of one output sample. */
    public Shape output() {
        return rows.isEmpty() ? input : rows.get(rows.size() - 1).output();
    }

    /** The table, one line per block, as Keras prints it. */
    public String render() {
        StringBuilder out = new StringBuilder();
        String format = "%4s  %-16s %-44s %-14s %12s%n";
        out.append(name).append('\n');
        out.append(String.format(Locale.ROOT, format, "#", "block", "settings", "output", "trainable"));
        out.append(String.format(Locale.ROOT, format, "", "input", "", shape(input), ""));
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, format, row.number() == 0 ? "" : row.number(), row.kind(), row.details(), shape(row.output()),
                    grouped(row.trainableParameters())));
        }
        out.append(String.format(Locale.ROOT, format, "", "total", "", "", grouped(trainableParameters())));
        return out.toString();
    }

    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String shape(Shape shape) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shape.dimension(); i++) {
            text.append(i == 0 ? "" : "×").append(shape.get(i));
        }
        return text.toString();
    }
}
