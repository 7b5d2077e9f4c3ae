package org.vigie.ingest.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.vigie.core.model.Article;
import org.vigie.core.model.Origin;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.core.read.RejectSink;
import org.vigie.ingest.encoding.BinarySniffer;
import org.vigie.ingest.encoding.TextDecoder;
import org.vigie.ingest.text.LostBreaks;

/**
 * Reads a raw page dump: the text a scraper saved from a news page, one paragraph per line.
 *
 * <pre>
 * Title line
 *
 * 0123456789abcdef0123456789abcdef      (optional id: exactly 32 hex digits)
 *
 * Standfirst line                        (optional, see below)
 *
 * Body paragraph, one per line ...
 *
 * Laissez un commentaire                 (widget lines at the end or the top of the body: cut, counted)
 * </pre>
 *
 * <p>The standfirst is the first block after the title (and id) when that block is a single line
 * set apart by a blank line and the layout tells it from a body paragraph (see
 * {@link #isStandfirst}). A page with no blank lines is title + body.
 */
public final class DumpReader implements ArticleReader {

    private static final Pattern HEX_ID = Pattern.compile("[0-9a-fA-F]{32}");

    /** A standfirst is at most this long; longer single-line blocks are body. */
    static final int MAX_STANDFIRST = 600;
    /** Before a body of one line, a standfirst is at most this share of the body's length. */
    static final double SINGLE_BODY_RATIO = 0.5;
    /** Before paragraphs all spaced by blank lines, this share of them must end a sentence. */
    static final double CLOSED_SHARE = 0.8;
    /** Characters that close a sentence (or a quoted one). */
    private static final String SENTENCE_END = ".!?…»\"”’)";

    private final WidgetBoilerplate boilerplate;

    public DumpReader() {
        this(WidgetBoilerplate.defaults());
    }

    public DumpReader(WidgetBoilerplate boilerplate) {
        this.boilerplate = boilerplate;
    }

    @Override
    public String format() {
        return "dump";
    }

    @Override
    public List<Article> read(RawDocument doc, RejectSink rejects) throws ReadException {
        Origin origin = doc.origin();
        byte[] bytes = doc.bytes();
        long binary = BinarySniffer.firstBinaryOffset(bytes);
        if (binary >= 0) {
            throw new ReadException(origin, -1, binary, String.format(
                    "binary content (byte 0x%02X): expected a text page dump", bytes[(int) binary] & 0xFF));
        }
        String text = TextDecoder.decode(bytes, doc.declaredCharset());
        return List.of(parse(text, origin).withMetadata(doc.metadata()));
    }

    /** Parses decoded dump text; {@code origin} is used for errors and recorded on the article. */
    public Article parse(String text, Origin origin) throws ReadException {
        List<String> lines = lines(text);
        int i = skipBlank(lines, 0);
        if (i == lines.size()) {
            throw ReadException.at(origin, "empty page dump: expected a title line followed by body lines");
        }
        String sourceId = null;
        if (isId(lines.get(i))) {
            // Some dumps put the id first: the title is the next line.
            sourceId = lines.get(i);
            i = skipBlank(lines, i + 1);
            if (i == lines.size()) {
                throw ReadException.at(origin, "page dump holds only an id line: expected a title and a body");
            }
        }
        String title = lines.get(i);
        int next = skipBlank(lines, i + 1);
        if (sourceId == null && next < lines.size() && isId(lines.get(next))) {
            sourceId = lines.get(next);
            next++;
        } else if (sourceId == null) {
            // No id: body starts right after the title, even without a blank line (ambiguous pages).
            next = i + 1;
        }

        WidgetBoilerplate.Cut tail = boilerplate.cut(lines, next);
        WidgetBoilerplate.Cut head = boilerplate.cutHead(lines, next, tail.keep());
        List<List<String>> blocks = blocks(lines.subList(head.keep(), tail.keep()));
        List<String> removed = new ArrayList<>(head.removed());
        removed.addAll(tail.removed());

        String standfirst = null;
        if (isStandfirst(blocks)) {
            standfirst = blocks.remove(0).get(0);
        }
        List<String> paragraphs = new ArrayList<>();
        blocks.forEach(paragraphs::addAll);
        // the rest of the page chrome: share bar, tags, related links, bylines, credits, code lines
        TextFurniture.Cleaned furniture = TextFurniture.defaults().clean(paragraphs);
        paragraphs = new ArrayList<>(furniture.lines());
        removed.addAll(furniture.removed());

        // a body saved as one line lost its paragraph breaks: restore them (never when it has several lines)
        List<LostBreaks.Paragraph> body = paragraphs.size() == 1 ? LostBreaks.french().split(paragraphs.get(0))
                : paragraphs.stream().map(p -> new LostBreaks.Paragraph(p, false)).toList();
        Article a = LostBreaks.compose(title, standfirst, body)
                .withBoilerplate(removed, Math.max(head.commentCount(), tail.commentCount()))
                .withOrigin(origin);
        return sourceId == null ? a : a.withSourceId(sourceId);
    }

    /**
     * Whether the first block after the title is a standfirst. It must be one line of at most
     * {@link #MAX_STANDFIRST} characters with a body after it; then the layout decides:
     * <ul>
     *   <li>the body groups several lines per block: blank lines are structure, and a lone line
     *       set apart before the body is the lead;</li>
     *   <li>exactly one body line follows (a body saved without its paragraph breaks): the lead
     *       is the first line when it is at most half as long as the body;</li>
     *   <li>a blank line after every paragraph: blank lines say nothing, so only a line written
     *       as a dek (no closing punctuation, while the body's paragraphs have it) is taken.</li>
     * </ul>
     * When in doubt the line stays in the body: the canonical text is the same either way.
     */
    static boolean isStandfirst(List<List<String>> blocks) {
        if (blocks.size() < 2) return false;
        List<String> first = blocks.get(0);
        if (first.size() != 1) return false;
        String lead = first.get(0);
        if (lead.length() > MAX_STANDFIRST) return false;
        List<List<String>> body = blocks.subList(1, blocks.size());
        if (body.stream().anyMatch(b -> b.size() > 1)) return true;
        if (body.size() == 1) return lead.length() <= SINGLE_BODY_RATIO * body.get(0).get(0).length();
        long closed = body.stream().filter(b -> endsSentence(b.get(0))).count();
        return !endsSentence(lead) && closed >= CLOSED_SHARE * body.size();
    }

    private static boolean endsSentence(String line) {
        return !line.isEmpty() && SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** Non-blank lines grouped by the blank lines between them. */
    static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String l : lines) {
            if (l.isEmpty()) {
                if (!current.isEmpty()) blocks.add(current);
                current = new ArrayList<>();
            } else {
                current.add(l);
            }
        }
        if (!current.isEmpty()) blocks.add(current);
        return blocks;
    }

    /** The cleaned lines of {@code text}, split on CRLF, CR, LF and the Unicode line/paragraph separators. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                lines.add(clean(text.substring(start, i)));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        lines.add(clean(text.substring(start)));
        return lines;
    }

    static boolean isId(String line) {
        return HEX_ID.matcher(line).matches();
    }

    private static int skipBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isEmpty()) i++;
        return i;
    }

    /**
     * Strips a line's ends: whitespace, stray BOMs and zero-width characters (left by concatenated
     * files or editors). A line of only no-break spaces is blank. Inner characters are kept as they are.
     */
    static String clean(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isEdge(line.charAt(start))) start++;
        while (end > start && isEdge(line.charAt(end - 1))) end--;
        return line.substring(start, end);
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B'
                || c == '\u200C' || c == '\u200D' || c == '\u2060';
    }
}
