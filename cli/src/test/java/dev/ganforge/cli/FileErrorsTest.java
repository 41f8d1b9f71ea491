package dev.ganforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Every failed file operation becomes one line: the path, then the reason. */
class FileErrorsTest {

    @Test
    void exceptionsThatCarryTheReasonInTheirTypeSayIt() {
        assertEquals("/proc/nope: no such file or directory", FileErrors.describe(new NoSuchFileException("/proc/nope")));
        assertEquals("/root/x.png: permission denied", FileErrors.describe(new AccessDeniedException("/root/x.png")));
    }

    @Test
    void systemReasonFollowsThePathInLowerCase() {
        assertEquals("/etc/passwd/x: not a directory",
                FileErrors.describe(new FileSystemException("/etc/passwd/x", null, "Not a directory")));
        assertEquals("a -> b: read-only file system",
                FileErrors.describe(new FileSystemException("a", "b", "Read-only file system")));
    }

    @Test
    void javaIoReasonInParenthesesFollowsThePath() {
        assertEquals("/proc/x.png: no such file or directory",
                FileErrors.describe(new FileNotFoundException("/proc/x.png (No such file or directory)")));
    }

    @Test
    void ganforgesOwnMessageIsKept() {
        assertEquals("runs/x already holds a run", FileErrors.describe(new IOException("runs/x already holds a run")));
    }
}
