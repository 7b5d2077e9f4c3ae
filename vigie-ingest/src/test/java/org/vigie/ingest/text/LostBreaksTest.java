package org.vigie.ingest.text;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LostBreaksTest {

    private static final Path ORANGESUM = Path.of("../samples/orangesum/orangesum-sample.jsonl");

    private final LostBreaks repair = LostBreaks.french();

    private static JsonNode record(String id) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(ORANGESUM)) {
            JsonNode n = json.readTree(line);
            if (n.get("id").asText().equals(id)) return n;
        }
        throw new AssertionError("no record " + id + " in " + ORANGESUM);
    }

    private List<String> texts(String body) {
        return repair.split(body).stream().map(LostBreaks.Paragraph::text).toList();
    }

    private List<String> headings(String body) {
        return repair.split(body).stream().filter(LostBreaks.Paragraph::heading).map(LostBreaks.Paragraph::text).toList();
    }

    @Test
    void orangeSumSubheadingsBecomeHeadingsBetweenTheirParagraphs() throws IOException {
        String body = record("orangesum-10416").get("article").asText();
        List<LostBreaks.Paragraph> ps = repair.split(body);
        List<String> heads = headings(body);
        assertTrue(heads.contains("Des missions locales enthousiasmantes"), heads.toString());
        assertTrue(heads.contains("Des risques de législatives partielles"), heads.toString());
        int k = ps.indexOf(new LostBreaks.Paragraph("Des missions locales enthousiasmantes", true));
        assertTrue(ps.get(k - 1).text().endsWith("s'interroge-t-il."), ps.get(k - 1).text());
        assertTrue(ps.get(k + 1).text().startsWith("Ces parlementaires en lice"), ps.get(k + 1).text());
        assertFalse(ps.get(k + 1).heading());
        // nothing is lost or added: the pieces are the body
        assertEquals(body, String.join("", ps.stream().map(LostBreaks.Paragraph::text).toList()));
    }

    @Test
    void headingInCapitalsAndHeadingEndingInLowerCaseAreCut() throws IOException {
        assertTrue(headings(record("orangesum-11997").get("article").asText()).contains("CACHÉ SOUS UN MASQUE DE HULK"));
        assertTrue(headings(record("orangesum-29457").get("article").asText())
                .contains("L'importance du préservatif et du dépistage rappelée"));
    }

    @Test
    void captionGluedToTheNextParagraphIsCutAfterTheAcronym() throws IOException {
        String body = record("orangesum-21603").get("article").asText();
        List<String> ps = texts(body);
        assertTrue(ps.stream().anyMatch(p -> p.endsWith("dénonce \"le mépris\" de Collomb")), ps.toString());
        assertTrue(ps.contains("par LCP"), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.startsWith("Toujours en matière de politique migratoire")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.startsWith("La formule, lancée mercredi")), ps.toString());
    }

    @Test
    void everyOrangeSumSampleBodyIsRebuiltExactlyFromItsParagraphs() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int split = 0;
        for (String line : Files.readAllLines(ORANGESUM)) {
            String body = json.readTree(line).get("article").asText().strip();
            List<String> ps = texts(body);
            assertEquals(body, String.join("", ps));
            assertEquals(repair.find(body).size() + 1, ps.size());
            if (ps.size() > 1) split++;
        }
        assertTrue(split >= 30, "bodies split: " + split);
    }

    @Test
    void gluesOfTheBriefAreFound() {
        assertEquals(List.of("Réunion mardi soir.", "Des consignes sanitaires à respecter",
                "Pour s'assurer que tout va bien."), texts("Réunion mardi soir.Des consignes sanitaires à respecterPour s'assurer que tout va bien."));
        assertEquals(List.of("Des consignes sanitaires à respecter"),
                headings("Réunion mardi soir.Des consignes sanitaires à respecterPour s'assurer que tout va bien."));
        assertEquals(List.of("Le sommet aurait lieu à Camp David", "Le président américain Donald Trump l'a dit."),
                texts("Le sommet aurait lieu à Camp DavidLe président américain Donald Trump l'a dit."));
        assertEquals(List.of("Vidéo de BFMTV", "François Fillon a parlé."), texts("Vidéo de BFMTVFrançois Fillon a parlé."));
        // after capitals, a word the body writes in lower case ("plus") opens the next paragraph
        assertEquals(List.of("Le chauffard s'enfuit.", "LE POLICIER NIE", "Plus tard, la police le contrôle plus loin."),
                texts("Le chauffard s'enfuit.LE POLICIER NIEPlus tard, la police le contrôle plus loin."));
        assertEquals(List.of("Il a dit « non ».", "Le lendemain, rien."), texts("Il a dit « non ».Le lendemain, rien."));
        assertEquals(List.of("Quelle surprise !", "Le public applaudit."), texts("Quelle surprise !Le public applaudit."));
        assertEquals(List.of("Il a été clair.", "\"Nous partons\", dit-il."), texts("Il a été clair.\"Nous partons\", dit-il."));
        // an unpaired quote earlier does not move the break: after a closed quote, the next opens
        assertEquals(List.of("Un \"bilan, dit-il, \"très lourd\".", "\"Nous restons\", ajoute-t-il."),
                texts("Un \"bilan, dit-il, \"très lourd\".\"Nous restons\", ajoute-t-il."));
        // ... and a quote left open closes before the next paragraph
        assertEquals(List.of("Il estime qu'il \"est temps d'agir.\"", "L'annonce intervient après celle de Tyson."),
                texts("Il estime qu'il \"est temps d'agir.\"L'annonce intervient après celle de Tyson."));
        assertEquals(List.of("Le bilan s'alourdit.", "- Près de 5 millions de cas", "La pandémie a fait 300.000 morts."),
                texts("Le bilan s'alourdit.- Près de 5 millions de casLa pandémie a fait 300.000 morts."));
    }

    @Test
    void aVideoCreditGluedToItsCaptionIsItsOwnParagraph() {
        assertEquals(List.of("Comment se passe le retour à l'école ?", "par BFMTV", "Déjà en vue pour sa rentrée, le lycée."),
                texts("Comment se passe le retour à l'école ?par BFMTVDéjà en vue pour sa rentrée, le lycée."));
        assertEquals(List.of(), headings("Comment se passe le retour à l'école ?par BFMTVDéjà en vue pour sa rentrée."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Il a rejoint LinkedIn en 2010 et possède un iPhone.",
        "Une vidéo sur YouTube montre un McDonald fermé et une présentation PowerPoint.",
        "Un sondage OpinionWay pour BlackRock, cité par Kayleigh McEnany.",
        "La start-up FoodPlus et le site OnSexprime.fr, à UPSaclay, avec REACTing.",
        "Une église du XVIIème siècle, une DeLorean, un MacBook vendu sur eBay.",
        "M.Dupont et J.-L. Mélenchon sont allés aux U.S.Army et chez Mme.Durand.",
        "Le taux est de 3.5 pour cent, selon jeanmarcmorandini.com et www.Leboncoin.fr.",
        "Voir le document rapport.PDF publié hier.",
        "Il a parlé selonLe journal, sans espace.",
        "Il a agi \"par sécurité\", dit-il, après le film de Gaspar Noé.",
    })
    void brandsNamesAbbreviationsDomainsAndFilesAreNotSplit(String body) {
        assertEquals(List.of(), repair.find(body));
        assertEquals(List.of(body), texts(body));
    }

    @Test
    void aBodyWithLineBreaksIsLeftAlone() {
        String body = "Réunion mardi soir.Des consignes à respecterPour s'assurer.\nSecond paragraphe.";
        assertEquals(List.of(), repair.find(body));
        assertEquals(List.of(body), texts(body));
    }

    @Test
    void aGivenNameGluedAfterACapitalisedWordNeedsTheHeadingToRepeatIt() {
        assertEquals(List.of("Une formation retoquée pour Bellamy", "François-Xavier Bellamy a répondu."),
                texts("Une formation retoquée pour BellamyFrançois-Xavier Bellamy a répondu."));
        assertEquals(List.of(), new ArrayList<>(repair.find("Le magazine MarieClaire a publié un portrait.")));
    }
}
