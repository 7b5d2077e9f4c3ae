package org.vigie.ingest.tabular;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Origin;
import org.vigie.core.read.ReadException;
import org.vigie.ingest.date.IsoDates;
import org.vigie.ingest.encoding.TextDecoder;
import org.vigie.ingest.text.LostBreaks;

/**
 * Maps one record of a tabular dataset (a JSONL object, a CSV row) to an article, by the field
 * names public news datasets use. The first present, non-blank name of each list wins.
 */
public final class RecordFields {

    // English names first (the common data-set vocabulary), then French ones (French exports).
    static final List<String> TITLE = List.of("title", "headline", "titre");
    static final List<String> BODY = List.of("body", "text", "article", "content", "maintext", "texte", "contenu", "corps");
    static final List<String> STANDFIRST = List.of("standfirst", "heading", "lead", "chapo", "chapeau", "chapô");
    static final List<String> URL = List.of("url", "link", "lien");
    static final List<String> DATE = List.of("date", "date_publish", "published", "published_at", "pubdate",
            "date_publication");
    static final List<String> SOURCE = List.of("source", "site", "source_domain", "media", "média");
    static final List<String> ID = List.of("id", "source_id", "identifiant");
    static final List<String> AUTHORS = List.of("authors", "author", "auteurs", "auteur");

    private static final Pattern LINES = Pattern.compile("\r\n|\r|\n");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\r\n]+\\s*");
    private static final Pattern AUTHOR_SEPARATORS = Pattern.compile("\\s*[;|]\\s*");

    private RecordFields() {
    }

    /**
     * Builds the article of one record. {@code fields} maps lower-cased field names to a String
     * or a List of Strings (a body given as paragraphs, several authors). {@code origin} is recorded
     * on the article; {@code errorAt} and {@code line} locate a rejection.
     */
    public static Article toArticle(Map<String, Object> fields, Origin origin, Origin errorAt, long line)
            throws ReadException {
        Map<String, Object> f = new LinkedHashMap<>();
        fields.forEach((k, v) -> f.putIfAbsent(k.strip().toLowerCase(Locale.ROOT), v));

        List<LostBreaks.Paragraph> paragraphs = paragraphs(first(f, BODY));
        if (paragraphs.isEmpty()) {
            throw new ReadException(errorAt, line, -1, "no body: expected a non-empty field "
                    + String.join("/", BODY) + " (fields present: " + String.join(", ", f.keySet()) + ")");
        }
        String title = oneLine(text(first(f, TITLE)));
        String standfirst = text(first(f, STANDFIRST));
        Article a = LostBreaks.compose(title == null ? "" : title, standfirst, paragraphs).withOrigin(origin);

        String url = oneLine(text(first(f, URL)));
        String rawDate = oneLine(text(first(f, DATE)));
        String date = rawDate == null ? null : IsoDates.normalize(rawDate).orElse(null);
        Metadata m = new Metadata(url, null, oneLine(text(first(f, SOURCE))), authors(first(f, AUTHORS)),
                date, date == null ? null : "record", null, null);
        a = a.withMetadata(m);
        if (origin.url() == null && url != null) {
            a = a.withOrigin(new Origin(origin.path(), origin.record(), url));
        }
        String id = oneLine(text(first(f, ID)));
        return id == null ? a : a.withSourceId(id);
    }

    private static Object first(Map<String, Object> f, List<String> names) {
        for (String n : names) {
            Object v = f.get(n);
            if (v instanceof String s && !s.isBlank()) return s;
            if (v instanceof List<?> l && !l.isEmpty()) return l;
        }
        return null;
    }

    private static String text(Object v) {
        if (v == null) return null;
        String s = v instanceof List<?> l ? String.join("\n", l.stream().map(String::valueOf).toList()) : v.toString();
        s = TextDecoder.repair(s);
        return s.isBlank() ? null : s.strip();
    }

    private static String oneLine(String s) {
        return s == null ? null : LINE_BREAKS.matcher(s).replaceAll(" ");
    }

    /**
     * A body string is split on its line breaks, or, when it has none, where its paragraph breaks
     * were lost ({@link LostBreaks}); a list is one paragraph per element.
     */
    private static List<LostBreaks.Paragraph> paragraphs(Object v) {
        List<LostBreaks.Paragraph> out = new ArrayList<>();
        if (v == null) return out;
        if (v instanceof String s) {
            String body = TextDecoder.repair(s);
            if (!LINES.matcher(body).find()) return LostBreaks.french().split(body);
        }
        List<?> parts = v instanceof List<?> l ? l : List.of(v);
        for (Object p : parts) {
            if (p == null) continue;
            for (String line : LINES.split(TextDecoder.repair(p.toString()))) {
                if (!line.isBlank()) out.add(new LostBreaks.Paragraph(line.strip(), false));
            }
        }
        return out;
    }

    private static List<String> authors(Object v) {
        List<String> out = new ArrayList<>();
        if (v == null) return out;
        List<?> parts = v instanceof List<?> l ? l : List.of(v);
        for (Object p : parts) {
            if (p == null) continue;
            for (String a : AUTHOR_SEPARATORS.split(p.toString())) {
                if (!a.isBlank()) out.add(a.strip());
            }
        }
        return out;
    }
}
