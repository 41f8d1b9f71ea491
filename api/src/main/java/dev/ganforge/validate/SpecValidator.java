package dev.ganforge.validate;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.ConvBlock;
import dev.ganforge.spec.ConvTransposeBlock;
import dev.ganforge.spec.DecoderBlock;
import dev.ganforge.spec.DenseBlock;
import dev.ganforge.spec.DropoutBlock;
import dev.ganforge.spec.EncoderBlock;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.NetworkSpec;
import dev.ganforge.spec.Padding;
import dev.ganforge.spec.ProjectionBlock;
import dev.ganforge.spec.ReshapeBlock;
import dev.ganforge.spec.ActivationBlock;
import dev.ganforge.spec.TrainingSpec;
import dev.ganforge.spec.UpsampleBlock;
import dev.ganforge.spec.ZeroPadBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a {@link GanSpec} before anything runs: every field against its rule, then shape
 * inference through the generator (latent → data shape) and the discriminator (data shape →
 * one value per sample). All problems are gathered; nothing stops at the first.
 *
 * <p>Plugin names and parameters are not checked here: the engine checks them against the
 * plugins it finds.
 */
public final class SpecValidator {

    private final List<SpecProblem> problems = new ArrayList<>();

    private SpecValidator() {}

    /** Every problem of the spec, in a stable order; empty when the spec is sound. */
    public static List<SpecProblem> validate(GanSpec spec) {
        SpecValidator validator = new SpecValidator();
        validator.check(spec);
        return List.copyOf(validator.problems);
    }

    /** Throws a {@link SpecException} listing every problem, if there is any. */
    public static GanSpec requireValid(GanSpec spec, String source) {
        List<SpecProblem> found = validate(spec);
        if (!found.isEmpty()) {
            throw new SpecException(source, found);
        }
        return spec;
    }

    private void check(GanSpec spec) {
        if (spec.name().isBlank()) {
            problem("name", "the name is empty; give the GAN a short name such as 'mnist-dcgan'");
        }
        List<Integer> shape = spec.data().shape();
        boolean dataOk = true;
        if (shape.size() != 1 && shape.size() != 3) {
            problem("data.shape", "expected [channels, height, width] for images or [size] for vectors, found "
                    + shape + "; e.g. [1, 28, 28]");
            dataOk = false;
        } else {
            for (int i = 0; i < shape.size(); i++) {
                dataOk &= positive("data.shape[" + i + "]", shape.get(i));
            }
        }
        if (!(spec.data().min() < spec.data().max())) {
            problem("data.range", "the range must be [min, max] with min < max, found ["
                    + spec.data().min() + ", " + spec.data().max() + "]; e.g. [0, 1] or [-1, 1]");
        }
        boolean latentOk = positive("latent.size", spec.latent().size());
        if (spec.conditioning() != null && spec.conditioning().classes() < 2) {
            problem("conditioning.classes", "a conditional GAN needs at least 2 classes, found "
                    + spec.conditioning().classes());
        }
        boolean generatorOk = checkBlocks("generator", spec.generator());
        boolean discriminatorOk = checkBlocks("discriminator", spec.discriminator());
        checkTraining(spec.training());

        if (dataOk && latentOk && generatorOk) {
            checkGeneratorShape(spec);
        }
        if (dataOk && discriminatorOk) {
            checkDiscriminatorShape(spec);
        }
    }

    private void checkGeneratorShape(GanSpec spec) {
        List<Integer> data = spec.data().shape();
        List<BlockSpec> blocks = spec.generator().blocks();
        ShapeInference.Result result = ShapeInference.infer("generator", blocks, List.of(spec.latent().size()));
        if (!result.ok()) {
            problems.add(result.problem());
            return;
        }
        List<Integer> out = result.output(List.of(spec.latent().size()));
        if (!out.equals(data)) {
            int last = blocks.size() - 1;
            problem("generator.blocks[" + last + "]", "generator block " + (last + 1) + " (" + blocks.get(last).kind()
                    + ") outputs " + Shapes.format(out) + " but the data is " + Shapes.format(data)
                    + "; change the generator's last blocks (filters, strides, padding) so that it outputs "
                    + Shapes.format(data));
        }
    }

    private void checkDiscriminatorShape(GanSpec spec) {
        List<BlockSpec> blocks = spec.discriminator().blocks();
        ShapeInference.Result result = ShapeInference.infer("discriminator", blocks, spec.data().shape());
        if (!result.ok()) {
            problems.add(result.problem());
            return;
        }
        List<Integer> out = result.output(spec.data().shape());
        if (Shapes.size(out) != 1) {
            int last = blocks.size() - 1;
            problem("discriminator.blocks[" + last + "]", "discriminator block " + (last + 1) + " ("
                    + blocks.get(last).kind() + ") outputs " + Shapes.format(out)
                    + " but a discriminator must output one value per sample; end it with 'flatten' and 'dense: {units: 1}'");
        }
    }

    private boolean checkBlocks(String network, NetworkSpec spec) {
        if (spec.blocks().isEmpty()) {
            problem(network + ".blocks", "the " + network + " has no blocks; list at least one");
            return false;
        }
        int before = problems.size();
        for (int i = 0; i < spec.blocks().size(); i++) {
            checkBlock(network + ".blocks[" + i + "]", spec.blocks().get(i));
        }
        return problems.size() == before;
    }

    private void checkBlock(String path, BlockSpec block) {
        if (block instanceof DenseBlock dense) {
            positive(path + ".units", dense.units());
            activation(path + ".activation", dense.activation());
        } else if (block instanceof ConvBlock conv) {
            convolution(path, conv.filters(), conv.kernel(), conv.stride(), conv.padding());
            activation(path + ".activation", conv.activation());
        } else if (block instanceof ConvTransposeBlock deconv) {
            convolution(path, deconv.filters(), deconv.kernel(), deconv.stride(), deconv.padding());
            outputPadding(path, deconv.outputPadding(), deconv.stride(), deconv.padding());
            activation(path + ".activation", deconv.activation());
        } else if (block instanceof UpsampleBlock up) {
            positive(path + ".factor", up.factor());
        } else if (block instanceof BatchNormBlock norm) {
            batchNorm(path, norm);
        } else if (block instanceof ActivationBlock activation) {
            activation(path, activation.activation());
        } else if (block instanceof DropoutBlock dropout) {
            rate(path + ".rate", dropout.rate());
        } else if (block instanceof ZeroPadBlock pad) {
            notNegative(path + ".top", pad.top());
            notNegative(path + ".bottom", pad.bottom());
            notNegative(path + ".left", pad.left());
            notNegative(path + ".right", pad.right());
        } else if (block instanceof ReshapeBlock reshape) {
            dimensions(path + ".shape", reshape.shape());
        } else if (block instanceof ProjectionBlock projection) {
            dimensions(path + ".shape", projection.shape());
            normOf(path + ".norm", projection.norm());
            activation(path + ".activation", projection.activation());
        } else if (block instanceof DecoderBlock decoder) {
            convolution(path, decoder.filters(), decoder.kernel(), decoder.stride(), decoder.padding());
            outputPadding(path, decoder.outputPadding(), decoder.stride(), decoder.padding());
            normOf(path + ".norm", decoder.norm());
            activation(path + ".activation", decoder.activation());
        } else if (block instanceof EncoderBlock encoder) {
            convolution(path, encoder.filters(), encoder.kernel(), encoder.stride(), encoder.padding());
            positive(path + ".convolutions", encoder.convolutions());
            normOf(path + ".norm", encoder.norm());
            activation(path + ".activation", encoder.activation());
            rate(path + ".dropout", encoder.dropout());
        }
    }

    private void convolution(String path, int filters, int kernel, int stride, Padding padding) {
        positive(path + ".filters", filters);
        positive(path + ".kernel", kernel);
        positive(path + ".stride", stride);
        if (padding instanceof Padding.Explicit explicit) {
            notNegative(path + ".padding", explicit.amount());
        }
    }

    private void outputPadding(String path, int outputPadding, int stride, Padding padding) {
        if (outputPadding == 0) {
            return;
        }
        if (!(padding instanceof Padding.Explicit)) {
            problem(path + ".output-padding", "output padding " + outputPadding
                    + " needs an explicit padding amount (as in PyTorch), found padding '" + padding
                    + "'; set padding to a number or drop output-padding");
        } else if (outputPadding < 0 || outputPadding >= stride) {
            problem(path + ".output-padding", "output padding must be at least 0 and less than the stride ("
                    + stride + "), found " + outputPadding);
        }
    }

    private void normOf(String path, BatchNormBlock norm) {
        if (norm != null) {
            batchNorm(path, norm);
        }
    }

    private void batchNorm(String path, BatchNormBlock norm) {
        if (!(norm.momentum() >= 0 && norm.momentum() < 1)) {
            problem(path + ".momentum", "momentum is the weight of the old running statistic and must be in [0, 1), found "
                    + norm.momentum() + "; PyTorch's momentum=0.1 is 0.9 here");
        }
        if (!(norm.epsilon() > 0)) {
            problem(path + ".epsilon", "epsilon must be greater than 0, found " + norm.epsilon() + "; e.g. 1e-5");
        }
    }

    private void activation(String path, Activation activation) {
        if (activation.function() == Activation.Function.LEAKY_RELU && !(activation.alpha() >= 0)) {
            problem(path + ".alpha", "the leaky ReLU slope must be at least 0, found " + activation.alpha() + "; e.g. 0.2");
        }
    }

    private void rate(String path, double rate) {
        if (!(rate >= 0 && rate < 1)) {
            problem(path, "a dropout rate must be in [0, 1), found " + rate + "; e.g. 0.25");
        }
    }

    private void dimensions(String path, List<Integer> shape) {
        if (shape.isEmpty()) {
            problem(path, "the shape is empty; give its dimensions, e.g. [128, 7, 7]");
        }
        for (int i = 0; i < shape.size(); i++) {
            positive(path + "[" + i + "]", shape.get(i));
        }
    }

    private void checkTraining(TrainingSpec training) {
        positive("training.batch-size", training.batchSize());
        if (training.steps() < 0) {
            problem("training.steps", "steps must be at least 0, found " + training.steps());
        }
        positive("training.sample-every", training.sampleEvery());
        positive("training.checkpoint-every", training.checkpointEvery());
        if (training.evaluateEvery() < 0) {
            problem("training.evaluate-every", "must be 0 (never) or a positive whole number of steps, found "
                    + training.evaluateEvery());
        } else if (training.evaluateEvery() > 0 && training.metrics().isEmpty()) {
            problem("training.evaluate-every", "evaluate-every is set but there is nothing to evaluate; name a metric,"
                    + " e.g. 'metrics: [classifier-fid]' (see 'ganforge plugins'), or remove evaluate-every");
        }
    }

    private boolean positive(String path, long value) {
        if (value <= 0) {
            problem(path, "must be a positive whole number, found " + value);
            return false;
        }
        return true;
    }

    private void notNegative(String path, int value) {
        if (value < 0) {
            problem(path, "must be 0 or more, found " + value);
        }
    }

    private void problem(String path, String message) {
        problems.add(SpecProblem.at(path, message));
    }
}
