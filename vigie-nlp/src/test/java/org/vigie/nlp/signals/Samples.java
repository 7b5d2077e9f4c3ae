package org.vigie.nlp.signals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;

/** Test articles built from the repository's samples, with hand-made entity and quote layers. */
public final class Samples {

    static final Path ROOT = Path.of("..");
    static final ObjectMapper JSON = new ObjectMapper();

    private Samples() {
    }

    /**
     * The Aleppo page as the ingest stage would build it: title = line 1, standfirst = line 5,
     * paragraphs = non-empty lines after it up to the comment widget. No layers.
     */
    public static Article aleppoBare() {
        List<String> lines = read("samples/aleppo-putin-erdogan.txt");
        List<String> paragraphs = new ArrayList<>();
        for (int i = 5; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("Laissez un commentaire")) break;
            if (!l.isEmpty()) paragraphs.add(l);
        }
        return Article.compose(lines.get(0), lines.get(4), paragraphs);
    }

    /** The Aleppo page with the entity and direct-quote layers the NER and quote stages produce. */
    public static Article aleppo() {
        Article a = aleppoBare();
        Map<String, List<String>> names = new java.util.LinkedHashMap<>();
        names.put("Vladimir Poutine", List.of("Vladimir Poutine", "M. Poutine", "président Poutine", "Poutine", "président russe"));
        names.put("Recep Tayyip Erdogan", List.of("Recep Tayyip Erdogan", "M. Erdogan", "président turc", "dirigeant turc", "homologue turc", "Erdogan"));
        names.put("Staffan de Mistura", List.of("Staffan de Mistura"));
        names.put("Oleg Pechkov", List.of("Oleg Pechkov"));
        names.put("Alep", List.of("Alep"));
        names.put("Turquie", List.of("Turquie"));
        names.put("Russie", List.of("Russie"));
        names.put("Istanbul", List.of("Istanbul"));
        names.put("Moscou", List.of("Moscou"));
        names.put("Ankara", List.of("Ankara"));
        names.put("Syrie", List.of("Syrie"));
        names.put("États-Unis", List.of("États-Unis"));
        names.put("Suisse", List.of("Suisse"));
        names.put("Saint-Pétersbourg", List.of("Saint-Pétersbourg"));
        names.put("OTAN", List.of("OTAN"));
        names.put("Onu", List.of("Onu"));
        List<Entity> entities = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        for (var e : names.entrySet()) {
            List<Span> mentions = new ArrayList<>();
            for (String form : e.getValue()) {
                for (Span s : all(a, form)) {
                    if (taken.stream().noneMatch(t -> t.overlaps(s))) {
                        mentions.add(s);
                        taken.add(s);
                    }
                }
            }
            EntityType type = e.getKey().contains(" ") && !e.getKey().startsWith("Saint") ? EntityType.PER
                    : e.getKey().equals("OTAN") || e.getKey().equals("Onu") ? EntityType.ORG : EntityType.LOC;
            mentions.sort(null);
            entities.add(new Entity(e.getKey(), type, null, mentions));
        }
        List<Quote> quotes = new ArrayList<>();
        String[][] direct = {
                {"Nous nous sommes entendus", "a indiqué"},
                {"J'ai informé notre partenaire", "a ajouté"},
                {"Soit ils (les États-Unis", "a noté"},
                {"Nous soutenons cette proposition", "a annoncé M"}};
        Speaker poutine = new Speaker("Vladimir Poutine", null);
        for (String[] q : direct) {
            int start = a.text().indexOf("« " + q[0]);
            int end = a.text().indexOf("»", start) + 1;
            int cue = a.text().indexOf(q[1], end);
            quotes.add(new Quote(Quote.Kind.DIRECT, a.span(start, end), poutine, null,
                    a.span(cue, cue + q[1].replace(" M", "").length())));
        }
        return a.withEntities(entities).withQuotes(quotes);
    }

    /** Every occurrence of {@code form} in the text, on word boundaries. */
    public static List<Span> all(Article a, String form) {
        List<Span> out = new ArrayList<>();
        String t = a.text();
        for (int i = t.indexOf(form); i >= 0; i = t.indexOf(form, i + 1)) {
            int e = i + form.length();
            boolean left = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
            boolean right = e == t.length() || !Character.isLetterOrDigit(t.charAt(e));
            if (left && right) out.add(a.span(i, e));
        }
        return out;
    }

    /** One OrangeSum record (wire copy, CC BY-SA) as an article: title, lead as standfirst, body. */
    public static Article orangesum(String id) {
        for (String line : read("samples/orangesum/orangesum-sample.jsonl")) {
            try {
                JsonNode n = JSON.readTree(line);
                if (id.equals(n.get("id").asText())) {
                    return Article.compose(n.get("title").asText(), n.get("heading").asText(),
                            List.of(n.get("article").asText()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalArgumentException("no OrangeSum record " + id);
    }

    public static JsonNode gold(String name) {
        try {
            return JSON.readTree(ROOT.resolve("fixtures/gold").resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> read(String path) {
        try {
            return Files.readAllLines(ROOT.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
