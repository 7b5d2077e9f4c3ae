package org.vigie.nlp.quotes;

import java.util.Set;

/**
 * The reporting verbs that cue quotations ({@code cue-verbs.txt}), for other capabilities that
 * read attributions: the register signal tells the narrative present of an incise ("» explique le
 * maire") from the passé composé of reports with the same verbs the quote stage recognises.
 */
public final class ReportingVerbs {

    private ReportingVerbs() {
    }

    /** The one-word third-person present forms, lower case ("explique", "expliquent", "conclut"). */
    public static Set<String> present() {
        return CueLexicon.get().oneWordForms(CueLexicon.Tense.PRESENT);
    }
}
