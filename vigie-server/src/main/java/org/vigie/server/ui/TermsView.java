package org.vigie.server.ui;

import static org.vigie.server.ui.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The parameters of the comparison form, as {@code /api/terms} takes them. */
    static final List<String> VERSUS = List.of("versus_q", "versus_site", "versus_from", "versus_to");

    /**
     * The page for the search {@code params} (as {@link UiRoutes#params}): its terms, or
     * {@code refusal} when the corpus refused; {@code versus} the comparison form's values as
     * given, {@code against} the comparison search's parameters (null: the rest of the corpus).
     */
    static String render(List<String[]> params, Map<String, String> versus, List<String[]> against, SignificantTerms t,
            String refusal) {
        String q = params.stream().filter(p -> p[0].equals("q")).map(p -> p[1]).findFirst().orElse("");
        StringBuilder b = new StringBuilder("<h1>Words that stand out</h1><p class=\"meta\">In the articles matching <a href=\"")
                .append(esc(UiRoutes.searchUrl(params))).append("\">").append(esc(describe(params))).append("</a>");
        if (against == null) {
            b.append(", against the rest of the corpus in their language");
        } else {
            b.append(", against those matching <a href=\"").append(esc(UiRoutes.searchUrl(against))).append("\">")
                    .append(esc(describe(against))).append("</a>");
        }
        b.append(" (Dunning's log-likelihood G²).</p>");
        form(b, params, versus);
        if (refusal != null) return b.append("<p class=\"note\">").append(esc(refusal)).append("</p>").toString();
        b.append("<p class=\"count\">").append(t.matched()).append(t.matched() == 1 ? " article" : " articles")
                .append(" of ").append(t.corpus()).append(" stored");
        if (t.read() < t.matched()) b.append(", ").append(t.read()).append(" read");
        if (t.against() != null) {
            b.append("; compared with ").append(t.against()).append(t.against() == 1 ? " other" : " others");
            if (t.againstRead() < t.against()) b.append(", ").append(t.againstRead()).append(" read");
        }
        b.append(".</p>");
        if (t.terms().isEmpty()) return b.append("<p class=\"note\">No word stands out.</p>").toString();
        String other = t.against() == null ? "in the rest" : "in the others";
        b.append("<table class=\"terms\"><thead><tr><th>word</th><th>language</th><th>in the matches</th>")
                .append("<th>").append(other).append("</th><th>G²</th></tr></thead><tbody>");
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
                    .append("<th>in the matches</th><th>").append(other).append("</th><th>G²</th></tr></thead><tbody>");
            for (SignificantEntity e : t.entities()) {
                List<String[]> narrowed = new ArrayList<>(params);
                if (params.stream().noneMatch(p -> p[0].equals("entity") && p[1].equals(e.entityId()))) {
                    narrowed.add(new String[] {"entity", e.entityId()});
                }
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

    /** The comparison form: the search as hidden fields, then what to compare it with. */
    private static void form(StringBuilder b, List<String[]> params, Map<String, String> versus) {
        b.append("<form class=\"versus\" action=\"/terms\" method=\"get\">");
        for (String[] p : params) {
            if (p[0].equals("sort")) continue;
            b.append("<input type=\"hidden\" name=\"").append(esc(p[0])).append("\" value=\"").append(esc(p[1])).append("\">");
        }
        b.append("Compare with: ")
                .append("<label for=\"versus_q\">query</label> <input id=\"versus_q\" name=\"versus_q\" type=\"search\" value=\"")
                .append(esc(versus.get("versus_q"))).append("\"> ")
                .append("<label for=\"versus_site\">site</label> <input id=\"versus_site\" name=\"versus_site\" value=\"")
                .append(esc(versus.get("versus_site"))).append("\"> ")
                .append("<label for=\"versus_from\">from</label> <input id=\"versus_from\" name=\"versus_from\" type=\"date\" value=\"")
                .append(esc(versus.get("versus_from"))).append("\"> ")
                .append("<label for=\"versus_to\">to</label> <input id=\"versus_to\" name=\"versus_to\" type=\"date\" value=\"")
                .append(esc(versus.get("versus_to"))).append("\"> ")
                .append("<button type=\"submit\">Compare</button> <span class=\"meta\">(empty: the rest of the corpus;")
                .append(" a field left empty keeps the search's own)</span></form>");
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
