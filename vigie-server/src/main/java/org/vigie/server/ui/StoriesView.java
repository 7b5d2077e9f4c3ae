package org.vigie.server.ui;

import static org.vigie.server.ui.Html.esc;
import static org.vigie.server.ui.Html.url;

import org.vigie.corpus.CorpusStories;

/**
 * The stories of a day: each cluster with its key terms, its articles by date (one per reprint
 * family, linked to the article page) and the entities its articles share (linked to the entity page).
 */
final class StoriesView {

    private StoriesView() {
    }

    /** The date form, then the day's stories when {@code day} is not null. */
    static String render(String date, int minSize, CorpusStories.Day day) {
        StringBuilder b = new StringBuilder("<h1>Stories</h1>")
                .append("<form class=\"search\" action=\"/stories\" method=\"get\">")
                .append("<label for=\"date\">Day</label> <input id=\"date\" name=\"date\" type=\"date\" value=\"")
                .append(esc(date)).append("\"> <label for=\"min_size\">at least</label> ")
                .append("<input id=\"min_size\" name=\"min_size\" type=\"number\" min=\"1\" value=\"").append(minSize)
                .append("\"> articles <button type=\"submit\">Show</button></form>");
        if (day == null) return b.toString();
        b.append("<p class=\"meta\">").append(day.stories().size()).append(day.stories().size() == 1 ? " story" : " stories")
                .append(" on ").append(esc(day.date())).append(", clustered from ").append(day.articles())
                .append(" articles of ").append(esc(day.from())).append(" to ").append(esc(day.to()))
                .append(" (one per reprint family)").append(day.truncated() ? "; the window held more articles than were read" : "")
                .append(". Computed on demand.</p>");
        for (CorpusStories.StoryView s : day.stories()) {
            b.append("<section class=\"story\"><h2>").append(esc(String.join(" · ", s.terms()))).append(" <span class=\"n\">")
                    .append(s.size()).append(" articles</span></h2><ol class=\"hits\">");
            for (CorpusStories.Member m : s.members()) {
                b.append("<li><a href=\"/articles/").append(url(m.id())).append("\">")
                        .append(esc(m.title() == null || m.title().isBlank() ? m.id() : m.title())).append("</a> <span class=\"meta\">")
                        .append(esc(m.date() == null ? "no date" : m.date())).append(' ').append(esc(m.site() == null ? "" : m.site()))
                        .append("</span></li>");
            }
            b.append("</ol>");
            if (!s.sharedEntities().isEmpty()) {
                b.append("<p class=\"meta\">Shared: ");
                boolean first = true;
                for (CorpusStories.SharedEntity e : s.sharedEntities()) {
                    if (!first) b.append(", ");
                    first = false;
                    String name = esc(e.name()) + " (" + e.articles() + ")";
                    if (e.entityId() == null) {
                        b.append(name);
                    } else {
                        b.append("<a href=\"/entities/").append(url(e.entityId())).append("\">").append(name).append("</a>");
                    }
                }
                b.append("</p>");
            }
            b.append("</section>");
        }
        return b.toString();
    }
}
