package org.vigie.ingest.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Bytes to text. Placeholder for the full decoder: BOM, then strict UTF-8, then windows-1252.
 */
public final class TextDecoder {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String declaredCharset) {
        int skip = 0;
        Charset cs = null;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
            cs = StandardCharsets.UTF_8;
        }
        if (cs == null) {
            cs = isValidUtf8(bytes, 0) ? StandardCharsets.UTF_8 : CP1252;
        }
        String s = new String(bytes, skip, bytes.length - skip, cs);
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Repairs text that went through a wrong charset on its way (placeholder: NFC only). */
    public static String repair(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    static boolean isValidUtf8(byte[] b, int from) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer unused = d.decode(ByteBuffer.wrap(b, from, b.length - from));
            return unused != null;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
