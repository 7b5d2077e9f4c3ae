package org.vigie.nlp.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP pipelines, built once per JVM for each distinct configuration. Loading the French CRF
 * takes seconds and ~1 GB, so every stage asking for the same properties shares one instance.
 * {@link StanfordCoreNLP#annotate} is safe to call from many threads for the annotators we use
 * (tokenize, ssplit, ner: the CRF keeps no per-call state in the classifier).
 */
public final class CoreNlpModels {

    private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

    private CoreNlpModels() {
    }

    /** The Maven artifact (classifier of stanford-corenlp) holding each NER model Vigie reads. */
    private static final Map<String, String> MODEL_ARTIFACTS = Map.of(
            "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz", "models-french",
            "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz", "models",
            "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz", "models-german",
            "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz", "models-spanish");

    /**
     * The shared pipeline for {@code props}; the first call for a configuration loads the models.
     *
     * @throws IllegalStateException when the NER model is on neither the classpath nor the file
     *                               system, naming the artifact that holds it (CoreNLP's own error
     *                               says only that it could not load the classifier)
     */
    public static StanfordCoreNLP pipeline(Properties props) {
        requireModel(props.getProperty("ner.model"));
        return PIPELINES.computeIfAbsent(key(props), k -> new StanfordCoreNLP(copy(props)));
    }

    private static void requireModel(String model) {
        if (model == null || model.contains(",")) return;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (StanfordCoreNLP.class.getClassLoader().getResource(model) != null
                || (context != null && context.getResource(model) != null) || new java.io.File(model).isFile()) {
            return;
        }
        String artifact = MODEL_ARTIFACTS.get(model);
        throw new IllegalStateException("CoreNLP model " + model + " is not on the classpath"
                + (artifact == null ? "" : ": it comes in edu.stanford.nlp:stanford-corenlp:" + artifact
                        + " (a jar built before that dependency was added does not list it: rebuild)"));
    }

    /** Properties for the cheapest pipeline French NER needs: no MWT, no POS, no SUTime. */
    public static Properties frenchNer() {
        return cheapNer("fr", "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz");
    }

    /**
     * Properties for the cheapest pipeline English NER needs: the CoNLL 4-class CRF (PER, LOC,
     * ORG, MISC: the French WikiNER model's types), no POS (the CRF reads words and distributional
     * similarity classes only), no numeric classifiers, no SUTime, no fine-grained (regexner) pass.
     */
    public static Properties englishNer() {
        return cheapNer("en", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    }

    /**
     * Properties for the cheapest pipeline German NER needs, with the tokenizer settings of CoreNLP's
     * own StanfordCoreNLP-german.properties: German tokenization (hyphenated compounds split,
     * "Nordrhein - Westfalen", as the CRF was trained) and its post-processor, which keeps an
     * ordinal's dot with its number ("am 3. Oktober" is no sentence end). No MWT ("zum" stays one
     * token, as French "du": expansion gives two tokens the same offsets) and no POS: the German
     * distsim CRF reads words, shapes and distributional classes only.
     */
    public static Properties germanNer() {
        Properties p = cheapNer("de", "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz");
        p.setProperty("tokenize.postProcessor", "edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor");
        return p;
    }

    /**
     * Properties for the cheapest pipeline Spanish NER needs: Spanish tokenization as in CoreNLP's
     * StanfordCoreNLP-spanish.properties (tokenize.language=es), the default AnCora 4-class CRF
     * (PER, LOC, ORG, MISC); no MWT ("del", "dámelo" stay one token), no POS, no SUTime, no
     * numeric classifiers, no fine-grained (KBP regexner) pass.
     */
    public static Properties spanishNer() {
        return cheapNer("es", "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz");
    }

    /** Tokens, sentences and one CRF's tags: numeric classifiers, SUTime, fine-grained NER and mentions off. */
    private static Properties cheapNer(String language, String model) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("tokenize.language", language);
        // Paragraphs are separated by "\n": a sentence never crosses a paragraph or section.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.model", model);
        p.setProperty("ner.language", language);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    private static String key(Properties props) {
        Map<String, String> sorted = new TreeMap<>();
        for (String name : props.stringPropertyNames()) sorted.put(name, props.getProperty(name));
        return sorted.toString();
    }

    private static Properties copy(Properties props) {
        Properties p = new Properties();
        for (String name : props.stringPropertyNames()) p.setProperty(name, props.getProperty(name));
        return p;
    }
}
