package dev.ganforge.cli;

import dev.ganforge.engine.assemble.DataUse;
import dev.ganforge.engine.assemble.GanAssembler;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.TrainingEngine;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import dev.ganforge.yaml.LocatedSpec;
import dev.ganforge.yaml.YamlSpecReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a spec file for a command and checks it as {@link GanAssembler} does — structure, values,
 * shapes, the plugins it names, and what training would refuse — turning every failure into a
 * located message and an exit code.
 */
final class SpecFiles {

    /** What reading gave: the spec, or the exit code of the failure already reported. */
    record Outcome(GanSpec spec, int exitCode) {
        boolean ok() {
            return spec != null;
        }
    }

    private SpecFiles() {}

    static Outcome read(Path file, PrintWriter err, DataUse data) {
        return read(file, err, null, data);
    }

    /**
     * Reads {@code file} as a spec that trains on {@code engine}, checking its plugins against
     * that engine and, if the command reads the data, that the data is there.
     *
     * @param engine overrides the file's {@code training.engine}, or {@code null} to keep it
     */
    static Outcome read(Path file, PrintWriter err, TrainingEngine engine, DataUse data) {
        if (Files.isDirectory(file)) {
            err.println("ganforge: " + file + " is a directory; give a spec file such as dsl-examples/yaml/seed-000-mnist-dcgan.yaml");
            return new Outcome(null, ExitCode.IO_ERROR);
        }
        try {
            LocatedSpec read = YamlSpecReader.readLocated(file);
            GanSpec spec = engine == null ? read.spec() : read.spec().withTraining(read.spec().training().withEngine(engine));
            GanAssembler assembler = new GanAssembler(PluginRegistry.load());
            List<SpecProblem> pluginProblems = assembler.check(spec, data);
            if (!pluginProblems.isEmpty()) {
                throw new SpecException(file.toString(), read.locator().locateAll(pluginProblems));
            }
            for (SpecProblem warning : read.locator().locateAll(assembler.warnings(spec))) {
                err.println("warning: " + warning);
            }
            return new Outcome(spec, ExitCode.OK);
        } catch (IOException | SpecException failed) {
            return new Outcome(null, reportFailure(file, failed, err));
        }
    }

    /** Reports why {@code file} could not be read or is invalid, and returns the exit code that says so. */
    static int reportFailure(Path file, Exception failure, PrintWriter err) {
        if (failure instanceof NoSuchFileException) {
            err.println("ganforge: no such file: " + file);
            return ExitCode.IO_ERROR;
        }
        if (failure instanceof IOException unreadable) {
            err.println("ganforge: " + FileErrors.describe(unreadable));
            return ExitCode.IO_ERROR;
        }
        err.println(failure.getMessage());
        return ExitCode.INVALID_SPEC;
    }
}
