package org.vigie.ingest.encoding;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** Every character is in latin-1, so the paragraph can be written in all five encodings. */
    private static final String LATIN1_PARAGRAPH = "«\u00A0L'été à Alep a été très éprouvant\u00A0», a déclaré"
            + " l'envoyé spécial, évoquant 40\u00A0°C à l'ombre. Ôter, Être, Île, naïf, Noël, façade, où,"
            + " coût, « il a été\u00A0» puis « CAFÉ\u00A0» ; ÇA SUFFIT, ½ des Émirats.";

    /** Typographic apostrophes, quotes, dashes, œ and € exist in cp1252 but not in latin-1. */
    private static final String CP1252_PARAGRAPH = "L’œuvre coûte 5\u00A0€ — “un prix” dit l’élève… "
            + "Ça, c’est l’été ; Œdipe™ – fin.";

    private static byte[] bom(byte[] b) {
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }

    /**
     * UTF-8 bytes read as cp1252 (as browsers do: the five undefined bytes become C1 controls) or
     * latin-1, and saved again as UTF-8: "é" becomes "Ã©".
     */
    private static byte[] mojibake(String s, Charset wrong) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        String misread = wrong.equals(CP1252) ? TextDecoder.cp1252(utf8, 0, utf8.length) : new String(utf8, wrong);
        return misread.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameParagraphInEveryWesternEncodingDecodesIdentically() {
        String p = LATIN1_PARAGRAPH;
        byte[] utf8 = p.getBytes(StandardCharsets.UTF_8);
        List<byte[]> variants = List.of(
                utf8,
                bom(utf8),
                p.getBytes(CP1252),
                p.getBytes(StandardCharsets.ISO_8859_1),
                mojibake(p, CP1252),
                mojibake(p, StandardCharsets.ISO_8859_1),
                mojibake(new String(mojibake(p, CP1252), StandardCharsets.UTF_8), CP1252));
        for (byte[] v : variants) {
            assertEquals(p, TextDecoder.decode(v, null));
        }
    }

    @Test
    void cp1252PunctuationSurvivesEveryRoute() {
        String p = CP1252_PARAGRAPH;
        byte[] utf8 = p.getBytes(StandardCharsets.UTF_8);
        for (byte[] v : List.of(utf8, bom(utf8), p.getBytes(CP1252), mojibake(p, CP1252),
                mojibake(p, StandardCharsets.ISO_8859_1))) {
            assertEquals(p, TextDecoder.decode(v, null));
        }
    }

    @Test
    void aWrongDeclarationDoesNotWin() {
        String p = CP1252_PARAGRAPH;
        assertEquals(p, TextDecoder.decode(p.getBytes(StandardCharsets.UTF_8), "ISO-8859-1"));
        assertEquals(p, TextDecoder.decode(p.getBytes(CP1252), "utf-8"));
        assertEquals(p, TextDecoder.decode(p.getBytes(CP1252), "latin1"));
        assertEquals(p, TextDecoder.decode(p.getBytes(CP1252), "no-such-charset"));
    }

    @Test
    void aDeclaredNonWesternCharsetIsUsed() {
        String ru = "Москва и Анкара договорились об Алеппо";
        assertEquals(ru, TextDecoder.decode(ru.getBytes(Charset.forName("windows-1251")), "windows-1251"));
        TextDecoder.Decoded d = TextDecoder.decodeDetailed(ru.getBytes(Charset.forName("KOI8-R")), "koi8-r");
        assertEquals(ru, d.text());
        assertEquals("KOI8-R", d.charset());
    }

    @Test
    void utf8WithAStrayCp1252ByteKeepsBoth() {
        byte[] a = "Le président d".getBytes(StandardCharsets.UTF_8);
        byte[] b = "Alep, à Istanbul.".getBytes(StandardCharsets.UTF_8);
        byte[] mixed = new byte[a.length + 1 + b.length];
        System.arraycopy(a, 0, mixed, 0, a.length);
        mixed[a.length] = (byte) 0x92; // cp1252 right single quote
        System.arraycopy(b, 0, mixed, a.length + 1, b.length);
        TextDecoder.Decoded d = TextDecoder.decodeDetailed(mixed, null);
        assertEquals("Le président d’Alep, à Istanbul.", d.text());
        assertEquals("UTF-8+windows-1252", d.charset());
    }

    @Test
    void correctTextIsNeverDamaged() {
        List<String> correct = List.of(
                LATIN1_PARAGRAPH, CP1252_PARAGRAPH,
                "il a été\u00A0» et « CAFÉ\u00A0»", "São Paulo, IRMÃ e MÃE", "Â l'âge de 20\u00A0ans",
                "Москва", "مرحبا بالعالم", "北京欢迎你", "Emoji 😀 ok", "Ωmega à°", "ñandú", "ß»",
                "Ä¹ Ã", "Él», dit-il", "naïve rôle «\u00A0à\u00A0»");
        for (String s : correct) {
            assertEquals(s, TextDecoder.repair(s), s);
            assertEquals(s, TextDecoder.decode(s.getBytes(StandardCharsets.UTF_8), null), s);
        }
    }

    @Test
    void commonMojibakeShapesAreRepaired() {
        assertEquals("é", TextDecoder.repair("Ã©"));
        assertEquals("l’État", TextDecoder.repair("lâ€™Ã‰tat"));
        assertEquals("“oui”", TextDecoder.repair("â€œouiâ€\u009D"));
        assertEquals("5 €", TextDecoder.repair("5 â‚¬"));
        assertEquals("à Istanbul", TextDecoder.repair("Ã  Istanbul, Ã©tÃ©").substring(0, 10));
        assertEquals("Texte", TextDecoder.repair("ï»¿Texte"));
        assertEquals("Москва", new String(TextDecoder.decode(mojibake("Москва", CP1252), null)));
        assertEquals("😀", TextDecoder.decode(mojibake("😀", CP1252), null));
        assertEquals("cœur, złoty", TextDecoder.repair("cÅ“ur, zÅ‚oty"));
        // A strict decoder lost 0x9D of "”": the quote is restored in a text that is mojibake.
        assertEquals("“oui” l’été", TextDecoder.repair("â€œouiâ€\uFFFD lâ€™Ã©tÃ©"));
    }

    @Test
    void htmlPagesDeclareTheirCharsetInAMetaTag() {
        String ru = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body>Москва</body></html>";
        byte[] cp1251 = ru.getBytes(Charset.forName("windows-1251"));
        assertEquals("windows-1251", TextDecoder.htmlMetaCharset(cp1251));
        assertEquals(ru, TextDecoder.decodeHtml(cp1251, null));
        assertEquals(ru, TextDecoder.decodeHtml(cp1251, "not-a-charset"));
        String fr = "<meta charset='utf-8'><p>Été</p>";
        assertEquals("utf-8", TextDecoder.htmlMetaCharset(fr.getBytes(StandardCharsets.UTF_8)));
        // Valid UTF-8 wins over a wrong meta declaration.
        assertEquals("<meta charset=iso-8859-1><p>Été</p>", TextDecoder.decodeHtml(
                "<meta charset=iso-8859-1><p>Été</p>".getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void outputIsNfc() {
        String decomposed = "e\u0301te\u0301";
        assertEquals("été", TextDecoder.decode(decomposed.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void utf16WithBomIsDecoded() {
        String s = "« Été »";
        byte[] le = s.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertEquals(s, TextDecoder.decode(withBom, null));
        assertEquals(-1, BinarySniffer.firstBinaryOffset(withBom));
    }
}
