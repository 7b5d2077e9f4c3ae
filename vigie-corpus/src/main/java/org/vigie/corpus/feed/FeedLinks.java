package org.vigie.corpus.feed;

import java.util.regex.Pattern;

/**
 * Where a feed's links point: Vigie's own pages under {@code base} (an article's analysis, an
 * entity's page, the search), and the feed's own address ({@code self}). Either may be null: a
 * feed written for a file without a known address links to the articles' pages only.
 *
 * @param base the server's address, absolute http(s), without a trailing slash ("https://vigie.example.org")
 * @param self the feed's own address, absolute http(s)
 */
public record FeedLinks(String base, String self) {

    public static final FeedLinks NONE = new FeedLinks(null, null);

    public FeedLinks {
        base = base == null ? null : checkHttp("base URL", base).replaceFirst("/+$", "");
        self = self == null ? null : checkHttp("feed URL", self);
    }

    /**
     * {@code url} when it is an absolute http or https URL, else an IllegalArgumentException naming
     * {@code what}: a feed's links are followed by feed readers, never a {@code javascript:} one.
     */
    static String checkHttp(String what, String url) {
        if (!isHttp(url)) throw new IllegalArgumentException(what + " must be an absolute http or https URL: " + url);
        return url;
    }

    /** Whether {@code url} is an absolute http(s) URL with a host (scraped URLs are checked before they become links). */
    public static boolean isHttp(String url) {
        // an IRI (Atom's href) may hold any letter; not spaces, controls or characters XML cannot carry
        return url != null && HTTP.matcher(url).matches() && url.equals(XmlText.clean(url));
    }

    private static final Pattern HTTP = Pattern.compile("(?i)https?://[^/?#\\s\\p{Cntrl}@]+(?:[/?#][^\\s\\p{Cntrl}]*)?");
}
