package org.vigie.ingest.encoding;

/** One pass over bytes counting valid multi-byte UTF-8 sequences and bytes that fit no sequence. */
final class Utf8Scan {

    final int multibyte;
    final int invalid;

    private Utf8Scan(int multibyte, int invalid) {
        this.multibyte = multibyte;
        this.invalid = invalid;
    }

    static Utf8Scan of(byte[] b) {
        int multi = 0;
        int bad = 0;
        int i = 0;
        while (i < b.length) {
            int n = validSequenceLength(b, i);
            if (n == 0) {
                bad++;
                i++;
            } else {
                if (n > 1) multi++;
                i += n;
            }
        }
        return new Utf8Scan(multi, bad);
    }

    /**
     * The length of the valid UTF-8 sequence starting at {@code i}, or 0 when none starts there.
     * Strict as RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
     */
    static int validSequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        if (c < 0x80) return 1;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            return 0;
        }
        if (i + n > b.length) return 0;
        int second = b[i + 1] & 0xFF;
        if (second < lo || second > hi) return 0;
        for (int k = 2; k < n; k++) {
            int x = b[i + k] & 0xFF;
            if (x < 0x80 || x > 0xBF) return 0;
        }
        return n;
    }
}
