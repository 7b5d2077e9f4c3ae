package org.vigie.corpus.reprints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Section;

/**
 * The 40 real OrangeSum articles of {@code samples/orangesum}, as published by a wire site, and
 * helpers to make the copies re-blogging sites make of them.
 */
final class SampleArticles {

    static final Path SAMPLE = Path.of("../samples/orangesum/orangesum-sample.jsonl");
    /** OrangeSum glued paragraphs ("Pyrénées.Alors"): a sentence end followed by a capital is a break. */
    private static final Pattern GLUED = Pattern.compile("(?<=[.!?»])(?=[\"«]?\\p{Lu})");

    private static Map<String, Article> cache;

    private SampleArticles() {
    }

    /** Sample id ("orangesum-21603") to article: title, heading as standfirst, paragraphs, date, site afp.com. */
    static synchronized Map<String, Article> all() {
        if (cache != null) return cache;
        Map<String, Article> out = new LinkedHashMap<>();
        ObjectMapper m = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(SAMPLE, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode j = m.readTree(line);
                Article a = Article.compose(j.get("title").asText(), j.get("heading").asText(), paragraphs(j.get("article").asText()));
                a = a.withSourceId(j.get("id").asText()).withMetadata(meta("afp.com", j.get("date").asText()));
                out.put(j.get("id").asText(), a);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cache = out;
        return out;
    }

    static Article get(String id) {
        Article a = all().get(id);
        if (a == null) throw new IllegalArgumentException("no sample " + id);
        return a;
    }

    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String p : GLUED.split(body)) {
            if (!out.isEmpty() && p.strip().length() < 40) out.set(out.size() - 1, out.get(out.size() - 1) + p);
            else out.add(p);
        }
        return out;
    }

    static List<String> paragraphTexts(Article a) {
        List<String> out = new ArrayList<>();
        for (Section s : a.paragraphs()) out.add(a.text().substring(s.start(), s.end()));
        return out;
    }

    static Metadata meta(String site, String date) {
        return new Metadata(null, null, site, List.of(), date, date == null ? null : "meta", null, null);
    }

    /** A copy of {@code a} with other parts, published by {@code site} on {@code date}. */
    static Article copy(Article a, String title, String standfirst, List<String> paragraphs, String site, String date, String sourceId) {
        return Article.compose(title, standfirst, paragraphs).withSourceId(sourceId).withMetadata(meta(site, date));
    }
}
