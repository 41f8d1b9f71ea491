package dev.ganforge.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The DJL engine a GAN trains on. The same spec trains on each; PyTorch is the default, MXNet
 * (retired upstream, kept as a second engine) needs the optional {@code engine-mxnet} module on
 * the class path.
 */
public enum TrainingEngine {
    /** DJL's PyTorch engine (libtorch 2.7.1, CPU): the default. */
    PYTORCH("PyTorch"),
    /** DJL's MXNet engine (MXNet 1.9, CPU with MKL-DNN). */
    MXNET("MXNet");

    private final String djlName;

    TrainingEngine(String djlName) {
        this.djlName = djlName;
    }

    /** The name used in YAML and on the command line, e.g. {@code mxnet}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name DJL registers the engine under, e.g. {@code MXNet}. */
    public String djlName() {
        return djlName;
    }

    /** The engine whose YAML name is {@code name}, if there is one. */
    public static Optional<TrainingEngine> fromYamlName(String name) {
        return Arrays.stream(values()).filter(engine -> engine.yamlName().equals(name)).findFirst();
    }

    /** Every YAML name, in declaration order. */
    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(TrainingEngine::yamlName).toList();
    }
}
