package org.vigie.bench.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.EntityType;
import org.vigie.bench.gold.GoldFiles;

/**
 * One hand-made gold file (format: shared/README.md) and the article it annotates. Gold spans are
 * surface text ("starts", "ends"), located in the article's canonical text when scored.
 */
record GoldFile(Path path, Article article, List<GoldQuote> quotes, List<GoldEntity> entities) {

    record GoldQuote(String kind, String speaker, String starts, String ends, String cue) {
    }

    record GoldEntity(String canonical, EntityType type, List<String> mentions) {
    }

    /**
     * Reads {@code gold}; its article comes from {@code samples} (the raw sample page) or from
     * {@code corpus} (OrangeSum parsed JSON: title, heading, article) by the file name of "sample".
     */
    static GoldFile read(Path gold, Path samples, Path corpus) throws IOException {
        GoldFiles.Gold g = GoldFiles.read(gold, new GoldFiles.Texts(samples.getParent(), samples, corpus));
        return of(gold, g.json(), g.article());
    }

    /**
     * Reads {@code gold} whose {@code "sample"} is a plain text file beside it (paragraphs apart by
     * blank lines, no title), in the language of {@code structure.language}: the English gold, whose
     * texts live in the repository.
     */
    static GoldFile readPlain(Path gold) throws IOException {
        JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(gold.toFile());
        String sample = root.path("sample").asText(null);
        if (sample == null) throw new IOException(gold + ": no \"sample\" field naming the annotated text");
        Path src = gold.resolveSibling(sample);
        if (!java.nio.file.Files.exists(src)) throw new IOException(gold + ": its text " + src + " does not exist");
        String text = java.nio.file.Files.readString(src);
        Article a = Article.compose("", null, List.of(text.split("\\n\\s*\\n")))
                .withLanguage(root.path("structure").path("language").asText("en"), 1.0);
        return of(gold, root, a);
    }

    private static GoldFile of(Path gold, JsonNode root, Article article) {
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
}
