package org.vigie.bench.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Origin;
import org.vigie.core.read.RawDocument;
import org.vigie.ingest.html.Block;
import org.vigie.ingest.html.ExtractedPage;
import org.vigie.ingest.html.HtmlReader;

/** Prints what Vigie extracts from one HTML file: metadata, then one line per block with its kind. */
public final class ShowExtraction {

    private ShowExtraction() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ShowExtraction <page.html[.gz]> [url]");
            System.exit(2);
        }
        String url = args.length > 1 ? args[1] : null;
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        Metadata known = url == null ? Metadata.EMPTY : Metadata.EMPTY.withUrl(url);
        ExtractedPage p = new HtmlReader().extract(new RawDocument(bytes, new Origin(args[0], null, url), null, known));
        System.out.println("title:      " + p.title());
        System.out.println("standfirst: " + p.standfirst());
        System.out.println("metadata:   " + p.metadata());
        for (Block b : p.blocks()) {
            String t = b.text();
            System.out.println(String.format("%-11s ", b.kind()) + (t.length() > 160 ? t.substring(0, 157) + "..." : t));
        }
    }
}
