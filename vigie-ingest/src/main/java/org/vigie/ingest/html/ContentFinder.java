package org.vigie.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element(s) holding an article's text in a cleaned page. Two signals are combined:
 * the publisher's own markup ({@code itemprop=articleBody}, CMS body classes) and Readability's
 * paragraph scoring (text length and commas credited to ancestors, damped by link density, with
 * siblings of the best candidate merged in). Markup wins when it holds most of what scoring finds.
 */
final class ContentFinder {

    private static final NameMatcher BODY_MARKERS = NameMatcher.of("article-body-markers.txt");
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
            "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "center", "caption", "summary");

    private ContentFinder() {
    }

    /** The content elements of {@code body}, in document order (never empty: falls back to body). */
    static List<Element> find(Element body) {
        Map<Element, Double> scores = score(body);
        List<Element> scored = readability(body, scores);
        List<Element> hinted = hinted(body);
        if (!hinted.isEmpty()) {
            int hintChars = paragraphChars(hinted);
            int scoreChars = paragraphChars(scored);
            if (hintChars >= 0.5 * scoreChars && hintChars > 100) return hinted;
        }
        return scored;
    }

    // --- publisher markup --------------------------------------------------------------------

    private static List<Element> hinted(Element body) {
        List<Element> hits = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            boolean hit = e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody");
            if (!hit) {
                String sig = Furniture.signature(e);
                hit = BODY_MARKERS.find(sig);
            }
            if (hit && !insideAny(e, hits) && hits.size() < 50) hits.add(e);
        }
        hits.removeIf(e -> paragraphChars(List.of(e)) < 100);
        return hits;
    }

    private static boolean insideAny(Element e, List<Element> outer) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (outer.contains(p)) return true;
        }
        return false;
    }

    // --- Readability scoring -----------------------------------------------------------------

    private static Map<Element, Double> score(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            String text;
            if (tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) {
                text = e.text();
            } else if (tag.equals("div") || tag.equals("section") || tag.equals("article")) {
                text = looseText(e);
            } else {
                continue;
            }
            if (text.length() < 25) continue;
            double s = 1 + commas(text) + Math.min(3, text.length() / 100);
            Element anc = e.parent();
            for (int level = 0; anc != null && level < 5; level++, anc = anc.parent()) {
                if (anc.normalName().equals("html")) break;
                double base = scores.computeIfAbsent(anc, ContentFinder::initialScore);
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.put(anc, base + s / divider);
            }
        }
        return scores;
    }

    private static List<Element> readability(Element body, Map<Element, Double> scores) {
        Map<Element, Double> finals = new HashMap<>();
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            double f = en.getValue() * (1 - linkDensity(en.getKey()));
            finals.put(en.getKey(), f);
            if (f > best) {
                best = f;
                top = en.getKey();
            }
        }
        if (top == null) return List.of(body);
        // When several strong candidates share an ancestor, the article is that ancestor.
        List<Element> alternatives = new ArrayList<>();
        for (Map.Entry<Element, Double> en : finals.entrySet()) {
            if (en.getKey() != top && en.getValue() >= 0.75 * best) alternatives.add(en.getKey());
        }
        if (alternatives.size() >= 3) {
            for (Element p = top.parent(); p != null && p != body.parent(); p = p.parent()) {
                int containing = 0;
                for (Element a : alternatives) {
                    if (isAncestor(p, a)) containing++;
                }
                if (containing >= 3) {
                    top = p;
                    break;
                }
            }
        }
        double topScore = finals.getOrDefault(top, best);
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        List<Element> out = new ArrayList<>();
        double threshold = Math.max(10, topScore * 0.2);
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? topScore * 0.2 : 0;
            Double s = finals.get(sib);
            if (s != null && s + bonus >= threshold) {
                out.add(sib);
            } else if (sib.normalName().equals("p")) {
                String t = sib.text();
                double ld = linkDensity(sib);
                if ((t.length() > 80 && ld < 0.25) || (t.length() > 0 && t.length() <= 80 && ld == 0
                        && t.matches(".*\\.( |$).*"))) {
                    out.add(sib);
                }
            }
        }
        return fillGaps(parent, out);
    }

    private static final Set<String> GAP_TAGS = Set.of("h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "blockquote",
            "pre", "table", "dl");

    /** Headings, lists and quotes lying between two kept siblings belong to the article too. */
    private static List<Element> fillGaps(Element parent, List<Element> kept) {
        if (kept.size() < 2) return kept;
        List<Element> sibs = parent.children();
        Set<Element> keptSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        keptSet.addAll(kept);
        int first = kept.get(0).elementSiblingIndex(), last = kept.get(kept.size() - 1).elementSiblingIndex();
        List<Element> out = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            Element s = sibs.get(i);
            if (keptSet.contains(s) || (GAP_TAGS.contains(s.normalName()) && linkDensity(s) < 0.5)) out.add(s);
        }
        return out;
    }

    private static boolean isAncestor(Element anc, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == anc) return true;
        }
        return false;
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String sig = Furniture.signature(e);
        if (Furniture.isStrong(sig) || Furniture.isWeak(sig)) s -= 25;
        else if (Furniture.looksLikeContent(sig) || BODY_MARKERS.find(sig)) s += 25;
        return s;
    }

    // --- measures ----------------------------------------------------------------------------

    /** Text of {@code e} outside its block-level children: the "paragraph" of a div used as one. */
    static String looseText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) b.append(t.text());
            else if (n instanceof Element c && !BLOCK_TAGS.contains(c.normalName())) b.append(c.text());
        }
        return b.toString().strip();
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) return 0;
        int links = 0;
        // An e-mail or phone link is content (a contact address), not navigation.
        for (Element a : e.select("a:not([href^=mailto:]):not([href^=tel:])")) links += a.text().length();
        return Math.min(1.0, (double) links / total);
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、') n++;
        }
        return n;
    }

    /** Characters in the paragraphs (p) and loose-text blocks under {@code roots}. */
    static int paragraphChars(List<Element> roots) {
        int n = 0;
        for (Element r : roots) {
            for (Element p : r.select("p")) {
                if (ContentFinder.linkDensity(p) < 0.5) n += p.text().length();
            }
            if (n == 0) n += r.text().length() / 2;
        }
        return n;
    }
}
