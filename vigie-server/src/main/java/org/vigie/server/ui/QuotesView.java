package org.vigie.server.ui;

import static org.vigie.server.ui.Html.esc;
import static org.vigie.server.ui.Html.url;

import java.util.ArrayList;
import java.util.List;

import org.vigie.core.model.Article;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;
import org.vigie.corpus.quotes.QuoteAppearance;
import org.vigie.corpus.quotes.QuoteTrail;
import org.vigie.corpus.quotes.QuoteTrailList;
import org.vigie.corpus.quotes.QuoteTrails;
import org.vigie.corpus.reprints.WordTokens;

/**
 * Quotation trails: the list, one trail with each appearance's changed words marked, and the links
 * from an article's quotations. Quotations, headlines, speakers and sites are scraped: every one is
 * escaped, and every link built with {@link Html#url}.
 */
final class QuotesView {

    private QuotesView() {
    }

    /** The link to the trail of a quotation (any appearance's reference). */
    static String href(String ref) {
        return "/quotes/" + url(ref);
    }

    /** The trails of the search {@code params} (as {@link UiRoutes#params}). */
    static String list(List<String[]> params, boolean flagged, QuoteTrailList l) {
        StringBuilder b = new StringBuilder("<h1>Quotation trails</h1><p class=\"meta\">");
        if (params.isEmpty()) {
            b.append("The same words quoted in several articles of the corpus");
        } else {
            b.append("Quotations of the articles matching <a href=\"").append(esc(UiRoutes.searchUrl(params))).append("\">")
                    .append(esc(SitesView.describe(params))).append("</a>");
        }
        b.append(", most sites first. Altered: words that differ from the earliest appearance in the corpus (a cut is not counted);")
                .append(" reattributed: given to another speaker than an earlier appearance.");
        List<String[]> other = new ArrayList<>(params);
        if (!flagged) other.add(new String[] {"flagged", "true"});
        b.append(" <a href=\"").append(esc(quotesUrl(other))).append("\">")
                .append(flagged ? "All trails" : "Only trails with an altered or reattributed appearance").append("</a></p>");
        b.append("<p class=\"count\">").append(l.total()).append(l.total() == 1 ? " trail" : " trails").append(" in ")
                .append(l.matched()).append(l.matched() == 1 ? " article" : " articles").append(" (").append(l.quotes())
                .append(" quotations compared).</p>");
        if (l.trails().isEmpty()) return b.toString();
        b.append("<table class=\"quotes\"><thead><tr><th>quotation</th><th>sites</th><th>articles</th><th>first</th>")
                .append("<th>speakers</th><th>altered</th><th>reattributed</th></tr></thead><tbody>");
        for (QuoteTrail t : l.trails()) {
            b.append("<tr><td><a href=\"").append(esc(href(t.id()))).append("\">« ").append(esc(shorten(t.text(), 160)))
                    .append(" »</a></td><td>").append(t.sites().size()).append("</td><td>").append(t.articles()).append("</td><td>")
                    .append(esc(date(t.first().date()))).append(' ').append(t.first().site() == null ? "" : SitesView.link(t.first().site()))
                    .append("</td><td>").append(speakers(t.speakers())).append("</td><td>").append(t.altered()).append("</td><td>")
                    .append(t.reattributed()).append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    /** One trail: its canonical words, then each appearance with its changed words marked. */
    static String trail(QuoteTrail t, String asked) {
        StringBuilder b = new StringBuilder("<div class=\"quote-trail\"><h1>Quotation trail</h1><blockquote class=\"canonical\">« ")
                .append(esc(t.text())).append(" »</blockquote><p class=\"meta\">").append(t.articles()).append(" articles")
                .append(t.sites().isEmpty() ? "" : " on " + t.sites().size() + (t.sites().size() == 1 ? " site" : " sites"))
                .append("; first appeared ")
                .append(esc(date(t.first().date()))).append(t.first().site() == null ? "" : " on " + SitesView.link(t.first().site()))
                .append(t.speakers().isEmpty() ? "" : "; attributed to " + speakers(t.speakers())).append(".</p>");
        b.append("<p class=\"note\">Words are compared with the earliest appearance in the corpus, which may itself not be the original;")
                .append(" a cut (ends dropped, an ellipsis, whole sentences) is not an alteration.</p>");
        b.append("<ol class=\"appearances\">");
        for (QuoteAppearance a : t.appearances()) {
            boolean first = a == t.first();
            b.append("<li class=\"appearance").append(a.ref().equals(asked) ? " asked" : "").append("\"><p class=\"meta\"><time>")
                    .append(esc(date(a.date()))).append("</time> ").append(a.site() == null ? "" : SitesView.link(a.site()))
                    .append(" <a href=\"/articles/").append(url(a.articleId())).append("\">").append(esc(a.title())).append("</a> · ")
                    .append(first ? "<strong>earliest</strong>" : "<span class=\"relation relation-" + a.relation().json() + "\">"
                            + esc(a.relation().json()) + "</span>")
                    .append(" · ").append(a.speaker() == null ? "unattributed" : speakers(List.of(a.speaker())));
            if (a.reattributed()) {
                b.append(" <strong class=\"reattributed\">reattributed</strong> (earlier: ").append(speakers(List.of(a.firstSpeaker())))
                        .append(')');
            }
            b.append("</p>");
            if (!first && a.relation() != org.vigie.corpus.quotes.WordDiff.Relation.SAME) {
                b.append("<blockquote>« ").append(marked(a)).append(" »</blockquote>");
            }
            b.append("</li>");
        }
        return b.append("</ol></div>").toString();
    }

    /** The appearance's words, each changed span in {@code <mark>}; every piece escaped. */
    static String marked(QuoteAppearance a) {
        String text = a.quote().text();
        int base = a.quote().start();
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Span c : a.changed()) {
            int s = c.start() - base;
            int e = c.end() - base;
            if (s < at || e > text.length()) continue;
            b.append(esc(text.substring(at, s))).append("<mark class=\"changed\">").append(esc(text.substring(s, e))).append("</mark>");
            at = e;
        }
        return b.append(esc(text.substring(at))).toString();
    }

    /** An article page's direct quotations long enough to be followed, each linked to its trail. */
    static String ofArticle(Article a) {
        StringBuilder b = new StringBuilder();
        for (Quote q : a.quotes()) {
            if (q.kind() != Quote.Kind.DIRECT || WordTokens.of(q.text().text()).size() < QuoteTrails.MIN_WORDS) continue;
            b.append("<li><a href=\"").append(esc(href(a.id() + "-" + q.text().start()))).append("\">« ")
                    .append(esc(shorten(q.text().text(), 90))).append(" »</a>")
                    .append(q.speaker() == null ? "" : " — " + speakers(List.of(q.speaker()))).append("</li>");
        }
        if (b.isEmpty()) return "";
        return "<section class=\"quote-trails\"><h2>Quotations</h2><p class=\"note\">Where else the words appear, who said them first,"
                + " who changed them:</p><ul>" + b + "</ul></section>";
    }

    private static String speakers(List<Speaker> speakers) {
        StringBuilder b = new StringBuilder();
        for (Speaker s : speakers) {
            if (s == null) continue;
            if (!b.isEmpty()) b.append(", ");
            String name = s.canonical() != null ? s.canonical() : s.entityId();
            if (s.entityId() != null) {
                b.append("<a href=\"/entities/").append(url(s.entityId())).append("\">").append(esc(name)).append("</a>");
            } else {
                b.append(esc(name));
            }
        }
        return b.toString();
    }

    static String quotesUrl(List<String[]> params) {
        return UiRoutes.searchUrl(params).replaceFirst("^/search", "/quotes");
    }

    private static String date(String d) {
        if (d == null || d.isBlank()) return "undated";
        return d.length() > 10 ? d.substring(0, 10) : d;
    }

    private static String shorten(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

}
