package org.vigie.server.ui;

import java.util.ArrayList;
import java.util.List;
import org.vigie.server.api.EntityProfile.DayCount;

/**
 * A bar chart over time as inline SVG: no script, so the page keeps a strict CSP. Every text
 * (labels, tooltips, links) is escaped here.
 */
final class TimelineChart {

    /** One bar: its axis label, its tooltip, its height and, when it has one, the page it links to (not yet escaped). */
    record Bar(String label, String title, double value, String href) {
    }

    private static final int HEIGHT = 160;
    private static final int WIDTH = 720;

    private TimelineChart() {
    }

    /** Mentions per day (the entity page). */
    static String svg(List<DayCount> days) {
        List<Bar> bars = new ArrayList<>();
        for (DayCount d : days) bars.add(new Bar(d.day(), d.day() + ": " + d.mentions(), d.mentions(), null));
        return svg(bars, "mentions per day", "No dated mention.");
    }

    /** The chart of {@code bars}, oldest first; {@code empty} (a sentence) when there is none. */
    static String svg(List<Bar> bars, String ariaLabel, String empty) {
        if (bars.isEmpty()) return "<p class=\"none\">" + Html.esc(empty) + "</p>";
        double max = 0;
        for (Bar bar : bars) max = Math.max(max, bar.value());
        if (max <= 0) max = 1;
        int barW = Math.max(3, Math.min(40, WIDTH / bars.size()));
        int gap = barW >= 6 ? 2 : 1;
        int w = barW * bars.size() + 40;
        int h = HEIGHT;
        StringBuilder b = new StringBuilder("<svg class=\"timeline\" role=\"img\" aria-label=\"").append(Html.esc(ariaLabel))
                .append("\" width=\"").append(w).append("\" height=\"").append(h + 30).append("\" viewBox=\"0 0 ")
                .append(w).append(' ').append(h + 30).append("\">");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            // an empty interval keeps its place with a hairline; a non-empty one is at least 2 px high
            int bh = bar.value() <= 0 ? 0 : Math.max(2, (int) Math.round(bar.value() / max * h));
            int x = 20 + i * barW;
            if (bar.href() != null) b.append("<a href=\"").append(Html.esc(bar.href())).append("\">");
            b.append("<rect class=\"").append(bh == 0 ? "bar empty" : "bar").append("\" x=\"").append(x).append("\" y=\"")
                    .append(h - Math.max(bh, 1)).append("\" width=\"").append(barW - gap).append("\" height=\"")
                    .append(Math.max(bh, 1)).append("\"><title>").append(Html.esc(bar.title())).append("</title></rect>");
            if (bar.href() != null) b.append("</a>");
        }
        b.append("<text x=\"20\" y=\"").append(h + 20).append("\">").append(Html.esc(bars.get(0).label())).append("</text>");
        if (bars.size() > 1) {
            b.append("<text x=\"").append(w - 20).append("\" y=\"").append(h + 20).append("\" text-anchor=\"end\">")
                    .append(Html.esc(bars.get(bars.size() - 1).label())).append("</text>");
        }
        return b.append("</svg>").toString();
    }
}
