package org.vigie.corpus;

import java.util.ArrayList;
import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Publication;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Speaker;

/**
 * Four hand-made articles for the {@code quote:}, {@code author:} and publication-date searches,
 * each with the layers the search reads (quotes with speakers, bylines, other publications), so
 * no NLP model is needed. The words are chosen so that each query has a near miss:
 * <ul>
 * <li>{@link #aleppo}: Poutine quoted saying « terroristes » (direct), Erdogan reported (indirect)
 *     calling for a ceasefire; by Jean-Pierre Dupont and Élodie Müller; published 2016-10-09 by
 *     Sputnik and again 2016-10-12 by a blog, under another byline;
 * <li>{@link #talks}: « terroristes » only in the narration, Poutine quoted on negotiations; by
 *     Anne Dupontel (not a Dupont);
 * <li>{@link #english}: English, Poutine quoted saying "terrorists";
 * <li>{@link #ankara}: Erdogan says « terroristes », Poutine is quoted on something else in the
 *     same article (document-level AND matches it, same-quotation matching does not); no byline.
 * </ul>
 */
public final class SearchFieldsFixture {

    public static final Speaker POUTINE = new Speaker("Vladimir Poutine", "Q7747");
    public static final Speaker ERDOGAN = new Speaker("Recep Tayyip Erdogan", "Q39259");

    private SearchFieldsFixture() {
    }

    public static List<Article> articles() {
        return List.of(aleppo(), talks(), english(), ankara());
    }

    public static Article aleppo() {
        Article a = Article.compose("Alep : Moscou durcit le ton",
                "Le président russe a répondu dimanche aux critiques occidentales.",
                List.of("Vladimir Poutine a déclaré : « Nous combattrons les terroristes jusqu'au bout à Alep. »",
                        "Le président turc a estimé qu'un cessez-le-feu durable restait possible avant l'hiver.",
                        "Les bombardements ont repris dans la soirée sur les quartiers est de la ville."))
                .withLanguage("fr", null)
                .withMetadata(new Metadata("https://fr.sputniknews.com/international/alep-moscou-ton/", null,
                        "fr.sputniknews.com", List.of("Jean-Pierre Dupont", "Élodie Müller"), "2016-10-09", "meta",
                        null, null))
                .withAlsoPublishedAt(List.of(new Publication("https://blog.example.org/2016/10/12/alep.html", null,
                        "blog.example.org", List.of("Marc Lefèvre"), "2016-10-12", "meta")));
        return a.withQuotes(List.of(
                quote(a, Quote.Kind.DIRECT, "Nous combattrons les terroristes jusqu'au bout à Alep.", POUTINE),
                quote(a, Quote.Kind.INDIRECT, "un cessez-le-feu durable restait possible avant l'hiver", ERDOGAN)));
    }

    public static Article talks() {
        Article a = Article.compose("Négociations à Genève sur la Syrie", null,
                List.of("Les groupes qualifiés de terroristes par Moscou n'étaient pas invités à Genève.",
                        "« Les négociations doivent reprendre sans conditions », a affirmé Vladimir Poutine."))
                .withLanguage("fr", null)
                .withMetadata(new Metadata("https://www.lemonde.example/international/geneve-syrie.html", null, null,
                        List.of("Anne Dupontel"), "2016-10-11", "meta", null, null));
        return a.withQuotes(List.of(
                quote(a, Quote.Kind.DIRECT, "« Les négociations doivent reprendre sans conditions »", POUTINE)));
    }

    public static Article english() {
        Article a = Article.compose("Putin vows to fight on in Aleppo", null,
                List.of("\"The terrorists will be defeated in Aleppo,\" Vladimir Putin said on Wednesday.",
                        "Western diplomats described the talks as stalled."))
                .withLanguage("en", null)
                .withMetadata(new Metadata("https://news.example.com/world/putin-aleppo", null, null,
                        List.of("John Smith"), "2016-11-02", "meta", null, null));
        return a.withQuotes(List.of(
                quote(a, Quote.Kind.DIRECT, "The terrorists will be defeated in Aleppo,", POUTINE)));
    }

    public static Article ankara() {
        Article a = Article.compose("Ankara et Moscou divergent sur Alep", null,
                List.of("Recep Tayyip Erdogan a affirmé : « Les terroristes ne sont pas seulement à Alep. »",
                        "De son côté, Vladimir Poutine a jugé « constructive » sa rencontre avec son homologue."))
                .withLanguage("fr", null)
                .withMetadata(new Metadata("https://www.lemonde.example/international/ankara-moscou.html", null,
                        null, List.of(), "2016-10-20", "meta", null, null));
        return a.withQuotes(List.of(
                quote(a, Quote.Kind.DIRECT, "Les terroristes ne sont pas seulement à Alep.", ERDOGAN),
                quote(a, Quote.Kind.DIRECT, "constructive", POUTINE)));
    }

    private static Quote quote(Article a, Quote.Kind kind, String words, Speaker speaker) {
        int i = a.text().indexOf(words);
        if (i < 0) throw new IllegalArgumentException("not in the text: " + words);
        return new Quote(kind, a.span(i, i + words.length()), speaker, null, null);
    }

    /** Titles of {@code articles} in fixture order, for readable assertions. */
    public static List<String> titles(List<Article> articles) {
        List<String> out = new ArrayList<>();
        for (Article a : articles) out.add(a.title());
        return out;
    }
}
