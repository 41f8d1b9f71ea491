package dev.ganforge.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ganforge.validate.SpecException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec file must be UTF-8; one that is not is refused at the first byte that is not, with its line and column. */
class SpecFileEncodingTest {

    private static final String SPEC = """
            name: tiny
            data: {shape: [2]}
            latent: {size: 2}
            generator: {blocks: [dense: {units: 2}]}
            discriminator: {blocks: [dense: {units: 1}]}
            """;

    @TempDir
    Path dir;

    private String refusal(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("x.yaml"), content);
        SpecException refused = assertThrows(SpecException.class, () -> YamlSpecReader.readLocated(file));
        assertEquals(refused.getMessage(), assertThrows(SpecException.class, () -> YamlSpecReader.read(file)).getMessage(),
                "read and readLocated refuse alike");
        return refused.getMessage();
    }

    private String expected(int line, int column, String message) {
        Path file = dir.resolve("x.yaml");
        return "1 problem in " + file + ":\n  " + file + ":" + line + ":" + column + ": " + message;
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    @Test
    void byteThatIsNotUtf8IsAProblemAtItsLineAndColumn() throws IOException {
        byte[] content = bytes("name: tiny\ndata: {shape: [2]}\nlatent: {size: ", 0xFF, "2}\n");

        assertEquals(expected(3, 16, "the file is not valid UTF-8 text (byte 0xff); save it as UTF-8"), refusal(content));
    }

    @Test
    void latinOneAccentAfterUtf8TextCountsColumnsInCharacters() throws IOException {
        // "é" in UTF-8 is one column; the Latin-1 "è" after it (0xe8, not followed by continuation bytes) is not UTF-8.
        byte[] content = bytes("name: tiny\r\n# café, ", 0xE8, "\r\n");

        assertEquals(expected(2, 9, "the file is not valid UTF-8 text (byte 0xe8); save it as UTF-8"), refusal(content));
    }

    @Test
    void sequenceCutOffAtTheEndOfTheFileIsAProblemAtItsStart() throws IOException {
        byte[] content = bytes(SPEC, "# ", 0xE2, 0x82);

        assertEquals(expected(6, 3, "the file is not valid UTF-8 text (byte 0xe2); save it as UTF-8"), refusal(content));
    }

    @Test
    void utf16FileIsNamedAsSuch() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        content.writeBytes(SPEC.getBytes(StandardCharsets.UTF_16LE));

        assertEquals(expected(1, 1, "the file is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8"),
                refusal(content.toByteArray()));
        assertEquals(expected(1, 1, "the file is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8"),
                refusal(SPEC.getBytes(StandardCharsets.UTF_16)));
    }

    @Test
    void utf32FileIsNamedAsSuch() throws IOException {
        ByteArrayOutputStream bigEndian = new ByteArrayOutputStream();
        bigEndian.writeBytes(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF});
        bigEndian.writeBytes(SPEC.getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
        ByteArrayOutputStream littleEndian = new ByteArrayOutputStream();
        littleEndian.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
        littleEndian.writeBytes(SPEC.getBytes(java.nio.charset.Charset.forName("UTF-32LE")));
        String message = expected(1, 1, "the file is UTF-32 text (it starts with a UTF-32 byte order mark); save it as UTF-8");

        assertEquals(message, refusal(bigEndian.toByteArray()));
        assertEquals(message, refusal(littleEndian.toByteArray()));
    }

    @Test
    void utf8TextWithAccentsReadsAsBefore() throws IOException {
        Path file = Files.writeString(dir.resolve("ok.yaml"), "# ünïcödé ✓ 𝔾\n" + SPEC, StandardCharsets.UTF_8);

        assertEquals(YamlSpecReader.read(SPEC, "spec"), YamlSpecReader.read(file));
    }
}
