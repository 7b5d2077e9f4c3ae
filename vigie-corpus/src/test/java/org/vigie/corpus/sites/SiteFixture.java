package org.vigie.corpus.sites;

import java.util.ArrayList;
import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Signal;
import org.vigie.corpus.Samples;

/**
 * A small corpus of copies across sites, from the 40 real OrangeSum articles: afp.com publishes
 * articles 0-9; copieur.example copies 0-5 under a new headline ("EXCLUSIF - ..."), appends a
 * paragraph to 0-2, and republishes 6 verbatim; origine.example publishes 10-14, which
 * miroir.example copies (10 and 11) with one word changed; autre.example publishes the rest.
 * A {@code loaded-label} signal is set on three of copieur's copies and on one other article.
 */
public final class SiteFixture {

    public static final String WIRE = "afp.com";
    public static final String COPIER = "copieur.example";
    public static final String ORIGIN = "origine.example";
    public static final String MIRROR = "miroir.example";
    public static final String OTHER = "autre.example";
    public static final String LOADED = "loaded-label";

    private SiteFixture() {
    }

    /** The articles in the order to store them (each copy after its source). */
    public static List<Article> articles() {
        List<Article> real = Samples.orangesum();
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < real.size(); i++) {
            String site = i < 10 ? WIRE : i < 15 ? ORIGIN : OTHER;
            Article a = at(real.get(i), site, "2020-06-01");
            if (i == 20) a = a.withSignals(List.of(loaded()));
            out.add(a);
        }
        for (int i = 0; i <= 5; i++) {
            Article src = real.get(i);
            List<String> paras = new ArrayList<>(List.of(src.body().split("\n")));
            if (i <= 2) paras.add("Partagez cet article sur les réseaux sociaux pour que l'information circule enfin, nos lecteurs comptent sur vous.");
            Article c = Article.compose("EXCLUSIF - " + src.title(), src.standfirst(), paras).withLanguage("fr", null);
            c = at(c, COPIER, "2020-06-02");
            if (i < 3) c = c.withSignals(List.of(loaded()));
            out.add(c);
        }
        out.add(at(real.get(6), COPIER, "2020-06-03")); // the same text: one article, two pages
        for (int i = 10; i <= 11; i++) {
            Article src = real.get(i);
            String body = src.body().replaceFirst("\\b(\\p{L}{6,})\\b", "$1s");
            out.add(at(Article.compose(src.title(), src.standfirst(), List.of(body.split("\n"))).withLanguage("fr", null),
                    MIRROR, "2020-06-04"));
        }
        return out;
    }

    static Signal loaded() {
        return new Signal(LOADED, 0.8, List.of(), "un terme chargé");
    }

    private static Article at(Article a, String site, String date) {
        return a.withMetadata(new Metadata("https://" + site + "/" + Math.abs(a.title().hashCode()), null, site, List.of(), date,
                "meta", null, null));
    }
}
