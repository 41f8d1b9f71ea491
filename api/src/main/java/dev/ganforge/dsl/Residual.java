package dev.ganforge.dsl;

import dev.ganforge.spec.BlockSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A residual block, {@code body(x) + shortcut(x)} (He et al. 2016); the shortcut is the identity
 * unless given blocks. SNGAN's up-sampling generator block:
 *
 * <pre>
 * Java: residual(batchNorm(), relu(), upsample(2), conv(256), batchNorm(), relu(), conv(256))
 *           .optShortcut(upsample(2), conv(256).optKernel(1))
 * YAML: - residual:
 *           body: [batch-norm, activation: relu, upsample: 2, conv: {filters: 256}, batch-norm,
 *                  activation: relu, conv: {filters: 256}]
 *           shortcut: [upsample: 2, conv: {filters: 256, kernel: 1}]
 * </pre>
 */
public final class Residual extends BlockLayer<Residual> {

    Residual(Layer... body) {
        super("residual");
        set("body", blocks(body));
    }

    /** Sets the shortcut's blocks; defaults to none, the identity. */
    public Residual optShortcut(Layer... shortcut) {
        return set("shortcut", blocks(shortcut));
    }

    static List<BlockSpec> blocks(Layer... layers) {
        List<BlockSpec> blocks = new ArrayList<>();
        for (Layer layer : layers) {
            blocks.addAll(layer.toBlocks());
        }
        return blocks;
    }

    @Override
    protected Residual self() {
        return this;
    }
}
