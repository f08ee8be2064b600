package dev.evdash.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

    /** Where the JDK's strict decoder stops, or -1: the reference the scanner must agree with. */
    private static int jdkFirstInvalid(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length * 2 + 2);
        if (decoder.decode(in, out, true).isError()) {
            return in.position();
        }
        return decoder.flush(out).isError() ? in.position() : -1;
    }

    @Test
    void acceptsTextInEveryLength() {
        byte[] text = "{\"name\": \"比亚迪 BYD\", \"note\": \"Zürich – 😀 €\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.firstInvalid(text, 0)).isEqualTo(-1);
    }

    @Test
    void namesTheFirstBadByte() {
        byte[] latin1 = "{\"name\": \"Zürich\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Utf8.firstInvalid(latin1, 0)).isEqualTo(11);
        assertThat(Utf8.firstInvalid(new byte[] {'a', (byte) 0xC0, (byte) 0x80}, 0)).isEqualTo(1); // overlong NUL
        assertThat(Utf8.firstInvalid(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0)).isZero(); // surrogate
        assertThat(Utf8.firstInvalid(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0)).isZero();
        assertThat(Utf8.firstInvalid(new byte[] {'a', 'b', (byte) 0xE2, (byte) 0x82}, 0)).isEqualTo(2); // cut short
    }

    @Test
    void agreesWithTheJdksStrictDecoderOnRandomBytes() {
        Random random = new Random(23);
        byte[] sample = "a ü € 😀 比".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 200_000; round++) {
            byte[] bytes = new byte[1 + random.nextInt(8)];
            for (int i = 0; i < bytes.length; i++) {
                // mostly bytes of real text, some at random, so that near-misses are common
                bytes[i] = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : sample[random.nextInt(sample.length)];
            }
            assertThat(Utf8.firstInvalid(bytes, 0)).as("bytes %s", java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(jdkFirstInvalid(bytes));
        }
    }
}
