package org.vigie.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Span;
import org.vigie.nlp.corenlp.CoreNlpTokens;
import org.vigie.nlp.registry.AliasTable;
import org.vigie.nlp.registry.OfficeTable;

/**
 * Titles the text never ties to a name ("le président russe", "le chef de l'État") read through
 * the dated table of office holders: the holder on the article's day, when the article names him.
 */
class OfficeHolderRoleTest {

    private static final CoreNlpTokens TOKENS = CoreNlpTokens.french();
    private static final EntityStage ENTITIES = new EntityStage(AliasTable.bundled(), OfficeTable.bundled());

    static final String TITLE = "Syrie : Poutine ordonne le retrait de ses troupes";
    static final String BODY = "Le président russe a ordonné lundi le retrait de la majeure partie des forces russes "
            + "déployées en Syrie depuis septembre, a annoncé le Kremlin. Le retrait commencera dès mardi, a précisé "
            + "le ministère de la Défense à Moscou.";

    static Article dated(String title, String body, String date) {
        Article a = Article.compose(title, null, List.of(body));
        return date == null ? a : a.withMetadata(Metadata.EMPTY.withDate(date, "meta"));
    }

    static Article analyse(Article a) {
        return ENTITIES.process(TOKENS.process(a));
    }

    static Entity entity(Article a, String canonicalEnd) {
        return a.entities().stream().filter(e -> e.canonical().endsWith(canonicalEnd)).findFirst().orElse(null);
    }

    static List<String> mentions(Entity e) {
        return e.mentions().stream().map(Span::text).toList();
    }

    @Test
    void aRoleTheBodyNeverBindsJoinsTheHeadlinesHolderOnThatDay() {
        Article a = analyse(dated(TITLE, BODY, "2016-03-14"));
        Entity putin = entity(a, "Poutine");
        assertNotNull(putin, a.entities().toString());
        assertEquals(List.of("Poutine", "président russe"), mentions(putin));
        // the role joins the entity named in the headline: no entity of its own
        assertEquals(1, a.entities().stream().filter(e -> mentions(e).contains("président russe")).count());
    }

    @Test
    void aDocumentDateGivenByTheUserStandsForAPageWithoutOne() {
        // `vigie analyze --date 2016-03-14`: the same date the times stage resolves "lundi" with
        EntityStage withDate = new EntityStage(AliasTable.bundled(), OfficeTable.bundled(), java.time.LocalDate.parse("2016-03-14"));
        Article undated = withDate.process(TOKENS.process(dated(TITLE, BODY, null)));
        assertEquals(List.of("Poutine", "président russe"), mentions(entity(undated, "Poutine")));
        // and it overrides the page's own date, as it does for times
        Article misdated = withDate.process(TOKENS.process(dated(TITLE, BODY, "1998-03-14")));
        assertEquals(List.of("Poutine", "président russe"), mentions(entity(misdated, "Poutine")));
    }

    @Test
    void anotherHoldersDayOrNoDayResolvesNothing() {
        // in 1998 the Russian president was Boris Eltsine, whom the article does not name
        Entity in1998 = entity(analyse(dated(TITLE, BODY, "1998-03-14")), "Poutine");
        assertEquals(List.of("Poutine"), mentions(in1998));
        Entity undated = entity(analyse(dated(TITLE, BODY, null)), "Poutine");
        assertEquals(List.of("Poutine"), mentions(undated));
        // the same text a day in 2016 does resolve
        assertEquals(2, mentions(entity(analyse(dated(TITLE, BODY, "2016-03-14T09:30:00+01:00")), "Poutine")).size());
    }

    @Test
    void aFormerOrFutureHolderIsSomeoneElse() {
        String body = "L'ancien président russe a longtemps défendu une ligne dure face à l'Occident. "
                + "Le président russe a quant à lui reçu lundi ses homologues au Kremlin, où le futur président "
                + "américain est attendu au printemps.";
        Article a = analyse(dated("Poutine reçoit ses homologues au Kremlin", body, "2016-12-05"));
        Entity putin = entity(a, "Poutine");
        List<String> m = mentions(putin);
        assertEquals(List.of("Poutine", "président russe"), m);
        int role = putin.mentions().get(1).start();
        assertTrue(a.text().startsWith("Le président russe a quant", role - 3), a.text().substring(role - 3));
        // "le futur président américain" is no mention of anyone
        assertTrue(a.entities().stream().flatMap(e -> mentions(e).stream()).noneMatch(x -> x.contains("américain")));
    }

    @Test
    void aHolderTheTextBindsWinsOverTheTable() {
        String bound = "Le président russe Boris Eltsine avait nommé Vladimir Poutine à la tête du FSB en 1998. "
                + "Le président russe avait alors salué un homme loyal.";
        Article a = analyse(dated("Poutine et le FSB", bound, "2016-05-12"));
        assertEquals(List.of("président russe", "Boris Eltsine", "président russe"), mentions(entity(a, "Eltsine")));
        assertEquals(List.of("Poutine", "Vladimir Poutine"), mentions(entity(a, "Poutine")));
        // without the binding sentence the table reads the same title as Poutine
        String unbound = "Vladimir Poutine avait pris la tête du FSB en 1998. Le président russe a salué lundi le travail "
                + "du service.";
        Article b = analyse(dated("Poutine et le FSB", unbound, "2016-05-12"));
        assertEquals(List.of("Poutine", "Vladimir Poutine", "président russe"), mentions(entity(b, "Poutine")));
    }

    @Test
    void aTitleAloneGoesToTheOneHolderTheArticleNames() {
        String body = "Le chef de l'État a inauguré jeudi un centre de recherche à Saclay. Le président de la République "
                + "doit se rendre vendredi à Lyon, puis à Marseille.";
        Article a = analyse(dated("Emmanuel Macron inaugure un centre de recherche", body, "2019-10-17"));
        assertEquals(List.of("Emmanuel Macron", "chef de l'État", "président de la République"), mentions(entity(a, "Macron")));
        // two heads of state named: "le chef de l'État" could be either, and is left alone
        Article b = analyse(dated("Emmanuel Macron reçoit Vladimir Poutine à Brégançon", body, "2019-08-19"));
        assertEquals(List.of("Emmanuel Macron", "président de la République"), mentions(entity(b, "Macron")));
        assertEquals(List.of("Vladimir Poutine"), mentions(entity(b, "Poutine")));
    }

    @Test
    void anotherInstitutionsPresidentIsNotTheHeadOfState() {
        String body = "Le président du Sénat a reçu jeudi les maires de France. Le président de la République "
                + "s'exprimera devant eux mardi.";
        Article a = analyse(dated("Emmanuel Macron attendu au congrès des maires", body, "2019-11-14"));
        assertEquals(List.of("Emmanuel Macron", "président de la République"), mentions(entity(a, "Macron")));
    }

    @Test
    void inATransitionThePresidentIsTheOneInOfficeNotThePresidentElect() {
        String body = "Le président américain a tenté mardi à Athènes de rassurer les Européens sur les intentions "
                + "de Donald Trump. Le président élu a pourtant promis de revoir les engagements des États-Unis envers "
                + "l'Otan, et les présidents russe et turc ont salué sa victoire.";
        Article a = analyse(dated("Barack Obama rassure l'Europe sur Donald Trump", body, "2016-11-15"));
        assertEquals(List.of("Barack Obama", "président américain"), mentions(entity(a, "Obama")));
        assertEquals(List.of("Donald Trump", "Donald Trump"), mentions(entity(a, "Trump")));
        // after Trump's inauguration the same title is his
        Article b = analyse(dated("Barack Obama rassure l'Europe sur Donald Trump", body, "2017-02-15"));
        assertEquals(List.of("Barack Obama"), mentions(entity(b, "Obama")));
        assertEquals(List.of("Donald Trump", "président américain", "Donald Trump"), mentions(entity(b, "Trump")));
    }

    @Test
    void anOfficeOfAnInstitutionOrASeatReadsAsItsHolderAndThePlaceKeepsItsEntity() {
        String body = "Le secrétaire général de l'ONU a appelé mardi à un cessez-le-feu immédiat à Gaza. Le locataire "
                + "de l'Élysée a salué cet appel, tout comme la reine d'Angleterre.";
        Article a = analyse(dated("António Guterres et Emmanuel Macron appellent à la trêve", body, "2019-05-14"));
        assertEquals(List.of("António Guterres", "secrétaire général"), mentions(entity(a, "Guterres")));
        assertEquals(List.of("Emmanuel Macron", "locataire"), mentions(entity(a, "Macron")));
        assertTrue(a.entities().stream().anyMatch(e -> mentions(e).contains("ONU")), a.entities().toString());
        // the queen is not named: her title stays unresolved
        assertTrue(a.entities().stream().noneMatch(e -> mentions(e).contains("reine")));
    }

    @Test
    void theHolderIsThePersonOfThatNameAndOfTheTitlesGender() {
        String body = "Le président français a remis mardi les prix aux lauréats. Une jeune lauréate a confié à la "
                + "locataire de l'Élysée sa joie d'être reçue, avant que Brigitte Macron ne fasse visiter les jardins.";
        Article a = analyse(dated("Emmanuel Macron reçoit les lauréats du concours", body, "2019-06-04"));
        // Brigitte Macron shares a name with the holder but is not him; "la locataire" is not him either
        assertEquals(List.of("Emmanuel Macron", "président français"), mentions(entity(a, "Emmanuel Macron")));
        assertEquals(List.of("Brigitte Macron"), mentions(entity(a, "Brigitte Macron")));
    }
}
