package org.vigie.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Quote;

/**
 * The hand gold of fixtures/gold/orangesum (texts: samples/orangesum/orangesum-sample.jsonl) with no
 * entity layer: direct quotes must be found with their speaker at the project's target
 * (precision ≥ 0.90 at recall ≥ 0.85), and every gold indirect quote found counts its speaker.
 */
class OrangeSumGoldTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Article> articles() throws IOException {
        Map<String, Article> out = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(Path.of("../samples/orangesum/orangesum-sample.jsonl"))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode d = JSON.readTree(line);
                out.put(d.path("id").asText(), Article.compose(d.path("title").asText(),
                        d.path("heading").asText(null), List.of(d.path("article").asText())));
            }
        }
        return out;
    }

    static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("^(le |la |les |l'|un |une |d')", "").strip();
    }

    /** Same speaker: equal once normalised, or one name or phrase holds the other ("Rani" / "Swaroop Rani"). */
    static boolean sameSpeaker(Quote q, String gold) {
        if (q.speaker() == null) return false;
        String p = norm(q.speaker().canonical());
        String g = norm(gold);
        return !p.isEmpty() && (p.contains(g) || g.contains(p));
    }

    @Test
    void directQuotesWithTheirSpeakersMeetTheTarget() throws IOException {
        Map<String, Article> texts = articles();
        QuoteStage stage = new QuoteStage();
        int gold = 0;
        int predicted = 0;
        int right = 0;
        int indirectGold = 0;
        int indirectRight = 0;
        List<String> misses = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("../fixtures/gold/orangesum"), "*.gold.json")) {
            for (Path f : files) {
                String id = "orangesum-" + f.getFileName().toString().replace(".gold.json", "");
                Article a = texts.get(id);
                assertTrue(a != null, "no text for " + id);
                List<Quote> found = stage.process(a).quotes();
                List<Quote> direct = found.stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
                predicted += direct.size();
                boolean[] used = new boolean[direct.size()];
                for (JsonNode g : JSON.readTree(f.toFile()).path("quotes")) {
                    String starts = g.path("starts").asText();
                    if (g.path("kind").asText().equals("indirect")) {
                        indirectGold++;
                        if (found.stream().anyMatch(q -> q.kind() == Quote.Kind.INDIRECT && q.text().text().contains(starts)
                                && sameSpeaker(q, g.path("speaker").asText()))) indirectRight++;
                        continue;
                    }
                    gold++;
                    String ends = g.path("ends").asText();
                    boolean hit = false;
                    for (int i = 0; i < direct.size() && !hit; i++) {
                        Quote q = direct.get(i);
                        if (!used[i] && q.text().text().startsWith(starts) && q.text().text().endsWith(ends)
                                && sameSpeaker(q, g.path("speaker").asText())) {
                            used[i] = true;
                            hit = true;
                        }
                    }
                    if (hit) right++;
                    else misses.add(id + ": " + starts);
                }
            }
        }
        double precision = (double) right / predicted;
        double recall = (double) right / gold;
        String report = String.format(Locale.ROOT, "direct+speaker P=%.3f R=%.3f (%d right, %d predicted, %d gold); missed %s",
                precision, recall, right, predicted, gold, misses);
        assertTrue(gold >= 35, "the fixtures hold the gold quotes: " + gold);
        assertTrue(precision >= 0.90, report);
        assertTrue(recall >= 0.85, report);
        assertTrue(indirectRight >= indirectGold / 2, "indirect with speaker: " + indirectRight + "/" + indirectGold);
    }
}
