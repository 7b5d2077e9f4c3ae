package org.vigie.corpus.quotes;

import java.util.ArrayList;
import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;
import org.vigie.corpus.Samples;

/**
 * Quotation trails over two real OrangeSum articles (CC BY-SA 4.0, {@code samples/orangesum}) and
 * copies of them as re-publishing sites make them: a verbatim quotation under a shorter name of the
 * same speaker, one word of it changed, the words given to another speaker, the quotation cut (a
 * sentence dropped; a cut marked "(...)"), and an unattributed copy. The quotation layer is set by
 * hand (no NLP in this module): the quoted words as the text has them, the speaker as the article names him.
 */
final class QuoteTrailFixture {

    /** Gérard Collomb in OrangeSum's sample article 0 (2018-05-31). */
    static final String COLLOMB_QUOTE =
            "S'il doit y avoir rappel des règles, il ne doit jamais y avoir de manière stigmatisante de traiter des humains";
    static final Speaker COLLOMB = new Speaker("Gérard Collomb", "gerard-collomb");
    /** The three sentences quoted in OrangeSum's sample article 3 (2019-09-25). */
    static final String EDF_QUOTE_START = "Il faut absolument sauver le soldat EDF.";

    static final String SOURCE = "actu.orange.fr";
    static final String SAME_SPEAKER = "same-speaker.example";
    static final String ALTERING = "altering.example";
    static final String REATTRIBUTING = "reattributing.example";
    static final String UNATTRIBUTED = "unattributed.example";
    static final String CUTTING = "cutting.example";
    static final String ELLIPSIS = "ellipsis.example";

    private QuoteTrailFixture() {
    }

    static Article collomb() {
        return Samples.orangesum().get(0);
    }

    static Article edf() {
        return Samples.orangesum().get(3);
    }

    /** The sample article 3's quotation: from its first sentence to the closing quotation mark. */
    static String edfQuote() {
        String body = edf().text();
        int s = body.indexOf(EDF_QUOTE_START);
        int e = s;
        while (e < body.length() && body.charAt(e) != '"' && body.charAt(e) != '\u00bb') e++;
        return body.substring(s, e).strip();
    }

    /**
     * {@code base} as published by {@code site} on {@code date}, its quotation {@code quote} replaced
     * by {@code copy} (the rest of the text kept: a new headline makes it a new article) and
     * attributed to {@code speaker}.
     */
    static Article copy(Article base, String site, String date, String quote, String copy, Speaker speaker, String headline) {
        String title = headline == null ? base.title() : headline;
        String body = base.body().replace(quote, copy);
        if (body.equals(base.body()) && !quote.equals(copy)) throw new IllegalStateException("quotation not in the text: " + quote);
        Article a = Article.compose(title, base.standfirst(), List.of(body)).withLanguage("fr", null)
                .withMetadata(new Metadata("https://" + site + "/a", null, site, List.of(), date, "meta", null, null));
        return withQuote(a, copy, speaker);
    }

    static Article withQuote(Article a, String words, Speaker speaker) {
        int s = a.text().indexOf(words);
        if (s < 0) throw new IllegalStateException("quotation not in the text: " + words);
        List<Quote> quotes = new ArrayList<>(a.quotes());
        quotes.add(new Quote(Quote.Kind.DIRECT, Span.of(a.text(), s, s + words.length()), speaker, null, null));
        return a.withQuotes(quotes);
    }

    static final String ALTERED_QUOTE = COLLOMB_QUOTE.replace("stigmatisante", "humiliante");

    static List<Article> articles() {
        Article c = collomb();
        Article source = withQuote(c.withMetadata(new Metadata("https://actu.orange.fr/collomb", null, SOURCE, List.of(),
                "2018-05-31", "meta", null, null)), COLLOMB_QUOTE, COLLOMB);
        Article e = edf();
        String edfQuote = edfQuote();
        Article edfSource = withQuote(e.withMetadata(new Metadata("https://actu.orange.fr/edf", null, SOURCE, List.of(),
                "2019-09-25", "meta", null, null)), edfQuote, null); // "a confié une source proche du dossier": unnamed
        String firstSentenceCut = edfQuote.substring(EDF_QUOTE_START.length()).strip();
        int second = edfQuote.indexOf(". ", EDF_QUOTE_START.length()) + 2;
        String ellipsisCut = EDF_QUOTE_START + " (...) " + edfQuote.substring(second);
        return List.of(
                source,
                copy(c, SAME_SPEAKER, "2018-06-01", COLLOMB_QUOTE, COLLOMB_QUOTE, new Speaker("Collomb", null),
                        "Collomb : les règles sans stigmatiser"),
                copy(c, ALTERING, "2018-06-02", COLLOMB_QUOTE, ALTERED_QUOTE, COLLOMB, "Collomb sur les migrants"),
                copy(c, REATTRIBUTING, "2018-06-03", COLLOMB_QUOTE, COLLOMB_QUOTE,
                        new Speaker("Emmanuel Macron", "emmanuel-macron"), "Macron et les migrants"),
                copy(c, UNATTRIBUTED, "2018-06-04", COLLOMB_QUOTE, COLLOMB_QUOTE, null, "Les migrants et les règles"),
                edfSource,
                copy(e, CUTTING, "2019-09-26", edfQuote, firstSentenceCut, null, "EDF : la hausse"),
                copy(e, ELLIPSIS, "2019-09-27", edfQuote, ellipsisCut, null, "EDF : une hausse"));
    }
}
