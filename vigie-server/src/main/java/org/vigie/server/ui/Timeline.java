package org.vigie.server.ui;

import java.util.List;
import org.vigie.server.api.EntityProfile.DayCount;

/** A bar chart of mentions per day as inline SVG: no script, so the page keeps a strict CSP. */
final class Timeline {

    private Timeline() {
    }

    static String svg(List<DayCount> days) {
        if (days.isEmpty()) return "<p class=\"none\">No dated mention.</p>";
        int max = days.stream().mapToInt(DayCount::mentions).max().orElse(1);
        int barW = Math.max(6, Math.min(40, 720 / days.size()));
        int w = barW * days.size() + 40;
        int h = 160;
        StringBuilder b = new StringBuilder("<svg class=\"timeline\" role=\"img\" aria-label=\"mentions per day\" width=\"")
                .append(w).append("\" height=\"").append(h + 30).append("\" viewBox=\"0 0 ").append(w).append(' ')
                .append(h + 30).append("\">");
        for (int i = 0; i < days.size(); i++) {
            DayCount d = days.get(i);
            int bh = Math.max(2, (int) Math.round((double) d.mentions() / max * h));
            int x = 20 + i * barW;
            b.append("<rect class=\"bar\" x=\"").append(x).append("\" y=\"").append(h - bh).append("\" width=\"")
                    .append(barW - 2).append("\" height=\"").append(bh).append("\"><title>").append(Html.esc(d.day()))
                    .append(": ").append(d.mentions()).append("</title></rect>");
        }
        b.append("<text x=\"20\" y=\"").append(h + 20).append("\">").append(Html.esc(days.get(0).day())).append("</text>");
        if (days.size() > 1) {
            b.append("<text x=\"").append(w - 20).append("\" y=\"").append(h + 20).append("\" text-anchor=\"end\">")
                    .append(Html.esc(days.get(days.size() - 1).day())).append("</text>");
        }
        return b.append("</svg>").toString();
    }
}
