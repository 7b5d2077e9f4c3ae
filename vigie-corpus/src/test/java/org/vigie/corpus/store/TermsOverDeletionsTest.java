package org.vigie.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.corpus.Samples;
import org.vigie.corpus.analysis.FieldAnalyzer;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.terms.CorpusTerms;
import org.vigie.corpus.terms.SignificantTerm;
import org.vigie.corpus.terms.SignificantTerms;
import org.vigie.corpus.terms.TermsRequest;

/**
 * The words that stand out over an index whose updated articles left their old versions behind
 * as deleted documents (Lucene keeps them, and counts them in its document frequencies, until a
 * merge): the answer is the one of an index that never held them. Merges are off here, since on a
 * small index Lucene would merge the deletions away at the first commit.
 */
class TermsOverDeletionsTest {

    static CorpusSearcher index(List<Article> articles, List<Article> updatedAgain) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig c = new IndexWriterConfig(FieldAnalyzer.INSTANCE).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter w = new IndexWriter(dir, c)) {
            for (Article a : articles) w.addDocument(ArticleDocuments.toDocument(a, ArticleJson.toJson(a)));
            w.commit();
            for (Article a : updatedAgain) w.updateDocument(new Term(Fields.ID, a.id()), ArticleDocuments.toDocument(a, ArticleJson.toJson(a)));
            w.commit();
        }
        return new CorpusSearcher(DirectoryReader.open(dir));
    }

    static CorpusSearcher clean() throws IOException {
        return index(Samples.orangesum(), List.of());
    }

    @Test
    void oldVersionsOfUpdatedArticlesDoNotCount() throws IOException {
        List<Article> french = Samples.orangesum();
        List<Article> updated = french.stream().filter(a -> french.indexOf(a) % 3 == 0).toList();
        CorpusSearcher withDeletions = index(french, updated);
        assertTrue(withDeletions.getIndexReader().hasDeletions(), "the old versions are still in the index");
        assertFalse(clean().getIndexReader().hasDeletions());
        TermsRequest request = new TermsRequest(SearchRequest.builder("Paris OR municipales").build(), 20, 2_000, 2);
        SignificantTerms expected = CorpusTerms.of(clean(), request);
        SignificantTerms t = CorpusTerms.of(withDeletions, request);
        assertFalse(expected.terms().isEmpty());
        assertEquals(expected.matched(), t.matched());
        // every word listed has the counts and score it has in an index that never held the old
        // versions; the list is the same down to where scores tie at its end (2 matches of 7, none
        // of the rest: which of those tied words fill the last places depends on what was estimated)
        Map<String, SignificantTerm> clean = new HashMap<>();
        for (SignificantTerm e : CorpusTerms.of(clean(), new TermsRequest(request.search(), 1_000, request.sample(), request.minArticles())).terms()) clean.put(e.term(), e);
        for (SignificantTerm x : t.terms()) assertEquals(clean.get(x.term()), x, "counted as without the old versions");
        double tie = expected.terms().get(expected.terms().size() - 1).score();
        assertEquals(expected.terms().stream().filter(x -> x.score() > tie).toList(),
                t.terms().stream().filter(x -> x.score() > tie).toList());
    }
}
