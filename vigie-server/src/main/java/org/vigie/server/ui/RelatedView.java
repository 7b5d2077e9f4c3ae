package org.vigie.server.ui;

import static org.vigie.server.ui.Html.esc;
import static org.vigie.server.ui.Html.url;

import java.util.stream.Collectors;
import org.vigie.corpus.related.RelatedArticle;
import org.vigie.corpus.related.RelatedResult;
import org.vigie.corpus.related.SharedEntity;

/**
 * The "Related coverage" section of a stored article's page: the other articles about the same
 * thing, best first, each a link to its page with its site, date, whether it came earlier or
 * later (when both are dated), how much they have in common and the entities both name. Titles,
 * sites and names are scraped: all escaped.
 */
final class RelatedView {

    private RelatedView() {
    }

    static String render(RelatedResult r) {
        StringBuilder b = new StringBuilder("<section class=\"related\"><h2>Related coverage</h2>");
        if (r.from() != null) {
            b.append("<p class=\"note\">Published ").append(esc(r.from())).append(" to ").append(esc(r.to())).append("</p>");
        }
        if (r.related().isEmpty()) {
            b.append("<p>No related article").append(r.from() == null ? "" : " in this window").append(".</p>");
            return b.append("</section>").toString();
        }
        b.append("<ol>");
        for (RelatedArticle h : r.related()) {
            b.append("<li><a href=\"/articles/").append(url(h.id())).append("\">").append(esc(h.title())).append("</a>");
            if (h.site() != null) b.append(" <span class=\"site\">").append(esc(h.site())).append("</span>");
            if (h.date() != null) b.append(" <time>").append(esc(h.date())).append("</time>");
            // one of the two has no date: an absent date says it, and "undated" beside a date would not
            if (h.when() != RelatedArticle.When.UNDATED) {
                b.append(" <span class=\"when when-").append(h.when().json()).append("\">").append(label(h.when())).append("</span>");
            }
            b.append(String.format(java.util.Locale.ROOT, " <span class=\"similarity\" title=\"its score as a share of this"
                    + " article's own score for the same words\">%.0f %%</span>", 100 * h.similarity()));
            if (!h.sharedEntities().isEmpty()) {
                b.append("<br><span class=\"shared\">").append(esc(h.sharedEntities().stream().map(SharedEntity::name)
                        .collect(Collectors.joining(", ")))).append("</span>");
            }
            b.append("</li>");
        }
        return b.append("</ol></section>").toString();
    }

    private static String label(RelatedArticle.When when) {
        return switch (when) {
            case EARLIER -> "earlier";
            case LATER -> "later";
            case SAME_TIME -> "same time";
            case UNDATED -> throw new IllegalArgumentException("no label for " + when);
        };
    }
}
