package dev.ganforge.spec;

import java.util.Locale;
import java.util.Objects;

/**
 * An element-wise activation function.
 *
 * @param function which function
 * @param alpha the negative slope of {@link Function#LEAKY_RELU}; 0 for every other function
 */
public record Activation(Function function, double alpha) {

    /** The activation functions ganforge knows. */
    public enum Function {
        /** The identity: no activation. */
        LINEAR,
        /** max(0, x). */
        RELU,
        /** x for x &gt; 0, alpha·x otherwise. */
        LEAKY_RELU,
        /** The hyperbolic tangent, onto (-1, 1). */
        TANH,
        /** The logistic sigmoid, onto (0, 1). */
        SIGMOID;

        /** The lowercase-kebab name used in YAML, e.g. {@code leaky-relu}. */
        public String yamlName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The slope of a leaky ReLU when none is given, as in the DCGAN paper. */
    public static final double DEFAULT_LEAKY_ALPHA = 0.2;

    public Activation {
        Objects.requireNonNull(function, "function");
        if (function != Function.LEAKY_RELU) {
            alpha = 0;
        }
    }

    public static Activation linear() {
        return new Activation(Function.LINEAR, 0);
    }

    public static Activation relu() {
        return new Activation(Function.RELU, 0);
    }

    public static Activation leakyRelu(double alpha) {
        return new Activation(Function.LEAKY_RELU, alpha);
    }

    public static Activation leakyRelu() {
        return leakyRelu(DEFAULT_LEAKY_ALPHA);
    }

    public static Activation tanh() {
        return new Activation(Function.TANH, 0);
    }

    public static Activation sigmoid() {
        return new Activation(Function.SIGMOID, 0);
    }

    /** Whether this activation changes its input at all. */
    public boolean isIdentity() {
        return function == Function.LINEAR;
    }

    @Override
    public String toString() {
        return function == Function.LEAKY_RELU ? "leaky-relu(" + alpha + ")" : function.yamlName();
    }
}
