package dev.ganforge.cli;

import dev.ganforge.engine.backend.ConvolutionKernelCheck;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.spec.TrainingEngine;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ganforge check-kernels}: whether the engine's native convolution kernels compute right
 * results on this CPU under the current {@code ONEDNN_MAX_CPU_ISA}. The launcher runs it once per
 * CPU model, with every kernel allowed, to choose that setting by itself.
 */
@Command(name = "check-kernels", mixinStandardHelpOptions = true, versionProvider = GanforgeCli.Version.class,
        description = {"Check that the engine's convolution kernels compute right forward passes and gradients on this"
                + " CPU (against plain Java sums), under the current ONEDNN_MAX_CPU_ISA.",
                "Exit code 6 if they do not: then run with ONEDNN_MAX_CPU_ISA=AVX."})
final class CheckKernelsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Mixin
    private EngineOption engineOption;

    @Override
    public Integer call() {
        String problem = engineOption.problem();
        if (problem != null) {
            return RunCommands.usage(command, problem);
        }
        PrintWriter out = command.commandLine().getOut();
        EngineSupport engine = EngineSupport.of(Objects.requireNonNullElse(engineOption.choice(), TrainingEngine.PYTORCH));
        return RunCommands.guarded(command.commandLine().getErr(), () -> {
            String isa = System.getenv("ONEDNN_MAX_CPU_ISA");
            out.println("engine " + engine + " (" + engine.engine().getEngineName() + " " + engine.engine().getVersion()
                    + "), ONEDNN_MAX_CPU_ISA=" + (isa == null ? "unset" : isa));
            ConvolutionKernelCheck.Result result = engine.convolutionKernels();
            out.println("convolution kernels " + result);
            out.flush();
            // The refusal every training run would meet, with its exit code.
            engine.requireCorrectConvolutions();
            return ExitCode.OK;
        });
    }
}
