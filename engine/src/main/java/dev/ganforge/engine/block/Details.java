package dev.ganforge.engine.block;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import java.util.StringJoiner;

/** The words built-in kinds use in a summary's "settings" column, worded once. */
final class Details {

    private final StringJoiner words = new StringJoiner(" ");

    Details add(String word) {
        words.add(word);
        return this;
    }

    /** {@code 64 filters 4×4 s2 same}, and {@code no-bias} if it has none. */
    Details convolution(BlockSpec block) {
        words.add(block.integer("filters") + " filters " + block.integer("kernel") + "×" + block.integer("kernel") + " s"
                + block.integer("stride") + " " + block.padding("padding"));
        return bias(block.bool("bias"));
    }

    Details bias(boolean bias) {
        if (!bias) {
            words.add("no-bias");
        }
        return this;
    }

    Details norm(BatchNormBlock norm) {
        if (norm != null) {
            words.add("bn");
        }
        return this;
    }

    Details activation(Activation activation) {
        if (!activation.isIdentity()) {
            words.add(activation.toString());
        }
        return this;
    }

    Details spectral(BlockSpec block) {
        if (block.bool("spectral-norm")) {
            words.add("spectral-norm");
        }
        return this;
    }

    @Override
    public String toString() {
        return words.toString();
    }
}
