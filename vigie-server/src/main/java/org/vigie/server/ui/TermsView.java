package org.vigie.server.ui;

import static org.vigie.server.ui.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.corpus.terms.SignificantEntity;
import org.vigie.corpus.terms.SignificantTerm;
import org.vigie.corpus.terms.SignificantTerms;

/**
 * The words and entities that stand out in a search's matches: one row each with its share of the
 * matches and of the rest of the corpus, linked to the search narrowed to the articles holding it.
 */
final class TermsView {

    private TermsView() {
    }

    /** The page for the search {@code params} (as {@link UiRoutes#params}): its terms, or {@code refusal} when the corpus refused. */
    static String render(List<String[]> params, SignificantTerms t, String refusal) {
        String q = params.stream().filter(p -> p[0].equals("q")).map(p -> p[1]).findFirst().orElse("");
        StringBuilder b = new StringBuilder("<h1>Words that stand out</h1><p class=\"meta\">In the articles matching <a href=\"")
                .append(esc(UiRoutes.searchUrl(params))).append("\">").append(esc(describe(params))).append("</a>")
                .append(", against the rest of the corpus in their language (Dunning's log-likelihood G²).</p>");
        if (refusal != null) return b.append("<p class=\"note\">").append(esc(refusal)).append("</p>").toString();
        b.append("<p class=\"count\">").append(t.matched()).append(t.matched() == 1 ? " article" : " articles")
                .append(" of ").append(t.corpus()).append(" stored");
        if (t.read() < t.matched()) b.append(", ").append(t.read()).append(" read");
        b.append(".</p>");
        if (t.terms().isEmpty()) return b.append("<p class=\"note\">No word stands out.</p>").toString();
        b.append("<table class=\"terms\"><thead><tr><th>word</th><th>language</th><th>in the matches</th>")
                .append("<th>in the rest</th><th>G²</th></tr></thead><tbody>");
        for (SignificantTerm s : t.terms()) {
            List<String[]> narrowed = new ArrayList<>(params);
            narrowed.removeIf(p -> p[0].equals("q"));
            String phrase = "\"" + s.word().replace("\"", "") + "\"";
            narrowed.add(0, new String[] {"q", q.isBlank() ? phrase : "(" + q + ") AND " + phrase});
            b.append("<tr><td><a href=\"").append(esc(UiRoutes.searchUrl(narrowed))).append("\">").append(esc(s.word()))
                    .append("</a></td><td>").append(esc(s.language())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f %% (%d)", 100 * s.share(), s.articles())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.2f %%", 100 * s.restShare())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f", s.score())).append("</td></tr>");
        }
        b.append("</tbody></table>");
        if (!t.entities().isEmpty()) {
            b.append("<h2>Entities that stand out</h2><table class=\"terms\"><thead><tr><th>entity</th><th>type</th>")
                    .append("<th>in the matches</th><th>in the rest</th><th>G²</th></tr></thead><tbody>");
            for (SignificantEntity e : t.entities()) {
                List<String[]> narrowed = new ArrayList<>(params);
                narrowed.add(new String[] {"entity", e.entityId()});
                b.append("<tr><td><a href=\"").append(esc(UiRoutes.searchUrl(narrowed))).append("\">").append(esc(e.name()))
                        .append("</a></td><td>").append(esc(e.type())).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.1f %% (%d)", 100 * e.share(), e.articles())).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.2f %%", 100 * e.restShare())).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.1f", e.score())).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        return b.toString();
    }

    /** "Alep, site lemonde.fr": the query and filters as a reader says them. */
    private static String describe(List<String[]> params) {
        List<String> parts = new ArrayList<>();
        for (String[] p : params) {
            if (p[0].equals("sort")) continue;
            parts.add(p[0].equals("q") ? p[1] : p[0] + " " + p[1]);
        }
        return parts.isEmpty() ? "everything" : String.join(", ", parts);
    }
}
