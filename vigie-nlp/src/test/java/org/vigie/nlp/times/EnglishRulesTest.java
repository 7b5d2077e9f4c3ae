package org.vigie.nlp.times;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.model.Article;
import org.vigie.core.model.TimeExpression;

/** English basics, same design; the document date is Monday 2016-10-10. */
class EnglishRulesTest {

    static final LocalDate DCT = LocalDate.of(2016, 10, 10);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The plane was shot down on November 24, 2015.      | November 24, 2015 | 2015-11-24
            The leaders met on Monday in Istanbul.             | Monday            | 2016-10-10
            Talks will be held next Saturday in Geneva.        | next Saturday     | 2016-10-15
            He apologised last June.                           | last June         | 2016-06
            Sales fell in 2016.                                | 2016              | 2016
            He resigned last week.                             | last week         | 2016-W40
            She left three days ago.                           | three days ago    | 2016-10-07
            He said it yesterday.                              | yesterday         | 2016-10-09
            He ran the club for three years.                   | three years       | P3Y
            The market opens every Monday.                     | every Monday      | XXXX-WXX-1
            The meeting starts at 3:30 pm.                     | 3:30 pm           | 2016-10-10T15:30
            Rates stay unchanged until at least 2022.          | 2022              | 2022
            It happened on 3 October.                          | 3 October         | 2016-10-03
            """)
    void tagsAndResolves(String text, String span, String value) {
        List<TimeExpression> all = TimeTagger.forLanguage("en").tag(text.strip(), DCT);
        List<TimeExpression> hits = all.stream().filter(t -> t.text().text().equals(span.strip())).toList();
        assertEquals(1, hits.size(), all.toString());
        assertEquals(value.strip(), hits.get(0).value());
    }

    @Test
    void mayTheVerbIsNotAMonth() {
        List<TimeExpression> all = TimeTagger.forLanguage("en").tag("Prices may rise, they may fall.", DCT);
        assertTrue(all.isEmpty(), all.toString());
    }

    @Test
    void languageComesFromTheArticle() {
        Article en = Article.compose("Talks", null, List.of("The leaders met yesterday.")).withLanguage("en", 0.99);
        List<TimeExpression> times = new TimeStage(DCT).process(en).times();
        assertEquals(1, times.size());
        assertEquals("2016-10-09", times.get(0).value());
        Article fr = Article.compose("Talks", null, List.of("The leaders met yesterday.")); // no language: French
        assertTrue(new TimeStage(DCT).process(fr).times().isEmpty());
    }
}
