package org.vigie.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.vigie.core.model.Article;
import org.vigie.core.model.Section;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Token;
import org.vigie.core.pipeline.Stage;

/**
 * The shared token layer: tokenizes, splits sentences and tags named entities once, with
 * CoreNLP, and stores the result as {@link Sentence}s of {@link Token}s whose offsets are exact
 * UTF-16 offsets into {@link Article#text()} (which only holds title, standfirst and body, never
 * ids or boilerplate). Later stages (entities, quotes, times) read this layer instead of
 * tokenizing again.
 *
 * <p>French multi-word tokens ("du" = "de le") are not expanded: expansion gives two tokens the
 * same offsets and NER does not need it.
 */
public final class CoreNlpTokens implements Stage {

    private final Properties properties;
    /** The shared pipeline, looked up on first use (the lookup keys on all the properties). */
    private volatile StanfordCoreNLP nlp;

    public CoreNlpTokens(Properties properties) {
        this.properties = properties;
    }

    /** Tokenize + ssplit + the French 4-class CRF (PER, LOC, ORG, MISC). */
    public static CoreNlpTokens french() {
        return new CoreNlpTokens(CoreNlpModels.frenchNer());
    }

    /** Tokenize + ssplit + the English CoNLL 4-class CRF (PER, LOC, ORG, MISC). */
    public static CoreNlpTokens english() {
        return new CoreNlpTokens(CoreNlpModels.englishNer());
    }

    /** Tokenize (German rules and ordinals) + ssplit + the German distsim CRF (PER, LOC, ORG, MISC). */
    public static CoreNlpTokens german() {
        return new CoreNlpTokens(CoreNlpModels.germanNer());
    }

    /** Tokenize (Spanish rules) + ssplit + the Spanish AnCora CRF (PER, LOC, ORG, MISC). */
    public static CoreNlpTokens spanish() {
        return new CoreNlpTokens(CoreNlpModels.spanishNer());
    }

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public Article process(Article article) {
        return article.withSentences(sentences(article.text(), article.sections()));
    }

    /** Loads the models now rather than on the first article (for servers and benchmarks). */
    public CoreNlpTokens warm() {
        nlp();
        return this;
    }

    /**
     * The CoreNLP pipeline this stage annotates with (shared per configuration, loaded on first
     * use): what a benchmark must time alone to compare like for like with this stage.
     */
    public StanfordCoreNLP pipeline() {
        return nlp();
    }

    private StanfordCoreNLP nlp() {
        StanfordCoreNLP p = nlp;
        if (p == null) nlp = p = CoreNlpModels.pipeline(properties);
        return p;
    }

    /**
     * Sentences of {@code text}, cut again at every section boundary in case a section is not
     * separated from the next by a newline.
     */
    public List<Sentence> sentences(String text, List<Section> sections) {
        if (text.isBlank()) return List.of();
        Annotation doc = new Annotation(text);
        nlp().annotate(doc);
        List<Sentence> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            int section = -1;
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                int start = t.beginPosition();
                int end = t.endPosition();
                if (start < 0 || end > text.length() || end <= start) continue;
                int sec = sectionOf(sections, start);
                if (!tokens.isEmpty() && sec != section) {
                    out.add(sentence(tokens));
                    tokens = new ArrayList<>();
                }
                section = sec;
                String ner = t.ner();
                tokens.add(new Token(start, end, text.substring(start, end), ner == null ? "O" : ner, null, null));
            }
            if (!tokens.isEmpty()) out.add(sentence(tokens));
        }
        return out;
    }

    private static Sentence sentence(List<Token> tokens) {
        return new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens);
    }

    private static int sectionOf(List<Section> sections, int offset) {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (offset >= s.start() && offset < s.end()) return i;
        }
        return -1;
    }
}
