package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Speaker;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.quotes.QuoteAppearance;
import org.vigie.corpus.quotes.QuoteTrail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "quote", mixinStandardHelpOptions = true,
        header = "One quotation trail: every appearance of the words, earliest first, with what each changed.",
        description = {"One quotation trail: its canonical wording, then every appearance earliest first (site, date, article,",
                "speaker), how its words stand to the earliest's (same, shortened, longer, altered: the changed words in [brackets])",
                "and whether it gives the words to another speaker than an earlier appearance.",
                "REF is the trail's id or any appearance's ARTICLE_ID-START (as vigie quotes and the API list them).",
                "Exit 1 when no trail holds it."})
final class QuoteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "REF", description = "A trail id, or ARTICLE_ID-START of one of its quotations.")
    String ref;

    @Option(names = "--json", description = "The trail as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        data.existing();
        if (!ref.matches("[0-9A-Za-z_]{1,64}-[0-9]{1,9}")) {
            throw new UserException("not a quotation reference: '" + ref + "' (expected ARTICLE_ID-START, e.g. c0f9382df212a2dd-1011)", 2);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Corpus corpus = Corpus.openReadOnly(data.data)) {
            QuoteTrail t = QueryOptions.answer(() -> corpus.quoteTrail(ref)).orElseThrow(() ->
                    new UserException("no quotation trail holds " + ref + " (a quotation of fewer than six words, or one no other article carries)", 1));
            if (json) out.println(ArticleJson.mapper().writeValueAsString(t));
            else print(t, out);
            out.flush();
            return 0;
        }
    }

    static void print(QuoteTrail t, PrintWriter out) {
        out.printf(Locale.ROOT, "trail %s: %d article%s%s%n", t.id(), t.articles(), t.articles() == 1 ? "" : "s",
                t.sites().isEmpty() ? "" : " on " + t.sites().size() + (t.sites().size() == 1 ? " site" : " sites"));
        out.printf(Locale.ROOT, "\u00ab %s \u00bb%n", t.text());
        if (!t.speakers().isEmpty()) {
            out.printf(Locale.ROOT, "attributed to: %s%n", t.speakers().stream().map(QuoteCommand::name).collect(Collectors.joining(", ")));
        }
        for (QuoteAppearance a : t.appearances()) {
            out.printf(Locale.ROOT, "%n%-10s  %s  %s  %s%n", a.date() == null ? "undated" : a.date().substring(0, Math.min(10, a.date().length())),
                    a.site() == null ? "?" : a.site(), a.ref(), a == t.first() ? "earliest" : a.relation().json()
                            + (a.altered() ? String.format(Locale.ROOT, " (similarity %.2f)", a.similarity()) : ""));
            out.printf(Locale.ROOT, "  %s%n", shorten(a.title(), 100));
            out.printf(Locale.ROOT, "  speaker: %s%s%n", a.speaker() == null ? "(unattributed)" : name(a.speaker()),
                    a.reattributed() ? "  REATTRIBUTED (earlier: " + name(a.firstSpeaker()) + ")" : "");
            if (a.altered()) out.printf(Locale.ROOT, "  \u00ab %s \u00bb%n", marked(a));
        }
    }

    /** The appearance's words with its changed words in [brackets]. */
    static String marked(QuoteAppearance a) {
        StringBuilder b = new StringBuilder();
        String text = a.quote().text();
        int at = 0;
        for (var c : a.changed()) {
            int s = c.start() - a.quote().start();
            int e = c.end() - a.quote().start();
            if (s < at || e > text.length()) continue;
            b.append(text, at, s).append('[').append(text, s, e).append(']');
            at = e;
        }
        return b.append(text.substring(at)).toString();
    }

    static String name(Speaker s) {
        if (s == null) return "?";
        return s.canonical() != null ? s.canonical() + (s.entityId() == null ? "" : " [" + s.entityId() + "]") : s.entityId();
    }

    static String shorten(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
