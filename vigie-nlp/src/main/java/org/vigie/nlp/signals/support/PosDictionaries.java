package org.vigie.nlp.signals.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import morfologik.stemming.Dictionary;

/** LanguageTool's morphological dictionaries ({@code french-pos-dict}, {@code english-pos-dict}), read from the class path. */
final class PosDictionaries {

    private PosDictionaries() {
    }

    /** The dictionary at {@code resource} (".dict" with its ".info" beside it); fails loudly when the artifact is missing. */
    static Dictionary read(String resource) {
        URL url = PosDictionaries.class.getResource(resource);
        if (url == null) throw new IllegalStateException("morphological dictionary not on the class path: " + resource);
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
