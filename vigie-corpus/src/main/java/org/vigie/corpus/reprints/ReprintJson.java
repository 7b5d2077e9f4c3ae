package org.vigie.corpus.reprints;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Span;

/**
 * Output of families for {@code vigie reprints}: one JSON object per line for {@code --json}
 * ({@code {"family_id", "source_id", "members": [{"id", "source_id", "date", "similarity",
 * "changes": [...]}]}}), and a plain-text rendering for terminals (never HTML: texts are
 * untrusted scraped content).
 */
public final class ReprintJson {

    private ReprintJson() {
    }

    public static String toJsonLine(ReprintFamily family) {
        try {
            return ArticleJson.mapper().writeValueAsString(family);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReprintFamily fromJson(String json) {
        try {
            return ArticleJson.mapper().readValue(json, ReprintFamily.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A human-readable view: one line per member, then its changes indented. */
    public static String toText(ReprintFamily family) {
        StringBuilder b = new StringBuilder();
        b.append("family ").append(family.familyId()).append(" - ").append(family.size()).append(" copies, source ")
                .append(family.sourceId()).append('\n');
        for (FamilyMember m : family.members()) {
            b.append(m.id().equals(family.sourceId()) ? "* " : "  ").append(m.id());
            if (m.sourceId() != null) b.append(" [").append(m.sourceId()).append(']');
            b.append("  ").append(m.date() == null ? "(no date)" : m.date());
            if (m.site() != null) b.append("  ").append(oneLine(m.site()));
            b.append(String.format(Locale.ROOT, "  similarity %.3f", m.similarity()));
            if (m.title() != null) b.append("\n    ").append(oneLine(m.title()));
            b.append('\n');
            for (Change c : m.changes()) {
                b.append("    - ").append(c.kind().json());
                if (c.paragraph() != null) b.append(" ¶").append(c.paragraph() + 1);
                for (Span s : c.spans()) b.append("  +\"").append(clip(oneLine(s.text()))).append('"');
                for (String r : c.removed()) b.append("  -\"").append(clip(oneLine(r))).append('"');
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c); // no terminal escapes from scraped text
        }
        return b.toString();
    }

    private static String clip(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
