package org.vigie.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.nlp.corenlp.CoreNlpTokens;
import org.vigie.nlp.registry.AliasTable;
import org.vigie.nlp.registry.OfficeTable;

/**
 * Which person a role description joins, on hand-written French news sentences: the appositions
 * that tie a title to a name, and the look-alikes that do not (a fronted phrase, a noun the role
 * completes, a verb of saying, a title that names the next person, a repeat of another gender,
 * complement or office).
 */
class RoleBindingTest {

    private static final CoreNlpTokens TOKENS = CoreNlpTokens.french();
    private static final EntityStage ENTITIES = new EntityStage(AliasTable.bundled(), OfficeTable.bundled());

    /** The role descriptions joined to the person whose canonical name ends with {@code person}, in text order. */
    private static List<String> roles(String title, String body, String date, String person) {
        Article a = Article.compose(title, null, List.of(body));
        if (date != null) a = a.withMetadata(Metadata.EMPTY.withDate(date, "meta"));
        return ENTITIES.roleBindings(TOKENS.process(a)).stream()
                .filter(b -> b.entity().endsWith(person))
                .sorted(java.util.Comparator.comparingInt(b -> b.role().start()))
                .map(b -> b.role().text()).toList();
    }

    private static List<String> roles(String body, String person) {
        return roles("Actualité", body, null, person);
    }

    // ---- appositions that bind

    @Test
    void aTitleBeforeOrAfterTheNameBindsAndRepeats() {
        assertEquals(List.of("président russe", "président russe"), roles("Le président russe Vladimir Poutine a reçu "
                + "lundi ses homologues au Kremlin. Le président russe a salué un dialogue utile.", "Poutine"));
        assertEquals(List.of("maire", "maire"), roles("Jean-Pierre Branchereau, le maire de La Turballe, a pris un arrêté "
                + "municipal. Le maire a commenté la décision sur France Bleu.", "Branchereau"));
    }

    @Test
    void anAppositionClosedByACommaBindsEvenInAFrontedPhrase() {
        // "selon" opens the phrase, but the name closes its apposition: "..., Christophe Castaner, qui ..."
        assertEquals(List.of("ministre de l'Intérieur"), roles("Un million d'amendes ont été dressées, selon le ministre de "
                + "l'Intérieur, Christophe Castaner, qui s'exprimait dans un entretien.", "Castaner"));
        // a title right after the name, with its complement, in a fronted phrase
        assertEquals(List.of("avocat"), roles("Pour Me Stéphane Giuranna, l'avocat de Marcel Jacob, ces éléments scellent "
                + "le dossier.", "Giuranna"));
        // a subject apposition whose closing comma the writer forgot
        assertEquals(List.of("président américain"), roles("Lors de son discours national, le président américain, Donald "
                + "Trump a commis une erreur chronologique.", "Trump"));
    }

    @Test
    void eachTitleOfAListGoesToItsOwnName() {
        String body = "Le ministre de l'Intérieur, Gérald Darmanin, et la ministre de la Justice, Nicole Belloubet, se sont "
                + "rendus mardi à Toulon.";
        assertEquals(List.of("ministre de l'Intérieur"), roles(body, "Darmanin"));
        assertEquals(List.of("ministre de la Justice"), roles(body, "Belloubet"));
    }

    @Test
    void aNameInsideTheTitlesComplementDoesNotTakeIt() {
        // "auprès du ministre de l'Intérieur Gérard Collomb": her minister, not a title of his
        assertEquals(List.of("ministre"), roles("Jacqueline Gourault, la ministre auprès du ministre de l'Intérieur Gérard "
                + "Collomb, a confié qu'elle avait dû installer des pièges.", "Gourault"));
        // a foundation named after someone
        assertEquals(List.of("président"), roles("Étaient présents Gérald Darmanin et Hervé Gaymard, président de la "
                + "Fondation Charles de Gaulle.", "Gaymard"));
    }

    @Test
    void aVerbAfterTheRepeatedTitleIsNoOtherComplement() {
        assertEquals(List.of("avocate", "avocate"), roles("« Il a été laissé sans soins », affirme Elvire Cheron, avocate "
                + "du père de la victime. L'avocate liste de nombreuses négligences de la part de l'hôpital.", "Cheron"));
    }

    // ---- look-alikes that do not bind (each fails without its rule)

    @Test
    void aFrontedPhraseBeforeTheSubjectIsNoApposition() {
        assertEquals(List.of(), roles("À l'instar de son ministre de l'Economie, Edouard Philippe a annoncé mardi un plan "
                + "de relance.", "Philippe"));
    }

    @Test
    void aFrontedComplementOfTheTitleIsNoApposition() {
        assertEquals(List.of(), roles("Selon l'entourage du chef de l'État, Emmanuel Macron a été en lien constant avec "
                + "les syndicats.", "Macron"));
    }

    @Test
    void aFrontedNameBeforeATitleThatIsTheSubjectIsNoApposition() {
        assertEquals(List.of(), roles("Pour Philippe Saurel, la ministre aurait eu tout intérêt à désigner Toulouse.",
                "Saurel"));
    }

    @Test
    void theNameAfterALawyerOfThePresidentIsTheLawyers() {
        assertEquals(List.of(), roles("Il a remis au Congrès des documents de l'avocat du président, Rudy Giuliani.",
                "Giuliani"));
    }

    @Test
    void theNameAfterADeputyToTheMayorIsTheDeputys() {
        assertEquals(List.of(), roles("« C'est triste et tragique », a expliqué le premier adjoint au maire, Claude "
                + "Boissay.", "Boissay"));
    }

    @Test
    void anInvertedVerbOfSayingSpelledLikeARoleIsNoTitle() {
        assertEquals(List.of(), roles("« La crise peut être une bonne fenêtre d'opportunité », juge Jean-Baptiste "
                + "Lemoyne.", "Lemoyne"));
    }

    @Test
    void aVerbAfterQuiSpelledLikeARoleIsNoTitle() {
        assertEquals(List.of(), roles("Les besoins sont couverts, explique Patrick Pelloux, qui juge la situation plus "
                + "tendue en réanimation.", "Pelloux"));
    }

    @Test
    void aParticipleAfterAnAuxiliarySpelledLikeARoleIsNoTitle() {
        assertEquals(List.of(), roles("« Ils sont complètement à la ramasse sur les questions économiques », a jugé Xavier "
                + "Bertrand.", "Bertrand"));
    }

    @Test
    void anOfficeHeldInThePastIsNotRepeatedByTheCurrentTitle() {
        assertEquals(List.of("président"), roles("Nicolas Sarkozy, président de la République entre 2007 et 2012, a assisté "
                + "aux obsèques. « Quand le président de la République m'appelle, je réponds », a-t-il confié.", "Sarkozy"));
    }

    @Test
    void aTitleRightBeforeTheNextNameIsThatPersonsTitle() {
        String body = "Sous François Hollande, le Premier ministre Manuel Valls avait eu recours au 49.3 pour la loi Travail.";
        assertEquals(List.of(), roles(body, "Hollande"));
        assertEquals(List.of("Premier ministre"), roles(body, "Valls"));
    }

    @Test
    void inAListEachTitleBelongsToTheNameAfterIt() {
        // "X, le président de la métropole Y et le maire de Z W": Y's title, not X's
        String body = "Il était entouré d'élus, dont Gérard Collomb, le président de la métropole David Kimelfeld et le "
                + "maire de Marcy-l'Étoile Loïc Commun.";
        assertEquals(List.of(), roles(body, "Collomb"));
    }

    @Test
    void aRepeatFollowedByAnotherNameIsThatPersons() {
        assertEquals(List.of("maire"), roles("Johanna Rolland, maire sortante de Nantes, est en tête des sondages. À "
                + "Toulouse, le maire sortant Jean-Luc Moudenc reste favori.", "Rolland"));
    }

    @Test
    void aRepeatWhoseComplementEndsOnAnotherNameIsThatPersons() {
        assertEquals(List.of("directeur"), roles("Tedros Adhanom Ghebreyesus, directeur général de l'OMS, a lancé un "
                + "appel. Selon le directeur général de la Santé, Jérôme Salomon, les tests ont augmenté.", "Ghebreyesus"));
    }

    @Test
    void aQueenIsNotTheKingTheTextBound() {
        assertEquals(List.of("roi"), roles("Elle fut couronnée après la mort de son père, le roi George VI, en 1952. La "
                + "reine y décrit un trajet horrible en carrosse.", "George VI"));
    }

    @Test
    void aFemaleLawyerIsNotTheManTheTextBound() {
        assertEquals(List.of("avocat"), roles("Me Francis Szpiner, avocat de l'association La Voix de l'enfant, a plaidé "
                + "mardi. « C'est inacceptable », déplore l'avocate.", "Szpiner"));
    }

    @Test
    void anotherMinistryIsAnotherMinister() {
        assertEquals(List.of("ministre"), roles("« Nous sommes en discussion », a dit Olivier Véran, le ministre de la "
                + "Santé. Le ministre de l'Agriculture a annoncé des contrôles dans les abattoirs.", "Véran"));
    }

    @Test
    void theAvocatGeneralIsNotTheFamilysLawyer() {
        assertEquals(List.of("avocat"), roles("Me Francis Szpiner, avocat de l'association La Voix de l'enfant, a plaidé "
                + "mardi. L'avocat général avait requis huit ans de prison.", "Szpiner"));
    }

    @Test
    void aDeputyIsNotTheOfficesHolder() {
        assertEquals(List.of("secrétaire général"), roles("Rémi Aufrère, secrétaire général adjoint de la CFDT Cheminots, "
                + "salue une victoire. Le secrétaire général de la CFDT joue l'apaisement.", "Aufrère"));
    }

    @Test
    void anOrganisationsPresidentIsNoHeadOfState() {
        assertEquals(List.of("président"), roles("Mohammed Moussaoui, président du Conseil français du culte musulman, a "
                + "salué la décision. Le chef de l'État doit s'exprimer lundi.", "Moussaoui"));
    }

    @Test
    void aTitleQualifiedByAnotherCountryIsThatCountrysHolder() {
        String body = "« Restez prudents », a tweeté le président Emmanuel Macron. Le président des États-Unis a évoqué la "
                + "possibilité de limiter ses contacts. Donald Trump doit s'exprimer jeudi.";
        assertEquals(List.of("président"), roles("Coronavirus", body, "2020-03-16", "Macron"));
        assertEquals(List.of("président"), roles("Coronavirus", body, "2020-03-16", "Trump"));
    }

    @Test
    void aHeadOfStateTitleAfterACompanysPresidentIsTheTablesHolder() {
        String body = "Emmanuel Macron s'est rendu mardi chez Sanofi. Il a été accueilli par le président Serge Weinberg. "
                + "Le chef de l'État doit annoncer des aides à la recherche.";
        assertEquals(List.of("président"), roles("Visite à Lyon", body, "2020-06-16", "Weinberg"));
    }

    @Test
    void aBareTitleTheTableGivesToAnotherNamedPersonIsLeftAlone() {
        String body = "François Baroin, président de l'Association des maires de France, demande des moyens. Le président "
                + "a souligné la nécessité de travailler davantage.";
        assertEquals(List.of("président"), roles("Emmanuel Macron veut relancer l'économie", body, "2020-06-20", "Baroin"));
        // without a date the table says nothing, and the repeat stays with the one president the text binds
        assertEquals(List.of("président", "président"), roles("Emmanuel Macron veut relancer l'économie", body, null, "Baroin"));
        assertTrue(roles("Emmanuel Macron veut relancer l'économie", body, "2020-06-20", "Macron").isEmpty());
    }
}
