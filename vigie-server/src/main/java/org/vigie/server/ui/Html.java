package org.vigie.server.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Escaping for every piece of text that reaches a page. All scraped content is untrusted: it is
 * escaped here and nowhere interpreted, whatever it holds.
 */
public final class Html {

    private Html() {
    }

    /** Text or attribute value → HTML with &amp; &lt; &gt; &quot; &#39; escaped. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null) {
                if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
                b.append(r);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** A URL query component. */
    public static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /** A URL path segment: as {@link #url}, a space as {@code %20} (a {@code +} in a path is a plus). */
    public static String pathSegment(String s) {
        return url(s).replace("+", "%20");
    }

    /** The page frame: header, navigation, one stylesheet, no script. */
    public static String page(String title, String body) {
        return page(title, null, null, body);
    }

    /**
     * The page frame, announcing an Atom feed of what the page lists ({@code <link rel="alternate">},
     * which browsers and feed readers discover) when {@code feedHref} is given.
     */
    public static String page(String title, String feedTitle, String feedHref, String body) {
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · Vigie</title>"
                + (feedHref == null ? "" : "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"" + esc(feedTitle)
                        + "\" href=\"" + esc(feedHref) + "\">")
                + "<link rel=\"stylesheet\" href=\"/static/vigie.css\"></head><body>"
                + "<header><a class=\"brand\" href=\"/\">Vigie</a><nav>"
                + "<a href=\"/\">Search</a><a href=\"/stories\">Stories</a><a href=\"/sites\">Sites</a><a href=\"/quotes\">Quotes</a><a href=\"/analyze\">Analyze a page</a>"
                + "<a href=\"/openapi.json\">API</a></nav></header><main>"
                + body + "</main></body></html>";
    }
}
