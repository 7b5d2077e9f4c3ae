package org.vigie.server.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Section;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Span;
import org.vigie.core.model.TimeExpression;

/**
 * Renders an article's canonical text with its span layers highlighted. Spans may overlap, so the
 * text is cut at every span boundary and each piece carries the classes of the spans covering it;
 * the text itself is always escaped.
 */
public final class ArticleView {

    /** One highlighted range: CSS classes, a tooltip and data attributes. */
    record Mark(int start, int end, String cls, String tip, String data) {
    }

    private ArticleView() {
    }

    static List<Mark> marks(Article a) {
        List<Mark> marks = new ArrayList<>();
        for (Entity e : a.entities()) {
            String tip = e.type() + " · " + e.canonical() + PlacesView.tip(e);
            String data = "data-entity=\"" + Html.esc(e.canonical()) + "\"";
            for (Span m : e.mentions()) marks.add(new Mark(m.start(), m.end(), "ent ent-" + e.type(), tip, data));
        }
        int qi = 0;
        for (Quote q : a.quotes()) {
            String who = q.speaker() == null ? "?" : q.speaker().canonical();
            String kind = q.kind().json();
            marks.add(new Mark(q.text().start(), q.text().end(), "quote quote-" + kind,
                    kind + " quote · " + who, "data-quote=\"" + qi + "\" data-speaker=\"" + Html.esc(who) + "\""));
            if (q.cue() != null) marks.add(new Mark(q.cue().start(), q.cue().end(), "cue", "cue of quote " + (qi + 1), ""));
            if (q.speakerMention() != null) {
                marks.add(new Mark(q.speakerMention().start(), q.speakerMention().end(), "speaker", "speaker · " + who, ""));
            }
            qi++;
        }
        for (TimeExpression t : a.times()) {
            marks.add(new Mark(t.text().start(), t.text().end(), "time",
                    t.type() + " " + t.value() + (t.resolvedFrom() == null ? "" : " (" + t.resolvedFrom() + ")"),
                    "data-value=\"" + Html.esc(t.value()) + "\""));
        }
        for (Signal s : a.signals()) {
            for (Span ev : s.evidence()) {
                marks.add(new Mark(ev.start(), ev.end(), "signal", s.kind() + ": " + s.explanation(),
                        "data-signal=\"" + Html.esc(s.kind()) + "\""));
            }
        }
        return marks;
    }

    /** The article's text, section by section, with every layer highlighted. */
    public static String text(Article a) {
        return sections(a, marks(a));
    }

    /** The article's sections with the given marks. */
    static String sections(Article a, List<Mark> marks) {
        StringBuilder b = new StringBuilder("<div class=\"article-text\">");
        for (Section s : a.sections()) {
            String tag = switch (s.kind()) {
                case TITLE -> "h1";
                case HEADING -> "h3";
                case QUOTE_BLOCK -> "blockquote";
                case LIST_ITEM -> "li";
                default -> "p";
            };
            String cls = s.kind() == Section.Kind.STANDFIRST ? " class=\"standfirst\"" : "";
            b.append('<').append(tag).append(cls).append(" data-section=\"").append(s.kind().json()).append("\">");
            range(a.text(), s.start(), s.end(), marks, b);
            b.append("</").append(tag).append(">\n");
        }
        return b.append("</div>").toString();
    }

    static void range(String text, int from, int to, List<Mark> marks, StringBuilder b) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (Mark m : marks) {
            if (m.end() <= from || m.start() >= to) continue;
            cuts.add(Math.max(from, m.start()));
            cuts.add(Math.min(to, m.end()));
        }
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) piece(text, prev, cut, marks, b);
            prev = cut;
        }
    }

    private static void piece(String text, int s, int e, List<Mark> marks, StringBuilder b) {
        StringBuilder cls = new StringBuilder();
        StringBuilder tip = new StringBuilder();
        StringBuilder data = new StringBuilder();
        for (Mark m : marks) {
            if (m.start() <= s && e <= m.end()) {
                cls.append(cls.isEmpty() ? "" : " ").append(m.cls());
                tip.append(tip.isEmpty() ? "" : "\n").append(m.tip());
                if (!m.data().isEmpty() && data.indexOf(m.data()) < 0) data.append(' ').append(m.data());
            }
        }
        String t = Html.esc(text.substring(s, e));
        if (cls.isEmpty()) {
            b.append(t);
        } else {
            b.append("<span class=\"").append(cls).append("\" title=\"").append(Html.esc(tip.toString()))
                    .append('"').append(data).append('>').append(t).append("</span>");
        }
    }

    public static final String LEGEND = "<aside class=\"legend\" aria-label=\"Legend\"><h2>Legend</h2><ul>"
            + "<li><span class=\"ent ent-PER\">person</span> <span class=\"ent ent-LOC\">place</span> "
            + "<span class=\"ent ent-ORG\">organisation</span> <span class=\"ent ent-MISC\">other entity</span></li>"
            + "<li><span class=\"quote quote-direct\">direct quote</span> <span class=\"quote quote-indirect\">indirect speech</span> "
            + "<span class=\"cue\">reporting cue</span> <span class=\"speaker\">speaker</span></li>"
            + "<li><span class=\"time\">time expression</span> (hover: resolved value)</li>"
            + "<li><span class=\"signal\">signal evidence</span> (hover: why)</li></ul></aside>";
}
