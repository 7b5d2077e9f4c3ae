package org.vigie.corpus.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.core.model.Article;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;

/**
 * The two signals a quotation trail gives an article, with their evidence: {@value #ALTERED} (the
 * words of one of its quotations differ from the earliest appearance of that quotation in the
 * corpus; evidence: the changed words) and {@value #REATTRIBUTED} (an earlier appearance attributes
 * the same words to a different speaker; evidence: the quotation). One signal per quotation; its
 * score is the word similarity of the two appearances (how surely they are one quotation). Like
 * {@code wire-reprint} they need the corpus: they are computed against it (a page checked with
 * {@code --against}, an article shown by the server), not stored with the article.
 */
public final class QuoteSignals {

    public static final String ALTERED = "quote-altered";
    public static final String REATTRIBUTED = "quote-reattributed";
    private static final Map<String, String> TEMPLATES = load();

    private QuoteSignals() {
    }

    /** The signals of {@code a} from its checked appearances. */
    public static List<Signal> of(Article a, List<QuoteTrails.Checked> checked) {
        String lang = a.language() != null && a.language().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "fr";
        List<Signal> out = new ArrayList<>();
        for (QuoteTrails.Checked c : checked) {
            QuoteAppearance q = c.appearance();
            String site = c.site() == null || c.site().isBlank() ? TEMPLATES.get("unknown." + lang) : c.site();
            String date = c.date() == null || c.date().isBlank() ? TEMPLATES.get("undated." + lang)
                    : c.date().strip().substring(0, Math.min(10, c.date().strip().length()));
            if (q.altered() && !q.changed().isEmpty()) {
                List<String> words = new ArrayList<>();
                for (Span s : q.changed()) {
                    words.add(quote(lang, s.text()));
                }
                out.add(new Signal(ALTERED, Math.round(q.similarity() * 100) / 100.0, q.changed(),
                        format(ALTERED, lang, "site", site, "date", date, "words", String.join(", ", words))));
            }
            if (q.reattributed()) {
                out.add(new Signal(REATTRIBUTED, Math.round(q.similarity() * 100) / 100.0, List.of(q.quote()),
                        format(REATTRIBUTED, lang, "site", site, "date", date, "speaker", SameSpeaker.name(q.speaker()),
                                "first", SameSpeaker.name(q.firstSpeaker()))));
            }
        }
        return out;
    }

    /** {@code a} with its quotation-trail signals replaced by {@code signals}. */
    public static Article mark(Article a, List<Signal> signals) {
        List<Signal> all = new ArrayList<>(a.signals().size() + signals.size());
        for (Signal s : a.signals()) {
            if (!s.kind().equals(ALTERED) && !s.kind().equals(REATTRIBUTED)) all.add(s);
        }
        all.addAll(signals);
        return all.equals(a.signals()) ? a : a.withSignals(all);
    }

    private static String quote(String lang, String s) {
        return "en".equals(lang) ? "\u201c" + s + "\u201d" : "\u00ab\u00a0" + s + "\u00a0\u00bb";
    }

    static String format(String key, String lang, String... args) {
        String t = TEMPLATES.get(key + "." + lang);
        if (t == null) throw new IllegalArgumentException("no explanation template " + key + "." + lang);
        for (int i = 0; i + 1 < args.length; i += 2) t = t.replace("{" + args[i] + "}", args[i + 1]);
        return t;
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = QuoteSignals.class.getResourceAsStream("quote-explanations.txt")) {
            if (in == null) throw new IllegalStateException("quote-explanations.txt is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                int eq = l.indexOf('=');
                if (eq < 0) throw new IllegalStateException("quote-explanations.txt:" + n + ": expected key.lang = template");
                m.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
