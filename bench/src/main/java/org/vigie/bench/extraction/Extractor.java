package org.vigie.bench.extraction;

import java.util.List;

/** A main-text extractor under evaluation: Vigie's, or a baseline library. */
interface Extractor {

    /** What an extractor returns for one page; {@code text} is the main text without the title. */
    record Output(String title, String text, List<String> authors, String date, int paragraphs) {
    }

    String name();

    Output extract(byte[] html, String url) throws Exception;
}
