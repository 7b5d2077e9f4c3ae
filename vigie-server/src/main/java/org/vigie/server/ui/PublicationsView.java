package org.vigie.server.ui;

import static org.vigie.server.ui.Html.esc;

import java.net.URI;
import java.util.Locale;
import org.vigie.core.model.Article;
import org.vigie.core.model.Publication;

/**
 * The other pages that published an article's text verbatim ({@code also_published_at}). Their
 * URLs and names are scraped, so they are escaped, and only an http(s) URL becomes a link (never
 * {@code javascript:} or {@code data:}); links carry {@code rel="nofollow noopener"}.
 */
final class PublicationsView {

    private PublicationsView() {
    }

    /** The "Also published at" section, or "" when the text is known from one page. */
    static String render(Article a) {
        if (a.alsoPublishedAt().isEmpty()) return "";
        StringBuilder b = new StringBuilder("<section class=\"publications\"><h2>Also published at</h2>");
        b.append("<p class=\"first\">First published at ");
        entry(Publication.of(a.metadata()), b);
        b.append("</p><ul>");
        for (Publication p : a.alsoPublishedAt()) {
            b.append("<li>");
            entry(p, b);
            b.append("</li>");
        }
        return b.append("</ul></section>").toString();
    }

    private static void entry(Publication p, StringBuilder b) {
        b.append(place(p));
        if (p.date() != null) b.append(" <time>").append(esc(p.date())).append("</time>");
        if (!p.authors().isEmpty()) b.append(" <span class=\"authors\">").append(esc(String.join(", ", p.authors()))).append("</span>");
    }

    /** The site (or host, or URL) as a link to the page when its URL is http(s), as text otherwise. */
    static String place(Publication p) {
        String url = p.url() != null ? p.url() : p.canonicalUrl();
        String host = webHost(url);
        String name = p.site() != null && !p.site().isBlank() ? p.site() : host != null ? host : url;
        if (name == null) name = "unknown page";
        if (host == null) return "<span class=\"site\">" + esc(name) + (url != null && !url.equals(name) ? " (" + esc(url) + ")" : "") + "</span>";
        return "<a href=\"" + esc(url.strip()) + "\" rel=\"nofollow noopener\">" + esc(name) + "</a>";
    }

    /** The host of an absolute http(s) URL, or null (another scheme, a relative or malformed URL). */
    private static String webHost(String url) {
        if (url == null) return null;
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u.getHost() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
