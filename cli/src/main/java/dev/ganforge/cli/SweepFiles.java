package dev.ganforge.cli;

import dev.ganforge.engine.assemble.DataUse;
import dev.ganforge.engine.assemble.GanAssembler;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.sweep.Sweep;
import dev.ganforge.sweep.Trial;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import dev.ganforge.yaml.SweepReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a sweep file for a command and checks every trial's spec as {@link SpecFiles} checks a
 * spec file (the plugins it names, what training would refuse), before anything runs; every
 * failure becomes a located message and an exit code.
 */
public final class SweepFiles {

    /** What reading gave: the sweep, or the exit code of the failure already reported. */
    public record Outcome(Sweep sweep, int exitCode) {
        /** Whether the sweep was read and every trial is valid. */
        public boolean ok() {
            return sweep != null;
        }
    }

    private SweepFiles() {}

    /** Whether {@code file} is a sweep file rather than a spec; {@code false} if it cannot be read as YAML. */
    public static boolean isSweep(Path file) {
        try {
            return Files.isRegularFile(file) && SweepReader.isSweep(file);
        } catch (IOException | SpecException unreadable) {
            return false; // the spec reader reports it
        }
    }

    /**
     * Reads {@code file} as a sweep and checks each trial's spec, reporting on {@code err}.
     *
     * @param data whether the trials' data must be there (as {@code train} requires)
     */
    public static Outcome read(Path file, PrintWriter err, DataUse data) {
        try {
            Sweep sweep = SweepReader.read(file);
            GanAssembler assembler = new GanAssembler(PluginRegistry.load());
            Map<String, SpecProblem> problems = new LinkedHashMap<>();
            Map<String, SpecProblem> warnings = new LinkedHashMap<>();
            for (Trial trial : sweep.trials()) {
                collect(trial, trial.locator().locateAll(assembler.check(trial.spec(), data)), problems);
                collect(trial, trial.locator().locateAll(assembler.warnings(trial.spec())), warnings);
            }
            if (!problems.isEmpty()) {
                throw new SpecException(file.toString(), new ArrayList<>(problems.values()));
            }
            warnings.values().forEach(warning -> err.println("warning: " + warning));
            return new Outcome(sweep, ExitCode.OK);
        } catch (IOException | SpecException failed) {
            return new Outcome(null, SpecFiles.reportFailure(file, failed, err));
        } finally {
            err.flush();
        }
    }

    /** Adds each problem once: one of the base spec recurs in every trial, and is named by the first. */
    private static void collect(Trial trial, List<SpecProblem> found, Map<String, SpecProblem> into) {
        for (SpecProblem problem : found) {
            into.putIfAbsent(problem.location() + "|" + problem.path() + "|" + problem.message(), new SpecProblem(
                    problem.path(), "trial " + trial.id() + " (" + trial.settingText() + "): " + problem.message(),
                    problem.location()));
        }
    }
}
