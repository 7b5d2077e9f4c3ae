package org.vigie.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;

/** One rule at a time, on short French news sentences, without an entity layer unless stated. */
class QuoteRulesTest {

    private final QuoteStage stage = new QuoteStage();

    private List<Quote> quotes(String... paragraphs) {
        Article a = Article.compose("Titre", null, List.of(paragraphs));
        Article out = stage.process(a);
        assertEquals(a.text(), out.text());
        for (Quote q : out.quotes()) {
            assertTrue(q.text().matches(out.text()), "text span matches the text");
            if (q.cue() != null) assertTrue(q.cue().matches(out.text()), "cue span matches the text");
            if (q.speakerMention() != null) assertTrue(q.speakerMention().matches(out.text()), "mention span matches");
        }
        return out.quotes();
    }

    private static List<Quote> direct(List<Quote> qs) {
        return qs.stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    }

    private static List<Quote> indirect(List<Quote> qs) {
        return qs.stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).toList();
    }

    @Test
    void postposedCueWithHonorific() {
        List<Quote> qs = direct(quotes("« Nous soutenons cette proposition et nos ministres y travailleront », a indiqué M. Poutine."));
        assertEquals(1, qs.size());
        Quote q = qs.get(0);
        assertEquals("Nous soutenons cette proposition et nos ministres y travailleront", q.text().text());
        assertEquals("Poutine", q.speaker().canonical());
        assertEquals("M. Poutine", q.speakerMention().text());
        assertEquals("a indiqué", q.cue().text());
    }

    @Test
    void surnameTakesTheFullNameUsedElsewhere() {
        List<Quote> qs = direct(quotes("Le président russe Vladimir Poutine était à Istanbul lundi.",
                "« Nous soutenons cette proposition de la partie turque », a noté le président Poutine."));
        assertEquals("Vladimir Poutine", qs.get(0).speaker().canonical());
        assertEquals("a noté", qs.get(0).cue().text());
    }

    @Test
    void preposedCueWithColon() {
        List<Quote> qs = direct(quotes("Le ministre Gérald Darmanin a déclaré jeudi : « Nous ne céderons rien à la violence. »"));
        assertEquals(1, qs.size());
        assertEquals("Nous ne céderons rien à la violence.", qs.get(0).text().text());
        assertEquals("Gérald Darmanin", qs.get(0).speaker().canonical());
        assertEquals("a déclaré", qs.get(0).cue().text());
    }

    @Test
    void preposedCueOnThePreviousParagraph() {
        List<Quote> qs = direct(quotes("Anne Hidalgo a alors lancé :", "« Paris ne se laissera pas faire par les promoteurs. »"));
        assertEquals(1, qs.size());
        assertEquals("Anne Hidalgo", qs.get(0).speaker().canonical());
    }

    @Test
    void inciseBetweenTwoQuotesAndPronounSpeaker() {
        List<Quote> qs = direct(quotes("Le maire de Lyon, Grégory Doucet, a présenté son plan.",
                "« Nous allons planter des arbres partout », a-t-il ajouté, « et dans chaque école de la ville. »"));
        assertEquals(2, qs.size());
        for (Quote q : qs) {
            assertEquals("Grégory Doucet", q.speaker().canonical());
            assertEquals("a-t-il ajouté", q.cue().text());
            assertEquals("il", q.speakerMention().text());
        }
    }

    @Test
    void pronounGoesToTheLastSpeakerOfItsGender() {
        List<Quote> qs = direct(quotes(
                "« Le budget est en déficit depuis trois ans », a déclaré Mme Martine Aubry.",
                "« Nous devons le réduire rapidement et sans attendre », a répondu M. Jean Dupont.",
                "« Ce n'est pas aussi simple que cela paraît », précise-t-elle."));
        assertEquals(3, qs.size());
        assertEquals("Martine Aubry", qs.get(2).speaker().canonical());
        assertEquals("précise-t-elle", qs.get(2).cue().text());
    }

    @Test
    void selonAndDapres() {
        List<Quote> qs = direct(quotes("Le blessé est dans un état « grave et préoccupant », selon le procureur de Paris.",
                "Cette réforme est « une erreur historique », d'après Marine Le Pen."));
        assertEquals(2, qs.size());
        assertEquals("selon", qs.get(0).cue().text());
        assertEquals("le procureur de Paris", qs.get(0).speaker().canonical());
        assertEquals("d'après", qs.get(1).cue().text());
        assertEquals("Marine Le Pen", qs.get(1).speaker().canonical());
    }

    @Test
    void pourAnAlreadyNamedFormerPresident() {
        List<Quote> qs = direct(quotes("\"Je ne regrette aucun de mes choix\", a déclaré François Hollande jeudi.",
                "Il répondait au ministre de l'Intérieur, Gérard Collomb, qui a parlé mercredi au Sénat.",
                "\"Une formule malheureuse\" pour l'ancien président."));
        assertEquals(2, qs.size());
        assertEquals("François Hollande", qs.get(1).speaker().canonical(), "the minister is not « l'ancien président »");
        assertEquals("pour", qs.get(1).cue().text());
    }

    @Test
    void quoteSpanningParagraphsIsOneQuote() {
        List<Quote> qs = direct(quotes("« Nous avons reçu un appel d'urgence vers trois heures du matin.",
                "« Nous sommes arrivés immédiatement sur place et l'air était irrespirable », a raconté Swaroop Rani."));
        assertEquals(1, qs.size());
        assertTrue(qs.get(0).text().text().startsWith("Nous avons reçu"));
        assertTrue(qs.get(0).text().text().endsWith("l'air était irrespirable"));
        assertEquals("Swaroop Rani", qs.get(0).speaker().canonical());
    }

    @Test
    void nestedQuotesStayInsideTheirQuote() {
        List<Quote> qs = direct(quotes("« Il m'a dit “je reviendrai demain” et il n'est jamais revenu », a confié Marie Durand."));
        assertEquals(1, qs.size());
        assertEquals("Il m'a dit “je reviendrai demain” et il n'est jamais revenu", qs.get(0).text().text());
    }

    @Test
    void noBreakSpacesInsideGuillemetsAreNotQuoted() {
        List<Quote> qs = direct(quotes("«\u00a0Nous ne lâcherons rien sur les retraites\u00a0», a martelé Sophie Binet."));
        assertEquals("Nous ne lâcherons rien sur les retraites", qs.get(0).text().text());
        assertEquals("a martelé", qs.get(0).cue().text());
    }

    @Test
    void curlyAndStraightQuotes() {
        List<Quote> curly = direct(quotes("“Nous attendons des actes et non des promesses”, estime Laurent Berger."));
        assertEquals("Nous attendons des actes et non des promesses", curly.get(0).text().text());
        assertEquals("Laurent Berger", curly.get(0).speaker().canonical());
        // straight quotes glued by lost paragraph breaks: "…"."…"
        List<Quote> straight = direct(quotes("\"L'autorité ce n'est jamais le mépris\".\"Il faut une politique commune\", a déclaré François Hollande."));
        Quote last = straight.get(straight.size() - 1);
        assertEquals("Il faut une politique commune", last.text().text());
        assertEquals("François Hollande", last.speaker().canonical());
        for (Quote q : straight) assertTrue(!q.text().text().contains("\""), "marks paired across the glue: " + q);
    }

    @Test
    void scareQuotesAreNotStatements() {
        assertTrue(quotes("Les « terroristes » ont quitté la ville dans la nuit de samedi.").isEmpty());
        assertTrue(quotes("C'est la fin d'un procès \"hors norme\" à Amiens.").isEmpty());
    }

    @Test
    void titlesOfWorksAreNotStatements() {
        List<Quote> qs = quotes("Il était l'invité de l'émission « Questions d'info » sur LCP.",
                "Son livre « Les Leçons du pouvoir et de la défaite » sort en avril.",
                "Le mot « benchmarking » a choqué.");
        assertTrue(direct(qs).isEmpty(), qs.toString());
    }

    @Test
    void shortQuoteWithCueIsSpeech() {
        List<Quote> qs = direct(quotes("François Hollande dénonce « le mépris » du ministre."));
        assertEquals(1, qs.size());
        assertEquals("le mépris", qs.get(0).text().text());
        assertEquals("dénonce", qs.get(0).cue().text());
        assertEquals("François Hollande", qs.get(0).speaker().canonical());
    }

    @Test
    void inciseInsideTheQuoteMarks() {
        List<Quote> qs = direct(quotes("\"Cette augmentation surviendra après deux hausses successives, rappelle dans le journal Naima Idir, "
                + "présidente d'une association de fournisseurs. Une telle décision serait vécue comme une injustice\"."));
        assertEquals(2, qs.size());
        assertEquals("Cette augmentation surviendra après deux hausses successives", qs.get(0).text().text());
        assertEquals("Une telle décision serait vécue comme une injustice", qs.get(1).text().text());
        assertEquals("Naima Idir", qs.get(1).speaker().canonical());
        assertEquals("rappelle", qs.get(1).cue().text());
    }

    @Test
    void inciseInsideGuillemets() {
        List<Quote> qs = direct(quotes("« Nous sommes prêts, a déclaré le ministre Bruno Le Maire, à discuter de tout avec les syndicats. »"));
        assertEquals(2, qs.size());
        assertEquals("Nous sommes prêts", qs.get(0).text().text());
        assertEquals("à discuter de tout avec les syndicats.", qs.get(1).text().text());
        assertEquals("Bruno Le Maire", qs.get(0).speaker().canonical());
        assertEquals("a déclaré", qs.get(1).cue().text());
    }

    @Test
    void selonAndPourNeedASource() {
        List<Quote> qs = quotes("Pour les infections à gonocoque, le nombre de diagnostics était de 15.067 en 2012.",
                "Les tarifs varient selon les saisons et les régions du pays.");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void indirectSpeechWithQue() {
        List<Quote> qs = indirect(quotes("Le ministre de l'Économie Bruno Le Maire a annoncé lundi que la croissance serait de 1 % en 2024."));
        assertEquals(1, qs.size());
        assertEquals("la croissance serait de 1 % en 2024", qs.get(0).text().text());
        assertEquals("Bruno Le Maire", qs.get(0).speaker().canonical());
        assertEquals("a annoncé", qs.get(0).cue().text());
    }

    @Test
    void indirectSpeechBeforeAPostposedCue() {
        List<Quote> qs = indirect(quotes("Tous ces chiffres sont sans doute en dessous de la réalité, a prévenu Santé publique France."));
        assertEquals(1, qs.size());
        assertEquals("Tous ces chiffres sont sans doute en dessous de la réalité", qs.get(0).text().text());
        assertEquals("Santé publique France", qs.get(0).speaker().canonical());
        assertEquals("a prévenu", qs.get(0).cue().text());
    }

    @Test
    void indirectSpeechWithSelon() {
        List<Quote> qs = indirect(quotes("Selon le ministère de l'Intérieur, 300 personnes ont été interpellées dans la nuit."));
        assertEquals(1, qs.size());
        assertEquals("300 personnes ont été interpellées dans la nuit", qs.get(0).text().text());
        assertEquals("le ministère de l'Intérieur", qs.get(0).speaker().canonical());
    }

    @Test
    void nounHomographsOfCuesAreNotCues() {
        // « l'annonce », « la note »: nouns, so no speech here
        assertTrue(quotes("L'annonce de la fermeture a surpris les salariés de l'usine de Florange.",
                "La note que les salariés ont reçue était brève.").isEmpty());
    }

    @Test
    void entityLayerNamesTheSpeakerAndTheRoleDescription() {
        String p1 = "Le président russe a rappelé que les États-Unis refusent d'œuvrer en ce sens.";
        String p2 = "« Nous soutenons cette proposition de la partie turque », a annoncé M. Poutine.";
        Article a = Article.compose("Titre", null, List.of(p1, p2));
        String t = a.text();
        int role = t.indexOf("président russe");
        int m = t.indexOf("M. Poutine");
        Entity putin = new Entity("Vladimir Poutine", EntityType.PER, "Q7747", List.of(
                Span.of(t, role, role + "président russe".length()), Span.of(t, m, m + "M. Poutine".length())));
        List<Quote> qs = stage.process(a.withEntities(List.of(putin))).quotes();
        assertEquals(2, qs.size());
        for (Quote q : qs) {
            assertEquals("Vladimir Poutine", q.speaker().canonical());
            assertEquals("Q7747", q.speaker().entityId());
        }
        assertEquals("Le président russe", qs.get(0).speakerMention().text());
    }

    @Test
    void headlineNameColonQuote() {
        Article a = Article.compose("Macron : « Nous sommes en guerre »", null,
                List.of("Emmanuel Macron s'est adressé aux Français lundi soir."));
        List<Quote> qs = stage.process(a).quotes();
        assertEquals(1, qs.size());
        assertEquals("Emmanuel Macron", qs.get(0).speaker().canonical());
        assertEquals(":", qs.get(0).cue().text());
        Article b = Article.compose("Coronavirus : « rester chez soi »", null, List.of("Le confinement commence mardi."));
        assertTrue(stage.process(b).quotes().isEmpty(), "a topic before the colon is not a speaker");
    }

    @Test
    void entityLayerNamesAPersonAfterARoleWithAComplement() {
        Article a = Article.compose("Titre", null, List.of(
                "« Nous sommes en guerre contre le virus », a déclaré le président de la République Emmanuel Macron."));
        String t = a.text();
        int m = t.indexOf("Emmanuel Macron");
        Entity macron = new Entity("Emmanuel Macron", EntityType.PER, "Q3052772", List.of(Span.of(t, m, m + 15)));
        Quote q = stage.process(a.withEntities(List.of(macron))).quotes().get(0);
        assertEquals("Q3052772", q.speaker().entityId());
        assertEquals("le président de la République Emmanuel Macron", q.speakerMention().text());
    }

    @Test
    void quoteWithoutSpeakerKeepsNoSpeaker() {
        List<Quote> qs = direct(quotes("Le communiqué tient en une phrase.",
                "« Les négociations reprendront la semaine prochaine à Genève avec toutes les parties. »"));
        assertEquals(1, qs.size());
        assertNull(qs.get(0).speaker());
    }
}
