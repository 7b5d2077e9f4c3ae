package org.vigie.server.ui;

import static org.vigie.server.ui.Html.esc;

import org.vigie.core.model.Article;
import org.vigie.core.model.Skipped;

/**
 * The layers an article was not analysed for, one short note each ("Entities not analysed: no
 * entity model for German (de)"), so that an empty layer on the page is not read as "nothing
 * found". Layer names and reasons are stored data: escaped like scraped text.
 */
final class SkippedView {

    private SkippedView() {
    }

    /** The notes as one paragraph list, or "" when every layer was analysed. */
    static String render(Article a) {
        if (a.skipped().isEmpty()) return "";
        StringBuilder b = new StringBuilder("<section class=\"skipped\"><h2>Not analysed</h2><ul>");
        for (Skipped s : a.skipped()) {
            b.append("<li>").append(esc(label(s.layer()))).append(" not analysed: ").append(esc(s.reason())).append("</li>");
        }
        return b.append("</ul></section>").toString();
    }

    /** "Entities", "Quotes", "Times"; "Signal satirical-register" for {@code signals:satirical-register}. */
    static String label(String layer) {
        if (layer.startsWith("signals:")) return "Signal " + layer.substring("signals:".length());
        if (layer.isEmpty()) return layer;
        return Character.toUpperCase(layer.charAt(0)) + layer.substring(1);
    }
}
