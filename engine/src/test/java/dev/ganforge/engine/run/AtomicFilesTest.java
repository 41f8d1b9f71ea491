package dev.ganforge.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private List<String> entries() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWrittenFileHasTheModeOfAnyNewFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        Path plain = Files.writeString(dir.resolve("plain.csv"), "a\n");
        AtomicFiles.writeString(dir.resolve("new.html"), "<p>new</p>\n");
        assertEquals(mode(plain), mode(dir.resolve("new.html")));

        AtomicFiles.writeString(dir.resolve("new.html"), "<p>replaced</p>\n");
        assertEquals(mode(plain), mode(dir.resolve("new.html")), "a replaced file too");
        assertEquals("<p>replaced</p>\n", Files.readString(dir.resolve("new.html")));
        assertEquals(List.of("new.html", "plain.csv"), entries(), "no partial file left");
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAndNoPartialOne() throws IOException {
        AtomicFiles.writeString(dir.resolve("report.html"), "old\n");
        IOException failed = assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("report.html"), out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failed.getMessage());
        assertEquals("old\n", Files.readString(dir.resolve("report.html")));
        assertEquals(List.of("report.html"), entries());
    }
}
