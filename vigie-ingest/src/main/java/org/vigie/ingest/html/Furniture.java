package org.vigie.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Names (class, id, role) that mark page furniture: navigation, share bars, cookie banners,
 * newsletter boxes, related and most-read lists, comments. The lists are data, in this package's
 * resources.
 */
final class Furniture {

    private static final NameMatcher WEAK = NameMatcher.of("furniture-weak.txt");
    private static final NameMatcher STRONG = NameMatcher.of("furniture-strong.txt");
    private static final NameMatcher CONTENT = NameMatcher.of("content-markers.txt");
    private static final NameMatcher INNER = NameMatcher.of("inner-furniture.txt");
    private static final Pattern PHRASES = Lexicon.alternation("boilerplate-phrases.txt", true);

    /** Roles (ARIA) of landmarks that are never the article. */
    private static final java.util.Set<String> FURNITURE_ROLES = java.util.Set.of("navigation", "banner",
            "complementary", "contentinfo", "dialog", "alertdialog", "menu", "menubar", "search", "alert");

    private Furniture() {
    }

    static String signature(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return "";
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    static boolean hasFurnitureRole(Element e) {
        String role = e.attr("role");
        return !role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT).strip());
    }

    /** Strong marker: furniture even inside a content-looking element. */
    static boolean isStrong(String signature) {
        return STRONG.find(signature);
    }

    /** Live coverage ("live-match-comment", "liveblog-comment") is commentary, not readers' comments. */
    private static final NameMatcher LIVE = new NameMatcher(Pattern.compile("\\blive[-_]?(?:match|blog|text|feed)?[-_]?comment"));

    /** Weak marker not protected by a content marker. */
    static boolean isWeak(String signature) {
        return WEAK.find(signature) && !CONTENT.find(signature) && !LIVE.find(signature);
    }

    static boolean looksLikeContent(String signature) {
        return CONTENT.find(signature);
    }

    /** Marker of furniture that sits among the paragraphs of the chosen container. */
    static boolean isInner(String signature) {
        return INNER.find(signature) && !LIVE.find(signature);
    }

    /** A short block whose whole text is a call to share, subscribe, read more, or a notice. */
    static boolean isBoilerplatePhrase(String text) {
        return text.length() < 160 && PHRASES.matcher(text).find();
    }

    private static final Pattern DISCUSSION = Pattern.compile("comment|disqus|repl|reaction|forum|review",
            Pattern.CASE_INSENSITIVE);

    /**
     * Several long, unlinked paragraphs are article prose whatever the element is called (a
     * "read-more" expander holding the rest of the story); comment threads are the exception.
     */
    static boolean holdsProse(Element e, String sig) {
        if (DISCUSSION.matcher(sig).find()) return false;
        int longParagraphs = 0;
        for (Element p : e.select("p")) {
            if (p.text().length() >= 150 && p.selectFirst("a") == null && ++longParagraphs >= 3) {
                return ContentFinder.linkDensity(e) < 0.1;
            }
        }
        return false;
    }

}
