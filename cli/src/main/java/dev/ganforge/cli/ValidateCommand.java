package dev.ganforge.cli;

import dev.ganforge.engine.assemble.DataUse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganforge validate FILE...}: checks specs without touching DJL. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = GanforgeCli.Version.class, description = "Check spec files: syntax, keys, types, values, shapes, and the plugins they name.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "YAML spec files")
    private List<Path> files;

    @Override
    public Integer call() {
        int worst = ExitCode.OK;
        for (Path file : files) {
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
}
