package org.vigie.nlp.times;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.model.TimeExpression;

/** One rule at a time on short French sentences; the document date is Monday 2016-10-10. */
class FrenchRulesTest {

    static final LocalDate DCT = LocalDate.of(2016, 10, 10);

    static List<TimeExpression> tag(String text, LocalDate dct) {
        return TimeTagger.forLanguage("fr").tag(text, dct);
    }

    /** The single expression of {@code text} whose words are {@code span}. */
    static TimeExpression only(String text, String span, LocalDate dct) {
        List<TimeExpression> all = tag(text, dct);
        List<TimeExpression> hits = all.stream().filter(t -> t.text().text().equals(span)).toList();
        assertEquals(1, hits.size(), "expected exactly one '" + span + "' in " + all);
        return hits.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            L'avion a été abattu le 24 novembre 2015 en Syrie.        | le 24 novembre 2015   | 2015-11-24 | DATE     | absolute
            Le contrat signé le 24/11/2015 expire.                    | 24/11/2015            | 2015-11-24 | DATE     | absolute
            Le sommet a eu lieu le 3 octobre à Paris.                 | le 3 octobre          | 2016-10-03 | DATE     | dct
            Le sommet aura lieu le 3 novembre à Paris.                | le 3 novembre         | 2016-11-03 | DATE     | dct
            Le chômage a reculé en 2016.                              | 2016                  | 2016       | DATE     | absolute
            La réforme entre en vigueur le 1er janvier.               | le 1er janvier        | 2017-01-01 | DATE     | dct
            Il est né en mars 1962 à Lyon.                            | mars 1962             | 1962-03    | DATE     | absolute
            Rendez-vous à 15h30 devant la mairie.                     | 15h30                 | 2016-10-10T15:30 | TIME | dct
            La ville a changé depuis les années 1990.                 | les années 1990       | 199        | DATE     | absolute
            Une église construite au XIIe siècle.                     | XIIe siècle           | 11         | DATE     | absolute
            Ils se sont réunis lundi à Istanbul.                      | lundi                 | 2016-10-10 | DATE     | dct
            Le vote a eu lieu jeudi.                                  | jeudi                 | 2016-10-06 | DATE     | dct
            Les entretiens auront lieu samedi prochain en Suisse.     | samedi prochain       | 2016-10-15 | DATE     | dct
            Il est venu lundi dernier.                                | lundi dernier         | 2016-10-03 | DATE     | dct
            Le 27 juin dernier, il a présenté ses excuses.            | Le 27 juin dernier    | 2016-06-27 | DATE     | dct
            En août dernier, ils se sont rencontrés.                  | août dernier          | 2016-08    | DATE     | dct
            Il est arrivé hier soir.                                  | hier soir             | 2016-10-09TEV | TIME  | dct
            Il l'a annoncé hier.                                      | hier                  | 2016-10-09 | DATE     | dct
            Nous le saurons aujourd'hui.                              | aujourd'hui           | 2016-10-10 | DATE     | dct
            Le verdict tombera demain.                                | demain                | 2016-10-11 | DATE     | dct
            Il a démissionné la semaine dernière.                     | la semaine dernière   | 2016-W40   | DATE     | dct
            Il est parti il y a trois jours.                          | il y a trois jours    | 2016-10-07 | DATE     | dct
            Les travaux commenceront dans deux mois.                  | dans deux mois        | 2016-12    | DATE     | dct
            Les ventes ont baissé l'an dernier.                       | l'an dernier          | 2015       | DATE     | dct
            Les prix montent ce mois-ci.                              | ce mois-ci            | 2016-10    | DATE     | dct
            Il pleut beaucoup cette année.                            | cette année           | 2016       | DATE     | dct
            Il a dirigé le club pendant trois ans.                    | trois ans             | P3Y        | DURATION | absolute
            Le procès a duré 13 jours.                                | 13 jours              | P13D       | DURATION | absolute
            Il a fallu quelques minutes.                              | quelques minutes      | PTXM       | DURATION | absolute
            Elle a attendu vingt-quatre heures.                       | vingt-quatre heures   | PT24H      | DURATION | absolute
            Le marché se tient chaque lundi.                          | chaque lundi          | XXXX-WXX-1 | SET      | absolute
            Le journal paraît chaque semaine.                         | chaque semaine        | P1W        | SET      | absolute
            Le défilé du 14-Juillet a attiré la foule.                | 14-Juillet            | 2016-07-14 | DATE     | dct
            Les concerts reprendront fin 2016.                        | fin 2016              | 2016       | DATE     | absolute
            Le pays est confiné depuis fin mars.                      | fin mars              | 2016-03    | DATE     | dct
            Il a été élu dans la soirée du dimanche 9 octobre.        | la soirée du dimanche 9 octobre | 2016-10-09TEV | TIME | dct
            L'appel est arrivé mercredi à 22H00 GMT.                  | mercredi à 22H00 GMT  | 2016-10-05T22:00Z | TIME | dct
            Le président a parlé ce jeudi 6 octobre.                  | ce jeudi 6 octobre    | 2016-10-06 | DATE     | dct
            Les stocks ont fondu ces derniers jours.                  | ces derniers jours    | PXD        | DURATION | absolute
            D'autres noms suivront dans les prochains jours.          | les prochains jours   | PXD        | DURATION | absolute
            Les prix ont chuté à la rentrée.                          | la rentrée            | 2016-09    | DATE     | dct
            Les Jeux auront lieu l'été prochain.                      | l'été prochain        | 2017-SU    | DATE     | dct
            La loi a été votée en 2012 et appliquée entre 2013 et 2015. | 2015                | 2015       | DATE     | absolute
            Les chiffres de la période 2012-2016 sont bons.           | 2016                  | 2016       | DATE     | absolute
            Il a été hausse en juin puis août 2019.                   | juin                  | 2019-06    | DATE     | absolute
            Il a bouclé le tour en 1 minute 40 secondes.              | 1 minute 40 secondes  | PT1M40S    | DURATION | absolute
            Il a été emprisonné deux ans et six mois.                 | deux ans et six mois  | P2Y6M      | DURATION | absolute
            Le scrutin aura lieu les 22 et 29 novembre.               | 22                    | 2016-11-22 | DATE     | dct
            Le festival se tiendra du 3 au 5 juillet 2017.            | 3                     | 2017-07-03 | DATE     | absolute
            Il fait ce métier depuis deux ans et demi.                | deux ans et demi      | P2.5Y      | DURATION | absolute
            Le dollar s'échange à 900 contre 610 en janvier.          | janvier               | 2016-01    | DATE     | dct
            Les mesures pourraient entrer en vigueur samedi.          | samedi                | 2016-10-15 | DATE     | dct
            Le confinement débutera à 14H00 (11H00 GMT) vendredi.     | 11H00 GMT             | 2016-10-10T11:00Z | TIME | dct
            La marche a lieu samedi à Bourges.                        | samedi                | 2016-10-15 | DATE     | dct
            Il a gagné 500 euros par mois de décembre à mars.         | décembre              | 2015-12    | DATE     | dct
            Le corps a été découvert aux environs de 21 heures.       | 21 heures             | 2016-10-10T21:00 | TIME | dct
            Il est arrivé vers 8 heures 30 au bureau.                 | 8 heures 30           | 2016-10-10T08:30 | TIME | dct
            L'échec a été constaté après quatre heures de discussions. | quatre heures        | PT4H       | DURATION | absolute
            Il a attendu 3 heures devant la porte.                    | 3 heures              | PT3H       | DURATION | absolute
            Le rectorat a indiqué préparer la rentrée universitaire.  | la rentrée            | 2016-09    | DATE     | dct
            """)
    void tagsAndResolves(String text, String span, String value, String type, String from) {
        TimeExpression t = only(text.strip(), span.strip(), DCT);
        assertEquals(value.strip(), t.value(), t.toString());
        assertEquals(type.strip(), t.type(), t.toString());
        assertEquals(from.strip(), t.resolvedFrom(), t.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le rover Curiosity explore Mars depuis des années.         | Mars
            La planète Mars est visible ce soir.                       | Mars
            Elle habite une maison à Maisons-Alfort.                   | mai
            Le gymnase porte le nom de Jean Mai.                       | Mai
            L'usine a coûté 2000 euros par salarié.                    | 2000
            Un bonus de 2018 personnes a été recensé.                  | 2018
            Il a annoncé son retour à 57 ans.                          | 57 ans
            Il a été condamné à 30 ans de prison.                      | 30 ans
            La victime avait 24 ans.                                   | 24 ans
            Les jeunes de 15 à 24 ans sont touchés.                    | 24 ans
            Il a été élu en 1.000 voix d'écart.                        | 000
            Il a été vu 24h/24 par les caméras.                        | 24h
            Ils ont tous été informés mardi.                           | tous
            Une seconde explosion a suivi.                             | seconde
            Il a gagné les 24 Heures du Mans.                          | 24 Heures
            Il ignorait que le polémiste jouait ce soir-là.            | ce soir
            """)
    void doesNotTag(String text, String words) {
        List<TimeExpression> all = tag(text.strip(), DCT);
        assertTrue(all.stream().noneMatch(t -> t.text().text().contains(words.strip())), all.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ils se sont réunis lundi.                       | lundi             | XXXX-WXX-1
            Les entretiens auront lieu samedi prochain.     | samedi prochain   | XXXX-WXX-6
            Il a été abattu le 24 novembre 2015.            | le 24 novembre 2015 | 2015-11-24
            Il l'a dit hier.                                | hier              | XXXX-XX-XX
            Il est parti le 3 octobre.                      | le 3 octobre      | XXXX-10-03
            Il a démissionné la semaine dernière.           | la semaine dernière | XXXX-WXX
            """)
    void underspecifiedWithoutDate(String text, String span, String value) {
        TimeExpression t = only(text.strip(), span.strip(), null);
        assertEquals(value.strip(), t.value());
        assertEquals(value.strip().contains("X") ? "unresolved" : "absolute", t.resolvedFrom());
    }

    @org.junit.jupiter.api.Test
    void inferenceNeedsADatedAnchor() {
        String text = "Le 27 juin dernier, il a présenté ses excuses.";
        DctInference w = TimeTagger.forLanguage("fr").infer(text);
        assertTrue(!w.bounded(), "no dated event, no window: " + w);
        assertEquals("XXXX-06-27", only(text, "Le 27 juin dernier", null).value());
    }

    @org.junit.jupiter.api.Test
    void inferenceFromDatedEventsAndDernier() {
        String text = "La crise a éclaté le 3 mars 2019. Le 12 mai dernier, un accord a été signé. Il a parlé lundi.";
        DctInference w = TimeTagger.forLanguage("fr").infer(text);
        assertEquals(LocalDate.of(2019, 5, 13), w.earliest(), w.toString());
        assertEquals(LocalDate.of(2020, 5, 11), w.latest(), w.toString());
        TimeExpression mai = only(text, "Le 12 mai dernier", null);
        assertEquals("2019-05-12", mai.value());
        assertEquals("inferred", mai.resolvedFrom());
        assertEquals("XXXX-WXX-1", only(text, "lundi", null).value());
    }

    @org.junit.jupiter.api.Test
    void weekdayPicksTheYearOfAnUndatedDay() {
        // 31 May was a Thursday in 2018: the weekday settles the year around the document date
        assertEquals("2018-05-31", only("Il est revenu ce jeudi 31 mai sur ses propos.", "ce jeudi 31 mai", LocalDate.of(2018, 6, 2)).value());
    }

    @org.junit.jupiter.api.Test
    void spansPointAtTheText() {
        String text = "Réunis lundi à Istanbul, ils ont parlé pendant deux heures du 24 novembre 2015.";
        for (TimeExpression t : tag(text, DCT)) assertTrue(t.text().matches(text), t.toString());
    }

    @org.junit.jupiter.api.Test
    void pathologicalInputStaysLinear() {
        // long runs of near-misses for every rule: must simply finish (no catastrophic backtracking)
        String text = "le lundi ".repeat(2000) + "1 2 3 4 5 ".repeat(2000) + "de la fin de l'année ".repeat(1000)
                + "-".repeat(5000) + "2016 ".repeat(1000);
        List<TimeExpression> all = tag(text, DCT);
        assertTrue(all.size() > 1000);
    }
}
