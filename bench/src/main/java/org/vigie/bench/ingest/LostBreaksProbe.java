package org.vigie.bench.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.vigie.bench.BenchFiles;
import org.vigie.ingest.encoding.TextDecoder;
import org.vigie.ingest.text.LostBreaks;

/**
 * How often the reader restores lost paragraph breaks ({@link LostBreaks}) in OrangeSum bodies:
 * articles repaired, glue points by rule, subheadings recovered, and a seeded random sample of
 * glue points in context ("…left⟦|⟧right…") to judge by hand as true or false splits.
 *
 * <pre>
 * args: [--data orangesum.jsonl.gz] [--n 3000] [--sample 40] [--seed 7] [--rule WORD]
 * </pre>
 */
public final class LostBreaksProbe {

    private static final int CONTEXT = 45;

    public static void main(String[] args) throws IOException {
        Map<String, String> o = BenchFiles.options(args,
                "LostBreaksProbe [--data F] [--n 3000] [--sample 40] [--seed 7] [--rule SENTENCE_END|WORD|ACRONYM]");
        Path data = BenchFiles.orangesum(o.get("data"));
        int n = Integer.parseInt(o.getOrDefault("n", "3000"));
        int sample = Integer.parseInt(o.getOrDefault("sample", "40"));
        long seed = Long.parseLong(o.getOrDefault("seed", "7"));
        LostBreaks.Rule only = o.containsKey("rule") ? LostBreaks.Rule.valueOf(o.get("rule").toUpperCase(Locale.ROOT)) : null;
        LostBreaks repair = LostBreaks.french();
        ObjectMapper json = new ObjectMapper();

        int articles = 0;
        int repaired = 0;
        int withLineBreaks = 0;
        int headings = 0;
        Map<LostBreaks.Rule, Integer> byRule = new EnumMap<>(LostBreaks.Rule.class);
        Map<LostBreaks.Rule, Integer> articlesByRule = new EnumMap<>(LostBreaks.Rule.class);
        List<String> points = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(data)), StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while (articles < n && (line = r.readLine()) != null) {
                lineNo++;
                JsonNode j;
                try {
                    j = json.readTree(line);
                } catch (IOException e) {
                    throw new IOException(data + ": line " + lineNo + ": not JSON: " + e.getMessage(), e);
                }
                String body = TextDecoder.repair(j.path("article").asText(""));
                if (body.isBlank()) continue;
                articles++;
                if (body.indexOf('\n') >= 0 || body.indexOf('\r') >= 0) withLineBreaks++;
                List<LostBreaks.Glue> glues = repair.find(body);
                if (glues.isEmpty()) continue;
                repaired++;
                headings += (int) repair.split(body).stream().filter(LostBreaks.Paragraph::heading).count();
                java.util.Set<LostBreaks.Rule> seen = java.util.EnumSet.noneOf(LostBreaks.Rule.class);
                for (LostBreaks.Glue g : glues) {
                    byRule.merge(g.rule(), 1, Integer::sum);
                    seen.add(g.rule());
                    if (only != null && g.rule() != only) continue;
                    int at = g.offset();
                    String ctx = body.substring(Math.max(0, at - CONTEXT), at) + "⟦|⟧"
                            + body.substring(at, Math.min(body.length(), at + CONTEXT));
                    points.add(String.format(Locale.ROOT, "line %d %-12s …%s…", lineNo, g.rule(), ctx));
                }
                seen.forEach(x -> articlesByRule.merge(x, 1, Integer::sum));
            }
        }
        int total = byRule.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "%d OrangeSum articles (%d with line breaks, left alone); %d repaired (%.1f%%), "
                + "%d glue points, %d subheadings recovered%n", articles, withLineBreaks, repaired,
                100.0 * repaired / Math.max(1, articles), total, headings);
        for (LostBreaks.Rule x : LostBreaks.Rule.values()) {
            System.out.printf(Locale.ROOT, "  %-12s %6d glue points in %5d articles%n", x,
                    byRule.getOrDefault(x, 0), articlesByRule.getOrDefault(x, 0));
        }
        Collections.shuffle(points, new Random(seed));
        System.out.println();
        System.out.printf("random sample of %d glue points%s (judge: true / false split):%n",
                Math.min(sample, points.size()), only == null ? "" : " of rule " + only);
        for (int i = 0; i < Math.min(sample, points.size()); i++) {
            System.out.printf(Locale.ROOT, "%2d. %s%n", i + 1, points.get(i));
        }
    }

    private LostBreaksProbe() {
    }
}
