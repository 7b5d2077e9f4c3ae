package org.vigie.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigie.core.model.Article;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.corpus.Corpus;
import org.vigie.ingest.dump.DumpReader;
import org.vigie.ingest.html.HtmlReader;
import org.vigie.ingest.language.LanguageStage;
import org.vigie.nlp.NlpPipelines;
import org.vigie.nlp.signals.SignalStages;

/** A corpus for server tests: the sample page and a hostile page, through the real pipeline. */
final class TestCorpus {

    static final String HOSTILE = "Alerte <script>alert(1)</script> à Alep\n\n"
            + "Un texte <img src=x onerror=alert(2)> qui contient du balisage hostile à Alep.\n"
            + "Le président Vladimir Poutine a parlé à Moscou.\n";

    static final Pipeline PIPELINE = Pipeline.of(new LanguageStage())
            .then(NlpPipelines.standard(LocalDate.parse("2016-10-10"), SignalStages.Options.defaults().withoutSpellChecker()));

    static final ArticleReader DUMP = new DumpReader();
    static final ArticleReader HTML = new HtmlReader();

    static Path repoFile(String rel) {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("samples"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("repository root not found");
        return p.resolve(rel);
    }

    static ServerConfig config(Corpus corpus, String token, boolean openReads, long maxBody) {
        return new ServerConfig(corpus, () -> PIPELINE,
                mime -> switch (mime) {
                    case "text/plain" -> DUMP;
                    case "text/html" -> HTML;
                    default -> null;
                }, token, openReads, maxBody);
    }

    /** Stores the sample and the hostile page; returns their ids (sample first). */
    static List<String> fill(Corpus corpus) throws Exception {
        List<Article> articles = new ArrayList<>();
        byte[] sample = Files.readAllBytes(repoFile("samples/aleppo-putin-erdogan.txt"));
        articles.add(PIPELINE.process(DUMP.read(RawDocument.of(sample, "aleppo-putin-erdogan.txt")).get(0)));
        articles.add(PIPELINE.process(DUMP.read(RawDocument.of(HOSTILE.getBytes(StandardCharsets.UTF_8), "hostile.txt")).get(0)));
        corpus.ingest(articles);
        return articles.stream().map(Article::id).toList();
    }

    private TestCorpus() {
    }
}
