package dev.ganforge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's resident memory, from /proc (Linux), in kilobytes. */
final class Rss {

    private Rss() {}

    /** VmRSS: resident now. */
    static long current() {
        return field("VmRSS:");
    }

    /** VmHWM: the most that was ever resident. */
    static long peak() {
        return field("VmHWM:");
    }

    /** RssFile: resident pages mapped from files (code of the JVM and the native libraries). */
    static long fileBacked() {
        return field("RssFile:");
    }

    /** RssAnon: resident anonymous pages (heaps, the JVM's and malloc's, and stacks). */
    static long anonymous() {
        return field("RssAnon:");
    }

    private static long field(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no " + name + " in /proc/self/status");
    }
}
