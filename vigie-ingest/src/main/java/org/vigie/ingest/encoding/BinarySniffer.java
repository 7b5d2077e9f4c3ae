package org.vigie.ingest.encoding;

/**
 * Tells text from binary before any decoding, so a reader can reject an image or an archive with
 * the byte offset that gave it away instead of producing an article of garbage.
 */
public final class BinarySniffer {

    /** How much of the input is inspected for control bytes. */
    private static final int WINDOW = 64 * 1024;

    private BinarySniffer() {
    }

    /**
     * The offset of the first byte showing that {@code bytes} are not text, or -1 when they look
     * like text. A NUL byte anywhere is binary (text encodings other than UTF-16/32 never contain
     * one; those are recognised by their byte-order mark). Otherwise C0 control bytes other than
     * tab, line feed, form feed, carriage return and escape must stay rare (under 1% of the first
     * 64 KiB): a stray one in a scraped page is tolerated, a stream of them is not.
     */
    public static long firstBinaryOffset(byte[] bytes) {
        if (hasUtf16Or32Bom(bytes)) return -1;
        long firstControl = -1;
        int controls = 0;
        int window = Math.min(bytes.length, WINDOW);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return i;
            if (i < window && isSuspectControl(b)) {
                if (firstControl < 0) firstControl = i;
                controls++;
            }
        }
        if (controls > 0 && controls * 100L > window) return firstControl;
        return -1;
    }

    private static boolean isSuspectControl(int b) {
        return b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B;
    }

    static boolean hasUtf16Or32Bom(byte[] b) {
        return TextDecoder.startsWith(b, 0xFE, 0xFF) || TextDecoder.startsWith(b, 0xFF, 0xFE);
    }
}
