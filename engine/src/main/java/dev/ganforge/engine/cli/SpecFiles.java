package dev.ganforge.engine.cli;

import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.SpecException;
import dev.ganforge.yaml.YamlSpecReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a spec file for a command, turning every failure into a message and an exit code. */
final class SpecFiles {

    /** What reading gave: the spec, or the exit code of the failure already reported. */
    record Outcome(GanSpec spec, int exitCode) {
        boolean ok() {
            return spec != null;
        }
    }

    private SpecFiles() {}

    static Outcome read(Path file, PrintWriter err) {
        if (Files.isDirectory(file)) {
            err.println("ganforge: " + file + " is a directory; give a spec file such as dsl-examples/yaml/seed-000-mnist-dcgan.yaml");
            return new Outcome(null, ExitCode.IO_ERROR);
        }
        try {
            return new Outcome(YamlSpecReader.read(file), ExitCode.OK);
        } catch (NoSuchFileException missing) {
            err.println("ganforge: no such file: " + file);
            return new Outcome(null, ExitCode.IO_ERROR);
        } catch (IOException unreadable) {
            err.println("ganforge: cannot read " + file + ": " + unreadable.getMessage());
            return new Outcome(null, ExitCode.IO_ERROR);
        } catch (SpecException invalid) {
            err.println(invalid.getMessage());
            return new Outcome(null, ExitCode.INVALID_SPEC);
        }
    }
}
