package dev.evdash.data;

/**
 * Finds the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF), as the JDK's strict decoder would, in one pass over the bytes with no buffer:
 * a dataset is almost all ASCII, and a loop over bytes is fast in every tier of the JIT, where a
 * {@code CharsetDecoder} is fast only once C2 has compiled it.
 */
final class Utf8 {

    private Utf8() {}

    /** The offset of the first byte from {@code start} that is not well-formed UTF-8, or -1. */
    static int firstInvalid(byte[] bytes, int start) {
        int i = start;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xFF;
            if (lead < 0xC2) {
                return i; // a continuation byte without a lead, or an overlong two-byte form
            }
            if (lead < 0xE0) {
                if (!continuation(bytes, i + 1)) {
                    return i;
                }
                i += 2;
            } else if (lead < 0xF0) {
                if (i + 1 >= n) {
                    return i;
                }
                int b1 = bytes[i + 1] & 0xFF;
                boolean ok = lead == 0xE0 ? b1 >= 0xA0 && b1 <= 0xBF // not overlong
                        : lead == 0xED ? b1 >= 0x80 && b1 <= 0x9F // not a surrogate
                        : b1 >= 0x80 && b1 <= 0xBF;
                if (!ok || !continuation(bytes, i + 2)) {
                    return i;
                }
                i += 3;
            } else if (lead < 0xF5) {
                if (i + 1 >= n) {
                    return i;
                }
                int b1 = bytes[i + 1] & 0xFF;
                boolean ok = lead == 0xF0 ? b1 >= 0x90 && b1 <= 0xBF // not overlong
                        : lead == 0xF4 ? b1 >= 0x80 && b1 <= 0x8F // not above U+10FFFF
                        : b1 >= 0x80 && b1 <= 0xBF;
                if (!ok || !continuation(bytes, i + 2) || !continuation(bytes, i + 3)) {
                    return i;
                }
                i += 4;
            } else {
                return i;
            }
        }
        return -1;
    }

    private static boolean continuation(byte[] bytes, int i) {
        return i < bytes.length && (bytes[i] & 0xC0) == 0x80;
    }
}
