package dev.ganforge.cli;

import dev.ganforge.engine.assemble.DataUse;
import dev.ganforge.sweep.Sweep;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganforge validate FILE...}: checks specs without touching DJL. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = GanforgeCli.Version.class, description = "Check spec files (or sweep files, every trial's spec): syntax, keys, types, values, shapes, and the plugins they name.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "YAML spec or sweep files")
    private List<Path> files;

    @Override
    public Integer call() {
        int worst = ExitCode.OK;
        for (Path file : files) {
            if (SweepFiles.isSweep(file)) {
                worst = Math.max(worst, validateSweep(file));
                continue;
            }
            SpecFiles.Outcome outcome = SpecFiles.read(file, command.commandLine().getErr(), DataUse.READ);
            if (outcome.ok()) {
                command.commandLine().getOut().printf("%s: ok (GAN '%s', generator %d blocks, discriminator %d blocks)%n",
                        file, outcome.spec().name(), outcome.spec().generator().blocks().size(),
                        outcome.spec().discriminator().blocks().size());
            } else {
                worst = Math.max(worst, outcome.exitCode());
            }
        }
        return worst;
    }

    /** Checks a sweep file and every trial's spec, before any trial runs. */
    private int validateSweep(Path file) {
        SweepFiles.Outcome outcome = SweepFiles.read(file, command.commandLine().getErr(), DataUse.READ);
        if (outcome.ok()) {
            Sweep sweep = outcome.sweep();
            command.commandLine().getOut().printf("%s: ok (sweep '%s', %d trials: %d settings × %d seed(s), ranked by %s, %s)%n",
                    file, sweep.name(), sweep.trials().size(), sweep.settings(), sweep.seeds(), sweep.metric().name(),
                    sweep.metric().goal().yamlName());
        }
        return outcome.exitCode();
    }
}
