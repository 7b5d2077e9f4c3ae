package org.vigie.bench.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.EntityType;

/**
 * One hand-made gold file (format: shared/README.md) and the article it annotates. Gold spans are
 * surface text ("starts", "ends"), located in the article's canonical text when scored.
 */
record GoldFile(Path path, Article article, List<GoldQuote> quotes, List<GoldEntity> entities) {

    record GoldQuote(String kind, String speaker, String starts, String ends, String cue) {
    }

    record GoldEntity(String canonical, EntityType type, List<String> mentions) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads {@code gold}; its article comes from {@code samples} (the raw sample page) or from
     * {@code corpus} (OrangeSum parsed JSON: title, heading, article) by the file name of "sample".
     */
    static GoldFile read(Path gold, Path samples, Path corpus) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(gold.toFile());
        } catch (IOException e) {
            throw new IOException(gold + ": not valid JSON: " + e.getMessage(), e);
        }
        String sample = root.path("sample").asText(null);
        if (sample == null) throw new IOException(gold + ": no \"sample\" field naming the annotated text");
        String fileName = Path.of(sample).getFileName().toString();
        Article article;
        if (sample.startsWith("samples/")) {
            article = samplePage(samples.resolve(fileName));
        } else {
            Path p = corpus.resolve(fileName);
            JsonNode doc;
            try {
                doc = JSON.readTree(p.toFile());
            } catch (IOException e) {
                throw new IOException(p + " (text of " + gold + "): cannot read: " + e.getMessage(), e);
            }
            article = Article.compose(doc.path("title").asText(""), doc.path("heading").asText(null),
                    List.of(doc.path("article").asText("")));
        }
        List<GoldQuote> quotes = new ArrayList<>();
        for (JsonNode q : root.path("quotes")) {
            quotes.add(new GoldQuote(q.path("kind").asText(), q.path("speaker").asText(null),
                    q.path("starts").asText(), q.path("ends").asText(null), q.path("cue").asText(null)));
        }
        List<GoldEntity> entities = new ArrayList<>();
        for (JsonNode e : root.path("entities")) {
            List<String> mentions = new ArrayList<>();
            for (JsonNode m : e.path("mentions")) mentions.add(m.asText());
            EntityType type = EntityType.fromTag(e.path("type").asText());
            entities.add(new GoldEntity(e.path("canonical").asText(), type == null ? EntityType.MISC : type, mentions));
        }
        return new GoldFile(gold, article, quotes, entities);
    }

    /**
     * The raw sample page as crawlers keep it: title on line 1, an id hash, the standfirst on
     * line 5, then body paragraphs until the comment widget ("Laissez un commentaire").
     */
    static Article samplePage(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page);
        if (lines.size() < 6) throw new IOException(page + ": expected title, id and standfirst lines, got " + lines.size() + " lines");
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines.subList(5, lines.size())) {
            if (line.strip().startsWith("Laissez un commentaire")) break;
            if (!line.isBlank()) paragraphs.add(line);
        }
        return Article.compose(lines.get(0), lines.get(4), paragraphs);
    }
}
