package org.vigie.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Section;

/**
 * Recovers an article from a parsed page: metadata first (from the untouched document), then the
 * main text. The main text is searched twice when needed: with furniture removed by name (strict),
 * and, if that leaves almost nothing (a site that names its article "content-sidebar"), without.
 * Stateless and thread-safe.
 */
public final class HtmlExtractor {

    /** Below this many characters of body, the strict pass is judged to have cut the article. */
    private static final int MIN_STRICT_CHARS = 250;
    private static final double MAX_LINK_DENSITY = 0.5;

    /** Real pages nest a few dozen levels; deeper elements are unwrapped before any analysis. */
    static final int MAX_DEPTH = 200;

    public ExtractedPage extract(Document doc, Metadata known) {
        Cleaner.limitDepth(doc, MAX_DEPTH);
        MetadataExtractor.PageInfo info = MetadataExtractor.extract(doc, known == null ? Metadata.EMPTY : known);
        Element body = doc.body();
        if (body == null) return new ExtractedPage(info.title(), info.standfirst(), List.of(), info.metadata());
        Element preCleaned = body.clone();
        Cleaner.clean(preCleaned, false, 0);
        int pageChars = preCleaned.text().length();

        Element strict = preCleaned.clone();
        Cleaner.clean(strict, true, pageChars / 2);
        List<Block> blocks = blocks(strict, info);
        if (chars(blocks) < MIN_STRICT_CHARS) {
            List<Block> relaxed = blocks(preCleaned, info);
            if (chars(relaxed) > chars(blocks)) blocks = relaxed;
        }
        String standfirst = info.standfirst();
        if (standfirst == null) standfirst = leadFromDescription(blocks, info.description());
        if (standfirst != null) blocks = dropText(blocks, standfirst);
        return new ExtractedPage(info.title(), standfirst, blocks, info.metadata());
    }

    private static List<Block> blocks(Element cleaned, MetadataExtractor.PageInfo info) {
        List<Element> roots = ContentFinder.find(cleaned);
        return filter(BlockCollector.collect(roots), info.title());
    }

    /** Drops furniture among collected blocks: link lists, calls to action, repeats, the title. */
    static List<Block> filter(List<BlockCollector.Raw> raws, String title) {
        String titleKey = MetadataExtractor.norm(title);
        Set<String> seen = new HashSet<>();
        List<Block> out = new ArrayList<>();
        for (BlockCollector.Raw r : raws) {
            String t = r.text();
            String key = MetadataExtractor.norm(t);
            if (key.isEmpty()) continue;
            if (r.linkDensity() > MAX_LINK_DENSITY && (t.length() < 300 || r.linkDensity() > 0.8)) continue;
            if (Furniture.isBoilerplatePhrase(t)) continue;
            if (!titleKey.isEmpty() && key.equals(titleKey)) continue;
            if (key.length() > 20 && key.length() <= 100 && !seen.add(key)) continue;
            out.add(new Block(r.kind(), t));
        }
        // A heading with no text after it is the title of a removed box ("Related", "Comments").
        while (!out.isEmpty() && out.get(out.size() - 1).kind() == Section.Kind.HEADING) out.remove(out.size() - 1);
        return out;
    }

    /** The first paragraph is the standfirst when the page's description is that paragraph. */
    private static String leadFromDescription(List<Block> blocks, String description) {
        if (description == null || blocks.size() < 2) return null;
        Block first = blocks.get(0);
        if (first.kind() != Section.Kind.PARAGRAPH) return null;
        String d = MetadataExtractor.norm(description.replaceAll("(\\.\\.\\.|…)\\s*$", ""));
        String p = MetadataExtractor.norm(first.text());
        if (d.length() < 40) return null;
        return p.startsWith(d) || d.startsWith(p) && p.length() > 40 ? first.text() : null;
    }

    private static List<Block> dropText(List<Block> blocks, String text) {
        String key = MetadataExtractor.norm(text);
        List<Block> out = new ArrayList<>(blocks.size());
        boolean dropped = false;
        for (Block b : blocks) {
            if (!dropped && MetadataExtractor.norm(b.text()).equals(key)) {
                dropped = true;
                continue;
            }
            out.add(b);
        }
        return out;
    }

    private static int chars(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) n += b.text().length();
        return n;
    }
}
