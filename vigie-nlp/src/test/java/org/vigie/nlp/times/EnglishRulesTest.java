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

    /**
     * Sentences of English news pages of the scrapinghub article-extraction benchmark (MIT, see
     * bench/src/main/resources/times-en), with their pages' dates: one per rule added after the
     * English gold's dev set.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-11-19 | In the coming weeks, South Dakotans will see the campaign in various media.                           | the coming weeks    | PXW
            2019-11-18 | The group formed in recent weeks and sent a letter to management earlier this month.                 | recent weeks        | PXW
            2019-11-18 | The group formed in recent weeks and sent a letter to management earlier this month.                 | earlier this month  | 2019-11
            2019-11-18 | WeWork employees have waited weeks to hear notice of the layoffs.                                    | weeks               | PXW
            2019-11-19 | Their release came hours after the Afghan government freed three Taliban prisoners.                  | hours               | PTXH
            2019-11-19 | It was down for four straight years, down well over 60%.                                             | four straight years | P4Y
            2019-11-20 | Milley told US media this month that its forces are likely to remain for several more years.        | several more years  | PXY
            2019-11-19 | The state paid a Minnesota ad agency just short of $449,000 this fall for their work.                | this fall           | 2019-FA
            2019-11-19 | Experts expect rates to remain low toward the end of the year.                                       | the end of the year | 2019
            2019-11-19 | They were abducted in August 2016. The next year, the Taliban released two videos of them.          | The next year       | 2017
            2019-11-19 | Dealers last year sold 303,417 new vehicles, up 4 percent from the previous year.                    | the previous year   | 2017
            2019-11-19 | The rate averaged 5.7 percent in October, down from 6.2 percent a year earlier.                     | a year earlier      | 2018
            2019-11-19 | "People are a little more cautious," he said, adding, "2019 is just not as strong as 2018."          | 2019                | 2019
            2019-11-19 | Fleet sales are still down from the March high of 21.8 percent.                                      | March               | 2019-03
            2019-11-18 | A planned all-hands meeting will be postponed from Tuesday to Friday.                                | Tuesday             | 2019-11-19
            2019-11-18 | A planned all-hands meeting will be postponed from Tuesday to Friday.                                | Friday              | 2019-11-22
            2019-11-19 | Ride-hailing became a little less consumer-friendly a few years later.                               | a few years later   | FUTURE_REF
            2019-11-19 | Two months later, he died of natural causes.                                                         | Two months later    | XXXX-XX
            """)
    void englishNewsSentences(String dct, String text, String span, String value) {
        List<TimeExpression> all = TimeTagger.forLanguage("en").tag(text.strip(), LocalDate.parse(dct.strip()));
        List<TimeExpression> hits = all.stream().filter(t -> t.text().text().equals(span.strip())).toList();
        assertEquals(1, hits.size(), all.toString());
        assertEquals(value.strip(), hits.get(0).value());
    }

    /** A fraction, a model number, a clock time and a plural with no time cue: nothing to tag. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Fed's decision to cut its benchmark rate by a quarter-point should keep rates low.
            The graphics are very similar to the RTX 2060 in raw performance.
            Talks resume at 1930 GMT in Doha.
            The shop changed its opening hours and its prices.
            Richardson, via USA Today, said that Rudolph "can't antagonize a fight and then claim bullying."
            """)
    void notTimes(String text) {
        List<TimeExpression> all = TimeTagger.forLanguage("en").tag(text.strip(), LocalDate.of(2019, 11, 19));
        assertTrue(all.isEmpty(), all.toString());
    }

    /**
     * Periods that end at the document date are durations, as the gold and TIMEX3 read them ("the
     * past week" P1W); a weekday in a future clause is the coming one even when an attribution in
     * the past follows it. Sentences of scrapinghub pages (MIT), the first two with their gold dates.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-11-18 | WeWork’s 2025 bond has weakened sharply in the past week, hitting 16.057% on Monday.                                 | the past week      | P1W
            2019-11-18 | Next steps to shape the company’s future will be divulged in an all-company meeting on Friday, Claure said in the email. | Friday             | 2019-11-22
            2019-11-18 | Bloomberg News reported on Friday that WeWork is facing scrutiny from the U.S. Securities and Exchange Commission.     | Friday             | 2019-11-15
            2019-11-19 | "The mission of the campaign is to raise awareness," Noem told the Argus Leader Monday afternoon.                | Monday afternoon   | 2019-11-18TAF
            2019-11-20 | Protesters have tried to block the fuel facility over the last five days in an attempt to shut down operations.     | the last five days | P5D
            2019-11-20 | The northern Sierra Nevada has seen a fraction of an inch of rain in the past two months, he said.                   | the past two months | P2M
            2019-11-20 | Negotiations between the London side and Mourinho's representatives intensified over the last few days.              | the last few days  | PXD
            2019-11-20 | I found out 46 people visited my profile in the last week.                                                            | the last week      | P1W
            2019-11-20 | We also saw gadgets from tech companies that made a splash over the past year.                                       | the past year      | P1Y
            """)
    void periodsEndingNowAndComingWeekdays(String dct, String text, String span, String value) {
        englishNewsSentences(dct, text, span, value);
    }

    @Test
    void aTimeWordInsideANameIsNoTime() {
        assertTrue(EnglishRules.insideName("via USA Today, said", 8));
        assertTrue(!EnglishRules.insideName("He said. Today we vote", 9));
        // a title-case headline capitalises every word: its "Today" is still read
        List<TimeExpression> all = TimeTagger.forLanguage("en").tag("Sondland Testifies Today Before Congress", DCT);
        assertEquals(List.of("2016-10-10"), all.stream().map(TimeExpression::value).toList());
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
