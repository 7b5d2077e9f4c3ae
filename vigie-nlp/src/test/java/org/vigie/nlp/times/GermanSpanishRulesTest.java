package org.vigie.nlp.times;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.model.TimeExpression;

/**
 * German and Spanish time expressions, same design as French and English; the document date is
 * Tuesday 2020-03-10. Sentences written for Vigie in the style of news reports, each with the
 * expression it must find and its value, and the homographs that must not be read as times.
 */
class GermanSpanishRulesTest {

    static final LocalDate DCT = LocalDate.of(2020, 3, 10);

    private static List<TimeExpression> tag(String language, String text) {
        return TimeTagger.forLanguage(language).tag(text.strip(), DCT);
    }

    private static void assertTagged(String language, String text, String span, String value) {
        List<TimeExpression> all = tag(language, text);
        List<TimeExpression> hits = all.stream().filter(t -> t.text().text().equals(span.strip())).toList();
        assertEquals(1, hits.size(), "'" + span.strip() + "' in " + all);
        assertEquals(value.strip(), hits.get(0).value(), all.toString());
    }

    private static List<String> spans(String language, String text) {
        return tag(language, text).stream().map(t -> t.text().text()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Das Gesetz trat am 3. März 2020 in Kraft.                                | 3. März 2020               | 2020-03-03
            Die Frist endete am 3.3.2020 um Mitternacht.                             | 3.3.2020                   | 2020-03-03
            Die Messe öffnet am 24.3. ihre Tore.                                     | 24.3.                      | 2020-03-24
            Am Montag, dem 2. März, begann der Prozess.                              | Montag, dem 2. März        | 2020-03-02
            Die Minister trafen sich am Montag in Brüssel.                           | Montag                     | 2020-03-09
            Das Treffen fand am vergangenen Montag statt.                            | vergangenen Montag         | 2020-03-09
            Die Abstimmung findet nächsten Freitag statt.                            | nächsten Freitag           | 2020-03-13
            Die Koalition hat am Montagabend getagt.                                 | Montagabend                | 2020-03-09TEV
            Heute beginnt der Gipfel.                                                | Heute                      | 2020-03-10
            Der Vorstand hatte gestern Abend getagt.                                 | gestern Abend              | 2020-03-09TEV
            Das Urteil wird morgen erwartet.                                         | morgen                     | 2020-03-11
            Morgen beginnt der Gipfel in Brüssel.                                    | Morgen                     | 2020-03-11
            Der Bericht war vorgestern erschienen.                                   | vorgestern                 | 2020-03-08
            Die Entscheidung fällt übermorgen.                                       | übermorgen                 | 2020-03-12
            Die Wahl findet im Mai 2021 statt.                                       | Mai 2021                   | 2021-05
            Die Preise stiegen im Februar.                                           | Februar                    | 2020-02
            Der Umsatz sank bis Ende März.                                           | Ende März                  | 2020-03
            Das Unternehmen wurde 1999 gegründet.                                    | 1999                       | 1999
            Die Zahl der Fälle stieg letzte Woche stark.                             | letzte Woche               | 2020-W10
            Im vergangenen Jahr sank der Umsatz.                                     | vergangenen Jahr           | 2019
            Das Gesetz soll Ende des Jahres kommen.                                  | Ende des Jahres            | 2020
            Der Unfall geschah vor drei Tagen.                                       | vor drei Tagen             | 2020-03-07
            Die Ergebnisse kommen in zwei Wochen.                                    | in zwei Wochen             | 2020-W13
            Er leitete das Amt drei Jahre lang.                                      | drei Jahre lang            | P3Y
            Der Streit schwelt seit Monaten.                                         | Monaten                    | PXM
            Die Beratungen dauerten mehr als sechs Stunden.                          | mehr als sechs Stunden     | PT6H
            Der Markt öffnet jeden Montag.                                           | jeden Montag               | XXXX-WXX-1
            Das Museum ist montags geschlossen.                                      | montags                    | XXXX-WXX-1
            Die Sitzung wird am Donnerstag um 15.30 Uhr beginnen.                    | Donnerstag um 15.30 Uhr    | 2020-03-12T15:30
            Der Zug fuhr um 8 Uhr abends ab.                                         | 8 Uhr abends               | 2020-03-10T20:00
            Im August 2016 wurde er entführt. Ein Jahr später kam er frei.           | Ein Jahr später            | 2017
            Der Umsatz stieg 2019 um drei Prozent, im Vorjahr war er gesunken.       | Vorjahr                    | 2018
            Das Werk wird am 3. und 4. April geschlossen.                            | 3.                         | 2020-04-03
            """)
    void germanTagsAndResolves(String text, String span, String value) {
        assertTagged("de", text, span, value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La ley entró en vigor el 3 de marzo de 2020.                             | el 3 de marzo de 2020      | 2020-03-03
            La ley entró en vigor el 3/3/2020.                                       | el 3/3/2020                | 2020-03-03
            El juicio se celebró el lunes en Madrid.                                 | el lunes                   | 2020-03-09
            El Gobierno aprobará el plan el próximo viernes.                         | el próximo viernes         | 2020-03-13
            La reunión se celebró el pasado martes.                                  | el pasado martes           | 2020-03-03
            La reunión se celebró el martes pasado.                                  | el martes pasado           | 2020-03-03
            El rey inauguró hoy la feria.                                            | hoy                        | 2020-03-10
            El ministro llegó ayer a Bruselas.                                       | ayer                       | 2020-03-09
            La cumbre empezará mañana en Lisboa.                                     | mañana                     | 2020-03-11
            El informe se publicó anteayer.                                          | anteayer                   | 2020-03-08
            La sentencia se conocerá pasado mañana.                                  | pasado mañana              | 2020-03-12
            Se reunirán mañana por la mañana.                                        | mañana por la mañana       | 2020-03-11TMO
            La policía detuvo anoche a dos hombres.                                  | anoche                     | 2020-03-09TNI
            El ministro declaró esta mañana ante el juez.                            | esta mañana                | 2020-03-10TMO
            Los precios subieron en febrero.                                         | febrero                    | 2020-02
            Las obras terminarán a finales de marzo.                                 | finales de marzo           | 2020-03
            La empresa se fundó en 2019.                                             | 2019                       | 2019
            Los contagios crecieron la semana pasada.                                | la semana pasada           | 2020-W10
            El plan entrará en vigor el próximo año.                                 | el próximo año             | 2021
            El accidente ocurrió hace tres días.                                     | hace tres días             | 2020-03-07
            Los resultados llegarán dentro de dos meses.                             | dentro de dos meses        | 2020-05
            Dirigió el club durante tres años.                                       | tres años                  | P3Y
            La red opera desde hace dos años.                                        | dos años                   | P2Y
            Los precios han subido en los últimos cinco años.                        | los últimos cinco años     | P5Y
            El mercado abre todos los lunes.                                         | todos los lunes            | XXXX-WXX-1
            La sesión empezará el jueves a las 15.30 horas.                          | el jueves a las 15.30 horas | 2020-03-12T15:30
            El tren salió a las 10 de la noche.                                      | las 10 de la noche         | 2020-03-10T22:00
            Llegó en agosto de 2016. Un año después se marchó.                       | Un año después             | 2017
            El conflicto se cobró 40.000 vidas en los años 90.                       | los años 90                | 199
            """)
    void spanishTagsAndResolves(String text, String span, String value) {
        assertTagged("es", text, span, value);
    }

    @Test
    void germanMorgenIsTomorrowOnlyWhereItIsNoNoun() {
        // the noun "Morgen" is a morning; "Morgen für Morgen" is every morning
        assertFalse(spans("de", "Am Morgen hatten Demonstranten protestiert.").contains("Morgen"));
        assertFalse(spans("de", "Der Angestellte übernimmt dort Morgen für Morgen die erste Schicht.").contains("Morgen"));
        assertFalse(spans("de", "Morgen für Morgen öffnet er den Laden.").contains("Morgen"));
        assertEquals(List.of(), spans("de", "Guten Morgen, sagte der Moderator."));
        // "heute Morgen" is this morning, one expression
        assertTagged("de", "Der Minister hat heute Morgen erklärt, er trete zurück.", "heute Morgen", "2020-03-10TMO");
    }

    @Test
    void spanishMananaIsTomorrowOnlyWithoutADeterminer() {
        assertEquals(List.of(), spans("es", "Por la mañana recibió a los representantes."));
        assertEquals(List.of(), spans("es", "Trabajó toda la mañana en el informe."));
        assertEquals(List.of("Cada mañana"), spans("es", "Cada mañana revisa las cámaras."));
        assertEquals("XXXX-XX-XXTMO", tag("es", "Cada mañana revisa las cámaras.").get(0).value());
        assertTagged("es", "El Gobierno lo decidirá mañana.", "mañana", "2020-03-11");
        assertTagged("es", "Mañana se vota la ley.", "Mañana", "2020-03-11");
        assertTagged("es", "La vista continuará a las 9 de la mañana.", "las 9 de la mañana", "2020-03-10T09:00");
    }

    @Test
    void namesThatAreAlsoMonthsOrWeekdaysAreLeftAlone() {
        assertEquals(List.of(), spans("de", "August Bebel gründete die Partei mit."));
        assertEquals(List.of(), spans("es", "Domingo Martínez, portavoz del sindicato, dijo que no."));
        assertEquals(List.of(), spans("es", "La Plaza de Mayo se llenó de manifestantes."));
        assertTrue(spans("es", "La Primavera Árabe cambió la región.").isEmpty());
        assertTrue(spans("de", "Der Journalist Winter berichtete darüber.").isEmpty());
    }

    @Test
    void countsAgesAndSentencesAreNoTimes() {
        // German writes nouns with a capital: a four-digit number before one is a count
        assertFalse(spans("de", "Dafür sollen 2000 Beschäftigte eingestellt werden.").contains("2000"));
        assertEquals(List.of(), spans("de", "Der Täter ist zwischen 20 und 25 Jahre alt."));
        assertEquals(List.of(), spans("de", "Ihm drohen bis zu zehn Jahre Haft."));
        assertEquals(List.of(), spans("de", "Er starb mit 57 Jahren."));
        assertEquals(List.of(), spans("de", "AgileBits hat Version 5.3 für OS X 10.10 freigegeben."));
        // Spanish writes counts without a separator: a year needs a cue
        assertEquals(List.of(), spans("es", "El conflicto lleva más de 2000 muertos."));
        assertEquals(List.of(), spans("es", "Detenido un hombre de 45 años."));
        assertEquals(List.of(), spans("es", "Fue condenado a cinco años de prisión."));
        assertEquals(List.of(), spans("es", "Murió a los 57 años."));
        assertFalse(spans("es", "Ganó un segundo mandato.").contains("un segundo"));
        assertFalse(spans("es", "Acudieron a las 20 personas citadas.").contains("las 20"));
    }

    @Test
    void hoyEnDiaIsNowadaysNotToday() {
        assertEquals(List.of(), spans("es", "Hoy en día nadie usa el fax."));
    }

    @Test
    void germanAndSpanishAreCoveredFrenchStillReadsUndetectedLanguages() {
        assertTrue(TimeTagger.covers("de") && TimeTagger.covers("es") && TimeTagger.covers("de-AT") && TimeTagger.covers("es-AR"));
        assertFalse(TimeTagger.covers("pt") || TimeTagger.covers("it"));
        // German "hier" is "here", never yesterday as the French rules read it
        assertEquals(List.of("Montag"), spans("de", "Der Minister sagte am Montag, er sei hier, um zu helfen."));
    }
}
