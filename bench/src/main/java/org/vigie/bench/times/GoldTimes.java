package org.vigie.bench.times;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.Span;
import org.vigie.bench.gold.GoldFiles;

/**
 * One gold file's time expressions located in its article's canonical text. Gold gives surface
 * strings with an occurrence count, not offsets: the longest strings are placed first, each at
 * its first free whole-word occurrences, so "1er janvier" does not land inside "le 1er janvier 2020".
 */
record GoldTimes(String name, Article article, String dct, List<Item> items, List<String> problems) {

    record Item(Span span, String valueWithDct, String valueWithoutDct) {
    }

    static GoldTimes load(Path goldFile, Path sharedRoot, Path textDir) throws IOException {
        GoldFiles.Gold gold = GoldFiles.read(goldFile, new GoldFiles.Texts(sharedRoot, null, textDir));
        JsonNode g = gold.json();
        Article a = gold.article();
        List<String> problems = new ArrayList<>();
        List<JsonNode> times = new ArrayList<>();
        g.path("times").forEach(times::add);
        times.sort(Comparator.comparingInt((JsonNode t) -> t.path("text").asText().length()).reversed());
        List<Item> items = new ArrayList<>();
        String text = a.text();
        for (JsonNode t : times) {
            String s = t.path("text").asText();
            int wanted = t.path("occurrences").asInt(1);
            int found = 0;
            for (int i = text.indexOf(s); i >= 0 && found < wanted; i = text.indexOf(s, i + 1)) {
                Span span = new Span(i, i + s.length(), s);
                if (!wholeWord(text, i, i + s.length())) continue;
                if (items.stream().anyMatch(it -> it.span().overlaps(span))) continue;
                items.add(new Item(span, t.path("value_with_dct").asText(null),
                        t.hasNonNull("value_without_dct") ? t.get("value_without_dct").asText() : null));
                found++;
            }
            if (found < wanted) problems.add("'" + s + "': " + found + " of " + wanted + " occurrences found in the text");
        }
        items.sort(Comparator.comparing(Item::span));
        return new GoldTimes(goldFile.getFileName().toString(), a, g.path("dct").asText(null), items, problems);
    }

    private static boolean wholeWord(String text, int s, int e) {
        return (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))
                && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)));
    }
}
