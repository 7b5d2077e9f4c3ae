package org.vigie.server.ui;

import static org.vigie.server.ui.Html.esc;
import static org.vigie.server.ui.Html.url;

import java.util.Locale;
import org.vigie.core.model.Article;
import org.vigie.core.model.CountryMentions;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Place;
import org.vigie.corpus.search.CorpusSearch;

/** Where an article's places are: the countries it is about, and each resolved place's country. Text is escaped. */
final class PlacesView {

    private PlacesView() {
    }

    /**
     * The countries the article is about, most named first, each with its mentions; linked to the
     * search of the articles about it when the article is stored. Empty when it names none.
     */
    static String countries(Article a, boolean stored) {
        if (a.countries().isEmpty()) return "";
        StringBuilder b = new StringBuilder("<section class=\"countries\"><h2>Countries</h2><ul>");
        for (CountryMentions c : a.countries()) {
            String name = esc(CorpusSearch.countryName(c.country()));
            b.append("<li>");
            if (stored) {
                b.append("<a href=\"/search?country=").append(url(c.country())).append("\">").append(name).append("</a>");
            } else {
                b.append(name);
            }
            b.append(" <span class=\"n\">").append(esc(c.country())).append(" · ").append(c.mentions()).append("</span></li>");
        }
        return b.append("</ul></section>").toString();
    }

    /** After a place entity's name: its country, with its kind and coordinates on hover; empty when unresolved. */
    static String place(Entity e) {
        Place p = e.place();
        if (p == null) return "";
        StringBuilder tip = new StringBuilder(p.kind().name().toLowerCase(Locale.ROOT));
        if (p.name() != null) tip.append(" · ").append(p.name());
        if (p.latitude() != null) tip.append(String.format(Locale.ROOT, " · %.4f, %.4f", p.latitude(), p.longitude()));
        if (p.geonamesId() != null) tip.append(" · GeoNames ").append(p.geonamesId());
        String where = p.country() == null ? p.kind().name().toLowerCase(Locale.ROOT) : CorpusSearch.countryName(p.country());
        return " <span class=\"place n\" title=\"" + esc(tip.toString()) + "\">" + esc(where) + "</span>";
    }

    /** A place's country for a mark's tooltip ("· Syria"), or empty. */
    static String tip(Entity e) {
        Place p = e.place();
        return p == null || p.country() == null ? "" : " · " + CorpusSearch.countryName(p.country());
    }
}
