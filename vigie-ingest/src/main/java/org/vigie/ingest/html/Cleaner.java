package org.vigie.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text (scripts, styles, forms' controls, hidden elements) and,
 * in strict mode, elements named as furniture (navigation, share bars, cookie banners, newsletter
 * boxes, related and most-read lists, comments). Works in one iterative pass, whatever the depth.
 */
final class Cleaner {

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "link",
            "meta", "map", "audio", "video", "source", "picture", "img", "dialog", "math");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);

    private Cleaner() {
    }

    /**
     * Cleans {@code root} in place. {@code furniture}: also drop elements named as furniture;
     * {@code guardChars}: an element holding more text than this is never dropped by its name.
     */
    static void clean(Element root, boolean furniture, int guardChars) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) return FilterResult.REMOVE;
                if (!(node instanceof Element e) || node == root) return FilterResult.CONTINUE;
                String tag = e.normalName();
                if (NEVER_TEXT.contains(tag)) return FilterResult.REMOVE;
                if (e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style")).find()) return FilterResult.REMOVE;
                if (!furniture) return FilterResult.CONTINUE;
                if (tag.equals("body") || tag.equals("html")) return FilterResult.CONTINUE;
                String sig = Furniture.signature(e);
                boolean named = FURNITURE_TAGS.contains(tag) || Furniture.hasFurnitureRole(e)
                        || Furniture.isStrong(sig) || Furniture.isWeak(sig);
                if (named && !isMainContainer(e) && e.text().length() <= guardChars && !Furniture.holdsProse(e, sig)) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /**
     * Unwraps every element nested deeper than {@code maxDepth}, keeping its content in place, so
     * that pathological nesting (thousands of unclosed tags) costs no more than a flat page.
     * Returns how many elements were unwrapped.
     */
    static int limitDepth(Element root, int maxDepth) {
        List<Element> deep = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth > maxDepth && node instanceof Element e) deep.add(e);
        }, root);
        for (int i = deep.size() - 1; i >= 0; i--) {
            if (deep.get(i).parent() != null) deep.get(i).unwrap();
        }
        return deep.size();
    }

    private static boolean isMainContainer(Element e) {
        String tag = e.normalName();
        if (tag.equals("main") || tag.equals("article")) return true;
        if (e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) return true;
        return e.attr("role").equalsIgnoreCase("main");
    }
}
