package dev.ganforge.yaml;

import dev.ganforge.validate.SourceLocation;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The text of a spec file, which must be UTF-8. Bytes that are not UTF-8 are a problem of the
 * file at the line and column where they stand, rather than the JDK decoder's bare
 * "Input length = 1"; a file that starts with a UTF-16 or UTF-32 byte order mark is named as
 * such, since that is how editors on some systems save "Unicode" text.
 */
final class SpecFileText {

    /** Byte order marks of encodings a spec may not be in; UTF-32's first, as UTF-16LE's starts UTF-32LE's. */
    private static final List<ByteOrderMark> FOREIGN_MARKS = List.of(
            new ByteOrderMark("UTF-32", new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}),
            new ByteOrderMark("UTF-32", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}),
            new ByteOrderMark("UTF-16", new byte[] {(byte) 0xFE, (byte) 0xFF}),
            new ByteOrderMark("UTF-16", new byte[] {(byte) 0xFF, (byte) 0xFE}));

    private record ByteOrderMark(String encoding, byte[] bytes) {
        boolean starts(byte[] content) {
            return content.length >= bytes.length
                    && java.util.Arrays.equals(content, 0, bytes.length, bytes, 0, bytes.length);
        }
    }

    private SpecFileText() {}

    /**
     * Reads {@code file} as UTF-8.
     *
     * @throws SpecException if it is not UTF-8, at the first byte that is not
     * @throws IOException if it cannot be read
     */
    static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file), file.toString());
    }

    /**
     * Decodes {@code bytes} as UTF-8.
     *
     * @param fileName the name problems give the file
     * @throws SpecException if they are not UTF-8, at the first byte that is not
     */
    static String decode(byte[] bytes, String fileName) {
        for (ByteOrderMark mark : FOREIGN_MARKS) {
            if (mark.starts(bytes)) {
                throw problem(fileName, 1, 1, "the file is " + mark.encoding() + " text (it starts with a "
                        + mark.encoding() + " byte order mark); save it as UTF-8");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            // The decoder stops at the first byte it cannot decode: everything before it is in out.
            int badByte = bytes[in.position()] & 0xFF;
            int[] lineAndColumn = endOf(out);
            throw problem(fileName, lineAndColumn[0], lineAndColumn[1], String.format(Locale.ROOT,
                    "the file is not valid UTF-8 text (byte 0x%02x); save it as UTF-8", badByte));
        }
        return out.toString();
    }

    /**
     * The 1-based line and column just after {@code text}, counting characters (code points) as
     * the YAML reader's marks do and breaking lines at LF, CR LF and CR.
     */
    private static int[] endOf(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static SpecException problem(String fileName, int line, int column, String message) {
        return new SpecException(fileName, List.of(new SpecProblem("", message, new SourceLocation(fileName, line, column))));
    }
}
