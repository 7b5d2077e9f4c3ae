package org.vigie.corpus.feed;

/**
 * Scraped text made fit for XML 1.0: characters XML cannot hold at all (C0 controls other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF; surrogates not part of a pair) are dropped. No
 * escape can carry them (even {@code &#1;} is not well-formed XML 1.0), and one of them left in
 * would make a reader reject the whole feed. Markup characters are the writer's to escape.
 */
public final class XmlText {

    private XmlText() {
    }

    /** {@code s} without the characters XML 1.0 forbids; null stays null. */
    public static String clean(String s) {
        if (s == null) return null;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int width = 1;
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                ok = true;
                width = 2;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok) {
                if (b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (b != null) {
                b.append(s, i, i + width);
            }
            i += width - 1;
        }
        return b == null ? s : b.toString();
    }
}
