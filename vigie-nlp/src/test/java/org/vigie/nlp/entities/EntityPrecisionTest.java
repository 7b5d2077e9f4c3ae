package org.vigie.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;

/** The precision rules: sentence-initial common words, glued headings, portfolios, enumerations, units. */
class EntityPrecisionTest {

    @Test
    void creditAndHeadingRecoveredAsParagraphsAreNoPartOfTheNamesAround() {
        // paragraphs as the reader recovers them from a body that lost its breaks (vigie-ingest
        // LostBreaks): '… ? Non"par BFMTVFrançois Fillon a provoqué …'
        Article a = EntityStageTest.analyse(Article.compose("François Fillon et son épargne", null, List.of(
                "François Fillon: \"Est-ce que je mets de l'argent de côté ? Non\"", "par BFMTV",
                "François Fillon a provoqué un tollé avec cette déclaration sur son épargne.")));
        assertTrue(EntityStageTest.canonicals(a).stream().noneMatch(n -> n.contains("BFMTV ") || n.contains(" BFMTV")), EntityStageTest.canonicals(a).toString());
        Entity fillon = EntityStageTest.entity(a, "François Fillon");
        assertEquals(EntityType.PER, fillon.type());
        assertTrue(fillon.mentions().stream().anyMatch(m -> a.text().startsWith("François Fillon a", m.start())),
                fillon.mentions().toString());
        // "… de Hulk.CACHÉ SOUS UN MASQUE DE HULKDeux ans …": a heading in capitals is no name
        Article b = EntityStageTest.analyse(Article.compose("Un voisin harcelé", null, List.of(
                "Le voisin portait un masque de Hulk.", "CACHÉ SOUS UN MASQUE DE HULK",
                "Deux ans de cauchemar ont suivi pour les retraités de Lyon.")));
        assertTrue(EntityStageTest.canonicals(b).stream().noneMatch(n -> n.startsWith("HULK") || n.startsWith("CACHÉ")), EntityStageTest.canonicals(b).toString());
        Article c = EntityStageTest.analyse(Article.compose("Un chauffard", null, List.of(
                "Le chauffard ne s'arrête pas.", "LE POLICIER NIE", "Plus tard, la police le contrôle à Lyon.")));
        assertTrue(EntityStageTest.canonicals(c).stream().noneMatch(n -> n.contains("POLICIER")), EntityStageTest.canonicals(c).toString());
    }

    @Test
    void sentenceInitialCommonWordWrittenInLowerCaseElsewhereIsDropped() {
        Article a = EntityStageTest.analyse("Coronavirus : la Belgique ferme ses écoles",
                "Le coronavirus continue de se propager en Belgique, où les écoles fermeront lundi à Bruxelles.");
        assertFalse(EntityStageTest.canonicals(a).contains("Coronavirus"), EntityStageTest.canonicals(a).toString());
        assertTrue(EntityStageTest.canonicals(a).contains("Belgique"), EntityStageTest.canonicals(a).toString());
        // a name that opens a sentence but is never a lower-case word stays
        Article b = EntityStageTest.analyse("Bruxelles ferme ses écoles", "Bruxelles a annoncé lundi la fermeture des écoles de la ville.");
        assertTrue(EntityStageTest.canonicals(b).contains("Bruxelles"), EntityStageTest.canonicals(b).toString());
    }

    @Test
    void ministersPortfolioIsNoEntityButTheMinisterIs() {
        Article a = EntityStageTest.analyse("Factures d'électricité",
                "Les prix vont monter, a déclaré Élisabeth Borne, la ministre de la Transition écologique, "
                        + "devant le secrétaire d'État au Numérique Cédric O et le ministre du Travail.");
        assertTrue(EntityStageTest.canonicals(a).stream().noneMatch(n -> n.startsWith("Transition") || n.equals("Travail")
                || n.startsWith("Numérique")), EntityStageTest.canonicals(a).toString());
        assertEquals(EntityType.PER, EntityStageTest.entity(a, "Élisabeth Borne").type());
        assertEquals(EntityType.PER, EntityStageTest.entity(a, "Cédric O").type());
        // a ministry is an organisation; a well-known name or a person after "ministres de" stays
        Article b = EntityStageTest.analyse("Réunion à Bruxelles",
                "Le ministère de la Transition écologique a reçu à Paris les ministres de l'Union européenne, "
                        + "puis le ministre de Vladimir Poutine.");
        assertTrue(EntityStageTest.canonicals(b).contains("Union européenne"), EntityStageTest.canonicals(b).toString());
        assertTrue(EntityStageTest.canonicals(b).contains("Vladimir Poutine"), EntityStageTest.canonicals(b).toString());
        assertEquals(EntityType.ORG, EntityStageTest.entity(b, "ministère de la Transition écologique").type());
    }

    @Test
    void namesListedWithWellKnownCompaniesAreCompanies() {
        Article a = EntityStageTest.analyse("Électricité : les prix montent",
                "EDF revendra son électricité à ses concurrents (Engie, Butagaz, Cdiscount ou Ekwateur) à 45 euros "
                        + "le mégawattheure (MWh).");
        assertEquals(EntityType.ORG, EntityStageTest.entity(a, "Engie").type());
        assertEquals(EntityType.ORG, EntityStageTest.entity(a, "Butagaz").type());
        assertFalse(EntityStageTest.canonicals(a).contains("MWh"), EntityStageTest.canonicals(a).toString());
        // places listed together keep their own types: no well-known company among them
        Article b = EntityStageTest.analyse("Tournée", "Le chanteur passera par Lyon, Marseille et Bordeaux cet été.");
        assertEquals(EntityType.LOC, EntityStageTest.entity(b, "Marseille").type());
    }

    @Test
    void aCueNounTypesTheNameAfterIt() {
        String body = "L'arme a été achetée sur internet, selon le quotidien allemand Bild, qui cite l'enquête. Le magazine "
                + "Gala a publié les photos, et le constructeur de Stuttgart a réagi, a rappelé dans le journal "
                + "Naima Idir, présidente d'une association. L'émission de Michel Drucker a repris.";
        Article a = EntityStageTest.analyse("Attentat de Munich", body);
        assertEquals(EntityType.ORG, EntityStageTest.entity(a, "Bild").type());
        assertEquals(EntityType.ORG, EntityStageTest.entity(a, "Gala").type());
        // through "de" a cue names a place ("le constructeur de Stuttgart") or a person
        assertEquals(EntityType.LOC, EntityStageTest.entity(a, "Stuttgart").type());
        assertEquals(EntityType.PER, EntityStageTest.entity(a, "Michel Drucker").type());
    }

    @Test
    void oneCuedMentionTypesTheWholeEntity() {
        Article a = EntityStageTest.analyse("Laetitia Avia se défend",
                "Selon Mediapart, Laetitia Avia serait accusée par cinq anciens assistants. Ils l'ont accusée, dans les "
                        + "colonnes de Mediapart, d'humiliations. Elle a répondu à Mediapart mercredi. Le journaliste de "
                        + "Mediapart a publié trois articles.");
        assertEquals(EntityType.ORG, EntityStageTest.entity(a, "Mediapart").type());
    }
}
