package org.vigie.server.ui;

import static org.vigie.server.ui.Html.esc;
import static org.vigie.server.ui.Html.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.vigie.core.model.Article;
import org.vigie.core.model.Section;
import org.vigie.core.model.Span;
import org.vigie.corpus.reprints.Change;
import org.vigie.corpus.reprints.FamilyMember;
import org.vigie.corpus.reprints.ReprintFamily;

/**
 * A reprint family: members by date with the source marked, then each copy side by side with the
 * source, the words the copy added or replaced highlighted (figures of another value apart, with the
 * source's value on hover) and the source's dropped words struck.
 */
final class ReprintView {

    private ReprintView() {
    }

    static String render(ReprintFamily f, Article source, Function<String, Article> lookup) {
        StringBuilder b = new StringBuilder("<h1>Reprint family</h1><p class=\"meta\">")
                .append(f.size()).append(" copies of one text · earliest known source marked ★</p>");
        b.append("<table class=\"family\"><thead><tr><th scope=\"col\">date</th><th scope=\"col\">site</th>")
                .append("<th scope=\"col\">headline</th><th scope=\"col\">similarity</th><th scope=\"col\">changes</th></tr></thead><tbody>");
        for (FamilyMember m : f.members()) {
            boolean isSource = m.id().equals(f.sourceId());
            b.append("<tr").append(isSource ? " class=\"source\"" : "").append("><td>").append(isSource ? "★ " : "")
                    .append(esc(m.date() == null ? "no date" : m.date())).append("</td><td>").append(esc(m.site()))
                    .append("</td><td><a href=\"/articles/").append(url(m.id())).append("\">")
                    .append(esc(m.title() == null ? m.id() : m.title())).append("</a></td><td>")
                    .append(String.format(Locale.ROOT, "%.3f", m.similarity())).append("</td><td>");
            for (Change c : m.changes()) b.append("<span class=\"change\">").append(esc(c.kind().json())).append("</span> ");
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
        for (FamilyMember m : f.members()) {
            if (m.id().equals(f.sourceId())) continue;
            Article copy = lookup.apply(m.id());
            if (copy == null || source == null) continue;
            b.append("<section class=\"diff\"><h2>").append(esc(m.site() == null ? m.id() : m.site()))
                    .append(" vs the source</h2><div class=\"side-by-side\"><div><h3>Source</h3>")
                    .append(plain(source)).append("</div><div><h3>Copy</h3>").append(marked(copy, m.changes()))
                    .append("</div></div>");
            List<String> removed = new ArrayList<>();
            for (Change c : m.changes()) {
                for (String r : c.removed()) removed.add(c.kind().json() + ": " + r);
            }
            if (!removed.isEmpty()) {
                b.append("<h3>Dropped or replaced from the source</h3><ul class=\"removed\">");
                for (String r : removed) b.append("<li><del>").append(esc(r)).append("</del></li>");
                b.append("</ul>");
            }
            b.append("</section>");
        }
        return b.toString();
    }

    private static String plain(Article a) {
        return ArticleView.sections(a, List.of());
    }

    private static String marked(Article a, List<Change> changes) {
        List<ArticleView.Mark> marks = new ArrayList<>();
        for (Change c : changes) {
            // a changed figure is also an edited word: its own mark, on top, says what the source had
            boolean figure = c.kind() == Change.Kind.FIGURE_CHANGED;
            String tip = figure ? "figure changed · the source has " + String.join(", ", c.removed()) : c.kind().json();
            for (Span s : c.spans()) {
                if (s.matches(a.text())) marks.add(new ArticleView.Mark(s.start(), s.end(), figure ? "figure" : "added", tip, ""));
            }
        }
        return ArticleView.sections(a, marks);
    }

    static boolean isTitle(Section s) {
        return s.kind() == Section.Kind.TITLE;
    }
}
