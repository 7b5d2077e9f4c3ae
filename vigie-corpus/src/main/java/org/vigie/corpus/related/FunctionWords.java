package org.vigie.corpus.related;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.vigie.corpus.analysis.TextLanguage;
import org.vigie.corpus.store.Fields;

/**
 * Words that say nothing about what an article is about, as indexed (stemmed) in one language's
 * fields: Snowball's stop list of the language put through the index's own chain. The index keeps
 * them for English (Lucene's English stop set is 33 words: "were", "from", "who" are indexed), and
 * in a small corpus their idf is high enough for MoreLikeThis to pick them; a related-articles
 * query never should. Languages whose index chain already drops Snowball's list have none here,
 * but for French: Snowball's French list lacks the commonest forms of "être" and "avoir" ("a",
 * "est", "été"), which the index keeps and a small corpus let MoreLikeThis pick.
 */
final class FunctionWords {

    private static final Map<TextLanguage, Set<String>> CACHE = new EnumMap<>(TextLanguage.class);

    private FunctionWords() {
    }

    /** The function words of {@code language}'s fields, as indexed; empty when it has none to add. */
    static synchronized Set<String> of(TextLanguage language) {
        return CACHE.computeIfAbsent(language, FunctionWords::load);
    }

    /** Forms of "être" and "avoir" that Snowball's French stop list (the French fields' own) lacks. */
    private static final String FRENCH_AUXILIARIES = "a as est été être avoir";

    private static Set<String> load(TextLanguage language) {
        if (language == TextLanguage.FR) return indexed(language, List.of(FRENCH_AUXILIARIES.split(" ")));
        String list = switch (language) {
            case EN -> "english_stop.txt";
            default -> null;
        };
        if (list == null) return Set.of();
        try (InputStream in = SnowballFilter.class.getResourceAsStream(list)) {
            if (in == null) throw new IllegalStateException("no Snowball stop list " + list + " in lucene-analysis-common");
            CharArraySet words = WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> stop = new ArrayList<>();
            for (Object w : words) stop.add(new String((char[]) w));
            return indexed(language, stop);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code words} as {@code language}'s body field indexes them (stemmed; none for a word the chain drops). */
    private static Set<String> indexed(TextLanguage language, List<String> words) {
        Set<String> out = new HashSet<>();
        String field = Fields.text(Fields.TEXT_BODY, language);
        for (String w : words) {
            try (TokenStream ts = language.analyzer().tokenStream(field, w)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) out.add(term.toString());
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(out);
    }
}
