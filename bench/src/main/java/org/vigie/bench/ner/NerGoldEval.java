package org.vigie.bench.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.corenlp.CoreNlpModels;

/**
 * CoreNLP's French CRF against NER gold of historical French newspapers (noisy OCR), printed for
 * reference: Europeana Newspapers (BnF, IO tags, one token per line, no sentence breaks) and
 * HIPE-2022 (TSV, BIO tags in NE-COARSE-LIT, EndOfSentence marks). The gold's tokens are kept
 * (whitespace tokenization, one sentence per line) so that only the tagger is judged. Scored on
 * PER, LOC and ORG (the types both sides have): strict = same span and type, partial = overlapping
 * span with the same type.
 *
 * <pre>
 * args: [ner dir, default ../shared/ner] [max tokens per file, default all]
 * </pre>
 */
public final class NerGoldEval {

    private static final int MAX_SENTENCE = 100;
    private static final List<EntityType> TYPES = List.of(EntityType.PER, EntityType.LOC, EntityType.ORG);

    /** A sentence of gold tokens with their gold types (null = outside) and whether each begins an entity. */
    record Sent(List<String> words, List<EntityType> types, List<Boolean> begins) {
    }

    record Ent(int sentence, int start, int end, EntityType type) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/ner");
        long max = args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE;
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("NER gold directory not found: " + dir.toAbsolutePath());
        Properties p = CoreNlpModels.frenchNer();
        p.setProperty("tokenize.whitespace", "true");
        p.setProperty("ssplit.eolonly", "true");
        p.remove("ssplit.newlineIsSentenceBreak");
        StanfordCoreNLP nlp = CoreNlpModels.pipeline(p);

        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(f -> f.toString().endsWith(".bio") || f.toString().endsWith(".tsv")).sorted().toList();
        }
        Prf[] all = {new Prf(), new Prf()};
        for (Path f : files) {
            List<Sent> gold = f.toString().endsWith(".bio") ? readBio(f, max) : readHipe(f, max);
            List<List<EntityType>> predicted = tag(nlp, gold);
            Prf[] score = score(gold, predicted);
            long tokens = gold.stream().mapToLong(s -> s.words().size()).sum();
            System.out.printf(Locale.ROOT, "%-45s %7d tokens  strict %s%n%-45s %7s         partial %s%n",
                    dir.relativize(f), tokens, score[0], "", "", score[1]);
            for (int k = 0; k < 2; k++) all[k].add(score[k].tp, score[k].predicted, score[k].gold);
        }
        System.out.println();
        System.out.println("all files, PER+LOC+ORG, micro: strict  " + all[0]);
        System.out.println("all files, PER+LOC+ORG, micro: partial " + all[1]);
    }

    /** Europeana: "token TAG" per line, IO tags, no sentence breaks: cut after . ! ? or at MAX_SENTENCE. */
    static List<Sent> readBio(Path f, long max) throws IOException {
        List<Sent> out = new ArrayList<>();
        Sent cur = newSent();
        long n = 0;
        int lineNo = 0;
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                cur = flush(out, cur);
                continue;
            }
            int sp = line.lastIndexOf(' ');
            if (sp <= 0) throw new IllegalArgumentException(f + ":" + lineNo + ": expected 'token TAG'");
            String word = line.substring(0, sp);
            String tag = line.substring(sp + 1);
            add(cur, word, tag);
            if (++n >= max) break;
            if (word.equals(".") || word.equals("!") || word.equals("?") || cur.words().size() >= MAX_SENTENCE) {
                cur = flush(out, cur);
            }
        }
        flush(out, cur);
        return out;
    }

    /** HIPE-2022 TSV: TOKEN, NE-COARSE-LIT, ...; MISC (last column) carries EndOfSentence. */
    static List<Sent> readHipe(Path f, long max) throws IOException {
        List<Sent> out = new ArrayList<>();
        Sent cur = newSent();
        long n = 0;
        int lineNo = 0;
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.startsWith("#")) {
                if (line.contains("document_id")) cur = flush(out, cur);
                continue;
            }
            if (line.isBlank() || line.startsWith("TOKEN\t")) continue;
            String[] c = line.split("\t", -1);
            if (c.length < 2) throw new IllegalArgumentException(f + ":" + lineNo + ": expected TSV with TOKEN and NE-COARSE-LIT");
            add(cur, c[0], c[1]);
            if (++n >= max) break;
            if (c[c.length - 1].contains("EndOfSentence") || cur.words().size() >= MAX_SENTENCE) cur = flush(out, cur);
        }
        flush(out, cur);
        return out;
    }

    private static Sent newSent() {
        return new Sent(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    private static Sent flush(List<Sent> out, Sent cur) {
        if (!cur.words().isEmpty()) out.add(cur);
        return newSent();
    }

    private static void add(Sent s, String word, String tag) {
        String w = word.replaceAll("\\s+", "_");
        s.words().add(w.isEmpty() ? "_" : w);
        EntityType t = goldType(tag);
        s.types().add(t);
        s.begins().add(tag.startsWith("B-"));
    }

    /** pers/PER -> PER, loc/LOC -> LOC, org/ORG -> ORG; prod, time, HumanProd, ... -> MISC. */
    static EntityType goldType(String tag) {
        if (tag.equals("O") || tag.equals("_") || tag.isEmpty()) return null;
        String t = tag.startsWith("B-") || tag.startsWith("I-") ? tag.substring(2) : tag;
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "pers", "per", "person" -> EntityType.PER;
            case "loc", "location" -> EntityType.LOC;
            case "org", "organization", "organisation" -> EntityType.ORG;
            default -> EntityType.MISC;
        };
    }

    private static List<List<EntityType>> tag(StanfordCoreNLP nlp, List<Sent> gold) {
        List<List<EntityType>> out = new ArrayList<>();
        int batch = 200;
        for (int from = 0; from < gold.size(); from += batch) {
            List<Sent> part = gold.subList(from, Math.min(gold.size(), from + batch));
            StringBuilder text = new StringBuilder();
            for (Sent s : part) text.append(String.join(" ", s.words())).append('\n');
            Annotation doc = new Annotation(text.toString());
            nlp.annotate(doc);
            List<CoreMap> sents = doc.get(CoreAnnotations.SentencesAnnotation.class);
            if (sents.size() != part.size()) {
                throw new IllegalStateException("sentence count changed: " + part.size() + " -> " + sents.size());
            }
            for (int i = 0; i < sents.size(); i++) {
                List<CoreLabel> toks = sents.get(i).get(CoreAnnotations.TokensAnnotation.class);
                if (toks.size() != part.get(i).words().size()) {
                    throw new IllegalStateException("token count changed in " + part.get(i).words());
                }
                List<EntityType> types = new ArrayList<>();
                for (CoreLabel t : toks) types.add(EntityType.fromTag(t.ner()));
                out.add(types);
            }
        }
        return out;
    }

    private static List<Ent> spans(int sentence, List<EntityType> types, List<Boolean> begins) {
        List<Ent> out = new ArrayList<>();
        int i = 0;
        while (i < types.size()) {
            EntityType t = types.get(i);
            if (t == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < types.size() && types.get(j) == t && (begins == null || !begins.get(j))) j++;
            if (TYPES.contains(t)) out.add(new Ent(sentence, i, j, t));
            i = j;
        }
        return out;
    }

    private static Prf[] score(List<Sent> gold, List<List<EntityType>> predicted) {
        Prf strict = new Prf();
        Prf partial = new Prf();
        for (int s = 0; s < gold.size(); s++) {
            List<Ent> g = spans(s, gold.get(s).types(), gold.get(s).begins());
            List<Ent> p = spans(s, predicted.get(s), null);
            int exact = 0;
            for (Ent e : p) {
                if (g.contains(e)) exact++;
            }
            boolean[] used = new boolean[g.size()];
            int overlap = 0;
            for (Ent e : p) {
                for (int k = 0; k < g.size(); k++) {
                    Ent x = g.get(k);
                    if (!used[k] && x.type() == e.type() && x.start() < e.end() && e.start() < x.end()) {
                        used[k] = true;
                        overlap++;
                        break;
                    }
                }
            }
            strict.add(exact, p.size(), g.size());
            partial.add(overlap, p.size(), g.size());
        }
        return new Prf[] {strict, partial};
    }
}
