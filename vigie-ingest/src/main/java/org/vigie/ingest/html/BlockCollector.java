package org.vigie.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.vigie.core.model.Section;

/**
 * Walks content elements in reading order and emits one {@link Block} per paragraph, heading,
 * list item or block quote. Text outside any block (a div's loose text, lines split by
 * {@code <br>}) becomes paragraphs too. Furniture inside the content (bylines, share bars,
 * embedded "read also" boxes, captions) is skipped. Deeper than {@link #MAX_DEPTH}, an element's
 * text is taken whole, so pathological nesting costs no more than a flat page.
 */
final class BlockCollector {

    static final int MAX_DEPTH = 256;

    /** Never article text. ({@code form} is not here: ASP.NET pages wrap the whole page in one.) */
    private static final Set<String> SKIP = Set.of("figure", "figcaption", "nav", "aside", "footer", "header",
            "menu", "caption", "hr", "dialog", "address");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "dd", "dt", "center", "summary");

    /** A block and how much of its text is link text. */
    record Raw(Section.Kind kind, String text, double linkDensity) {
    }

    private final List<Raw> out = new ArrayList<>();

    private BlockCollector() {
    }

    static List<Raw> collect(List<Element> roots) {
        BlockCollector c = new BlockCollector();
        for (Element r : roots) c.container(r, 0, false);
        return c.out;
    }

    /** Emits the blocks of a container element: its loose inline runs and its block children. */
    private void container(Element e, int depth, boolean inQuote) {
        if (depth > MAX_DEPTH) {
            emit(inQuote ? Section.Kind.QUOTE_BLOCK : Section.Kind.PARAGRAPH, e.text(), e);
            return;
        }
        StringBuilder run = new StringBuilder();
        int runLinks = 0;
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                run.append(t.getWholeText());
                continue;
            }
            if (!(n instanceof Element c)) continue;
            String tag = c.normalName();
            if (tag.equals("br")) {
                // <br><br> ends a paragraph; a single <br> is a line break inside it.
                if (endsWithBreak(run)) runLinks = flush(run, runLinks, inQuote);
                else run.append(BREAK);
                continue;
            }
            if (!ContentFinder.BLOCK_TAGS.contains(tag) && !hasBlockChild(c)) {
                String t = c.text();
                run.append(' ').append(t).append(' ');
                if (tag.equals("a")) runLinks += t.length();
                else for (Element a : c.select("a")) runLinks += a.text().length();
                continue;
            }
            runLinks = flush(run, runLinks, inQuote);
            block(c, depth + 1, inQuote);
        }
        flush(run, runLinks, inQuote);
    }

    private static final char BREAK = '\u2028';

    private static boolean endsWithBreak(StringBuilder run) {
        for (int i = run.length() - 1; i >= 0; i--) {
            char ch = run.charAt(i);
            if (ch == BREAK) return true;
            if (!Character.isWhitespace(ch)) return false;
        }
        return false;
    }

    private int flush(StringBuilder run, int links, boolean inQuote) {
        String t = MetadataExtractor.clean(run.toString());
        if (!t.isEmpty()) {
            out.add(new Raw(inQuote ? Section.Kind.QUOTE_BLOCK : Section.Kind.PARAGRAPH, t,
                    Math.min(1.0, (double) links / t.length())));
        }
        run.setLength(0);
        return 0;
    }

    private void block(Element c, int depth, boolean inQuote) {
        String tag = c.normalName();
        String sig = Furniture.signature(c);
        if (SKIP.contains(tag) || Furniture.hasFurnitureRole(c) || (isEmbed(sig) && !tag.equals("blockquote"))) return;
        if ((Furniture.isInner(sig) || Furniture.isStrong(sig) || Furniture.isWeak(sig))
                && !Furniture.holdsProse(c, sig)) {
            return;
        }
        Section.Kind para = inQuote ? Section.Kind.QUOTE_BLOCK : Section.Kind.PARAGRAPH;
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> emit(Section.Kind.HEADING, c.text(), c);
            case "li" -> {
                if (hasBlockChild(c)) listItemWithBlocks(c, depth);
                else emitLines(Section.Kind.LIST_ITEM, c);
            }
            case "blockquote" -> {
                if (hasBlockChild(c)) container(c, depth, true);
                else emitLines(Section.Kind.QUOTE_BLOCK, c);
            }
            case "table" -> table(c, depth, inQuote);
            default -> {
                if (PARAGRAPH_TAGS.contains(tag) && !hasBlockChild(c)) emitLines(para, c);
                else container(c, depth, inQuote);
            }
        }
    }

    private void listItemWithBlocks(Element li, int depth) {
        int before = out.size();
        container(li, depth, false);
        for (int i = before; i < out.size(); i++) {
            Raw r = out.get(i);
            if (r.kind() == Section.Kind.PARAGRAPH) out.set(i, new Raw(Section.Kind.LIST_ITEM, r.text(), r.linkDensity()));
        }
    }

    /** Data tables become one paragraph per row; layout tables are walked like divs. */
    private void table(Element t, int depth, boolean inQuote) {
        for (Element row : t.select("tr")) {
            if (row.closest("table") != t) continue;
            boolean layout = false;
            for (Element cell : row.children()) {
                if (cell.selectFirst("p, div, table, ul, ol, h2, h3") != null) layout = true;
            }
            if (layout) {
                for (Element cell : row.children()) container(cell, depth + 1, inQuote);
            } else {
                emit(inQuote ? Section.Kind.QUOTE_BLOCK : Section.Kind.PARAGRAPH, row.text(), row);
            }
        }
    }

    /**
     * Emits a paragraph-level element: one block, or several where a blank line ({@code <br><br>})
     * separates paragraphs inside it. A single {@code <br>} is a line break within the paragraph.
     */
    private void emitLines(Section.Kind kind, Element e) {
        if (e.selectFirst("br") == null) {
            emit(kind, e.text(), e);
            return;
        }
        StringBuilder line = new StringBuilder();
        int links = 0;
        boolean afterBreak = false;
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) afterBreak = false;
                line.append(t.getWholeText());
            } else if (n instanceof Element c) {
                if (c.normalName().equals("br")) {
                    if (afterBreak) {
                        addLine(kind, line, links);
                        links = 0;
                        afterBreak = false;
                    } else {
                        line.append(' ');
                        afterBreak = true;
                    }
                } else {
                    afterBreak = false;
                    String t = c.text();
                    line.append(' ').append(t).append(' ');
                    if (c.normalName().equals("a")) links += t.length();
                    else for (Element a : c.select("a")) links += a.text().length();
                }
            }
        }
        addLine(kind, line, links);
    }

    private void addLine(Section.Kind kind, StringBuilder line, int links) {
        String t = MetadataExtractor.clean(line.toString());
        if (!t.isEmpty()) out.add(new Raw(kind, t, Math.min(1.0, (double) links / t.length())));
        line.setLength(0);
    }

    private void emit(Section.Kind kind, String text, Element e) {
        String t = MetadataExtractor.clean(text);
        if (!t.isEmpty()) out.add(new Raw(kind, t, ContentFinder.linkDensity(e)));
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (ContentFinder.BLOCK_TAGS.contains(c.normalName()) || hasBlockChildShallow(c)) return true;
        }
        return false;
    }

    /** An inline child wrapping blocks (a span around paragraphs) counts as a block, two levels down. */
    private static boolean hasBlockChildShallow(Element e) {
        for (Element c : e.children()) {
            if (ContentFinder.BLOCK_TAGS.contains(c.normalName())) return true;
        }
        return false;
    }

    private static boolean isEmbed(String sig) {
        return sig.contains("twitter-tweet") || sig.contains("instagram-media") || sig.contains("tiktok-embed")
                || sig.contains("embed-") || sig.contains("-embed");
    }
}
