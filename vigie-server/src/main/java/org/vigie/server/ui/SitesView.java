package org.vigie.server.ui;

import static org.vigie.server.ui.Html.esc;
import static org.vigie.server.ui.Html.pathSegment;
import static org.vigie.server.ui.Html.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.corpus.sites.SiteList;
import org.vigie.corpus.sites.SiteProfile;
import org.vigie.corpus.sites.SiteRating;
import org.vigie.corpus.sites.SiteSummary;
import org.vigie.corpus.timeline.TimelineBucket;

/**
 * The sites of the corpus and one site's profile: where its copies come from, what it changes, who
 * copies it, its signal rates against the rest. Site names, headlines and entity names are scraped:
 * every one is escaped, and every link built with {@link Html#url}.
 */
final class SitesView {

    private SitesView() {
    }

    /** The link to a site's page (escaped). */
    static String link(String site) {
        return link(site, site);
    }

    /** The link to a site's page, shown as {@code label} (its name as the page wrote it; escaped). */
    static String link(String site, String label) {
        return "<a class=\"site\" href=\"/sites/" + esc(pathSegment(site)) + "\">" + esc(label) + "</a>";
    }

    /** The list of sites of the search {@code params} (as {@link UiRoutes#params}). */
    static String list(List<String[]> params, SiteList l) {
        StringBuilder b = new StringBuilder("<h1>Sites</h1><p class=\"meta\">");
        if (params.isEmpty()) {
            b.append("Every site of the corpus");
        } else {
            b.append("The sites of the articles matching <a href=\"").append(esc(UiRoutes.searchUrl(params))).append("\">")
                    .append(esc(describe(params))).append("</a>");
        }
        b.append(": copied = share of its articles whose text another site published first; wire = share flagged wire-reprint.</p>");
        b.append("<p class=\"count\">").append(l.sites().size()).append(l.sites().size() == 1 ? " site" : " sites").append(", ")
                .append(l.matched()).append(l.matched() == 1 ? " article" : " articles").append(" of ").append(l.corpus())
                .append(" stored.</p>");
        if (l.sites().isEmpty()) return b.toString();
        b.append("<table class=\"sites\"><thead><tr><th>site</th><th>articles</th><th>first</th><th>last</th><th>copied</th>")
                .append("<th>wire</th><th>rating</th></tr></thead><tbody>");
        for (SiteSummary s : l.sites()) {
            b.append("<tr><td>").append(link(s.site())).append("</td><td>").append(s.articles()).append("</td><td>")
                    .append(esc(s.first())).append("</td><td>").append(esc(s.last())).append("</td><td>").append(percent(s.copiedShare()))
                    .append("</td><td>").append(percent(s.wireReprintShare())).append("</td><td>").append(rating(s.rating()))
                    .append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    /** One site's profile. */
    static String profile(SiteProfile p) {
        String site = p.site();
        StringBuilder b = new StringBuilder("<div class=\"site-profile\"><h1>").append(esc(site)).append("</h1><p class=\"meta\">").append(p.articles())
                .append(p.articles() == 1 ? " article" : " articles");
        if (p.first() != null) b.append(", ").append(esc(p.first())).append(" to ").append(esc(p.last()));
        b.append(" · <a href=\"/search?site=").append(esc(url(site))).append("\">search them</a>")
                .append(" · <a href=\"/terms?site=").append(esc(url(site))).append("\">words that stand out</a></p>");
        if (p.rating() != null) {
            b.append("<p class=\"rating\">Rating: ").append(rating(p.rating())).append(" (").append(esc(p.rating().authority()))
                    .append(")</p>");
        }
        b.append("<p class=\"copied\">Copied: ").append(p.copied()).append(" (").append(percent(p.copiedShare()))
                .append(") first published by another site; wire reprints: ").append(p.wireReprints()).append(" (")
                .append(percent(p.wireReprintShare())).append(").</p>");
        months(b, p);
        sources(b, p);
        changes(b, p.changes());
        copiers(b, p);
        signals(b, p);
        entities(b, p);
        return b.append("</div>").toString();
    }

    private static void months(StringBuilder b, SiteProfile p) {
        if (p.months() == null) return;
        List<TimelineChart.Bar> bars = new ArrayList<>();
        for (TimelineBucket k : p.months().buckets()) {
            String href = "/search?site=" + url(p.site()) + "&from=" + k.start() + "&to=" + k.end();
            bars.add(new TimelineChart.Bar(k.label(), k.label() + ": " + k.count() + (k.count() == 1 ? " article" : " articles"),
                    k.count(), href));
        }
        b.append("<section class=\"over-time\"><h2>Articles per month</h2>")
                .append(TimelineChart.svg(bars, "articles per month", "No dated article."))
                .append("<p class=\"note\">Each article at its text's first publication.</p></section>");
    }

    private static void sources(StringBuilder b, SiteProfile p) {
        b.append("<section class=\"sources\"><h2>Where its copied texts come from</h2>");
        if (p.sources().isEmpty()) {
            b.append("<p class=\"none\">No copy of another site's text.</p></section>");
            return;
        }
        b.append("<table><thead><tr><th>first published by</th><th>copies</th><th>share</th><th>median delay</th>")
                .append("<th>wire / state media</th></tr></thead><tbody>");
        for (SiteProfile.SourceSite s : p.sources()) {
            b.append("<tr><td>").append(link(s.site())).append("</td><td>").append(s.copies()).append("</td><td>")
                    .append(percent(s.share())).append("</td><td>")
                    .append(s.medianDelayDays() == null ? "" : s.medianDelayDays() + (s.medianDelayDays() == 1 ? " day" : " days"))
                    .append("</td><td>").append(esc(s.wire() == null ? "" : s.wire())).append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    private static void changes(StringBuilder b, SiteProfile.CopyChanges c) {
        if (c.copies() == 0) return;
        b.append("<section class=\"changes\"><h2>What it changes when it copies</h2><p class=\"meta\">").append(c.read())
                .append(" of ").append(c.copies()).append(c.copies() == 1 ? " copy" : " copies").append(" compared with their source");
        if (c.read() < c.copies()) b.append(", evenly spread");
        b.append(".</p><table><thead><tr><th>change</th><th>copies</th><th>share</th></tr></thead><tbody>");
        for (SiteProfile.ChangeRate r : c.kinds()) {
            b.append("<tr><td>").append(esc(r.label())).append("</td><td>").append(r.copies()).append("</td><td>")
                    .append(percent(r.share())).append("</td></tr>");
        }
        b.append("<tr><td>nothing</td><td>").append(c.unchanged()).append("</td><td>")
                .append(percent(c.read() == 0 ? 0 : (double) c.unchanged() / c.read())).append("</td></tr></tbody></table></section>");
    }

    private static void copiers(StringBuilder b, SiteProfile p) {
        b.append("<section class=\"copiers\"><h2>Who copies it</h2>");
        if (p.copiedBy().isEmpty()) {
            b.append("<p class=\"none\">No other site published its texts after it.</p></section>");
            return;
        }
        b.append("<p class=\"meta\">").append(p.textsCopied()).append(" of its texts published again elsewhere.</p><table><thead>")
                .append("<tr><th>site</th><th>its texts</th></tr></thead><tbody>");
        for (SiteProfile.Copier c : p.copiedBy()) {
            b.append("<tr><td>").append(link(c.site())).append("</td><td>").append(c.copies()).append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    private static void signals(StringBuilder b, SiteProfile p) {
        if (p.signals().isEmpty()) return;
        b.append("<section class=\"signal-rates\"><h2>Signals</h2><table><thead><tr><th>signal</th><th>its articles</th>")
                .append("<th>the rest</th></tr></thead><tbody>");
        for (SiteProfile.SignalRate s : p.signals()) {
            b.append("<tr><td><a href=\"/search?site=").append(esc(url(p.site()))).append("&amp;signal=").append(esc(url(s.kind())))
                    .append("\">").append(esc(s.kind())).append("</a></td><td>").append(percent(s.share())).append(" (")
                    .append(s.articles()).append(")</td><td>").append(percent(s.restShare())).append(" (").append(s.rest())
                    .append(")</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    private static void entities(StringBuilder b, SiteProfile p) {
        if (p.entities().isEmpty()) return;
        b.append("<section class=\"entities\"><h2>Most named</h2><ul class=\"co\">");
        for (SiteProfile.NamedEntity e : p.entities()) {
            b.append("<li><a href=\"/entities/").append(esc(pathSegment(e.entityId()))).append("\">").append(esc(e.name()))
                    .append("</a> <span class=\"n\">").append(e.articles()).append("</span></li>");
        }
        b.append("</ul></section>");
    }

    private static String rating(SiteRating r) {
        return r == null ? "" : "<span class=\"rating\">" + esc(r.rating()) + "</span>";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    /** "Alep, site lemonde.fr": the query and filters as a reader says them. */
    static String describe(List<String[]> params) {
        List<String> parts = new ArrayList<>();
        for (String[] p : params) {
            if (p[0].equals("sort")) continue;
            parts.add(p[0].equals("q") ? p[1] : p[0] + " " + p[1]);
        }
        return parts.isEmpty() ? "everything" : String.join(", ", parts);
    }
}
