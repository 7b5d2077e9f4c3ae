package org.vigie.corpus.export;

import static org.vigie.corpus.export.Column.number;
import static org.vigie.corpus.export.Column.string;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Skipped;
import org.vigie.core.model.Span;
import org.vigie.core.model.TimeExpression;

/**
 * The tables an export can write, with the columns and grain of the Spark job's tables of the same
 * name ({@code vigie-spark/SCHEMAS.md}), so a script reads either: {@code articles} one row per
 * article, {@code entities} one per mention, {@code quotes} one per quote, {@code times} one per
 * time expression, {@code signals} one per signal (its evidence spans in one column). The corpus
 * has no input order and keeps the whole JSON elsewhere, so {@code articles} lacks Spark's
 * {@code input_order} and {@code json} and has the corpus's {@code story_id}.
 */
public enum ExportTable {

    ARTICLES(List.of(string("id"), string("source_id"), string("title"), string("standfirst"), string("body"),
            string("text"), string("language"), new Column("language_confidence", Column.Kind.DECIMAL),
            number("comment_count"), string("url"), string("canonical_url"), string("site"),
            new Column("authors", Column.Kind.STRINGS), string("date"), string("date_source"), string("modified"),
            string("section"), string("origin_path"), number("origin_record"), string("origin_url"),
            number("entity_count"), number("quote_count"), number("time_count"), number("signal_count"),
            new Column("skipped", Column.Kind.STRINGS), string("reprint_of"), string("family_id"), string("story_id"))) {
        @Override
        void rows(Article a, RowSink out) throws IOException {
            Metadata m = a.metadata();
            var o = a.origin();
            out.accept(new Object[] {a.id(), a.sourceId(), a.title(), a.standfirst(), a.body(), a.text(), a.language(),
                    a.languageConfidence(), a.commentCount(), m.url(), m.canonicalUrl(), m.site(), m.authors(),
                    m.date(), m.dateSource(), m.modified(), m.section(),
                    o == null ? null : o.path(), o == null ? null : o.record(), o == null ? null : o.url(),
                    a.entities().size(), a.quotes().size(), a.times().size(), a.signals().size(),
                    a.skipped().stream().map(Skipped::layer).toList(), a.reprintOf(), a.familyId(), a.storyId()});
        }
    },

    ENTITIES(List.of(string("article_id"), number("entity_index"), string("entity_id"), string("canonical"),
            string("type"), number("start"), number("end"), string("text"), string("country"))) {
        @Override
        void rows(Article a, RowSink out) throws IOException {
            for (int i = 0; i < a.entities().size(); i++) {
                Entity e = a.entities().get(i);
                String country = e.place() == null ? null : e.place().country();
                for (Span s : e.mentions()) {
                    out.accept(new Object[] {a.id(), i, e.entityId(), e.canonical(), e.type().name(),
                            s.start(), s.end(), s.text(), country});
                }
            }
        }
    },

    QUOTES(List.of(string("article_id"), number("quote_index"), string("kind"), number("start"), number("end"),
            string("text"), string("speaker"), string("speaker_entity_id"),
            new Column("speaker_mention", Column.Kind.SPAN), new Column("cue", Column.Kind.SPAN))) {
        @Override
        void rows(Article a, RowSink out) throws IOException {
            for (int i = 0; i < a.quotes().size(); i++) {
                Quote q = a.quotes().get(i);
                out.accept(new Object[] {a.id(), i, q.kind().json(), q.text().start(), q.text().end(), q.text().text(),
                        q.speaker() == null ? null : q.speaker().canonical(),
                        q.speaker() == null ? null : q.speaker().entityId(), q.speakerMention(), q.cue()});
            }
        }
    },

    TIMES(List.of(string("article_id"), number("start"), number("end"), string("text"), string("value"),
            string("type"), string("resolved_from"))) {
        @Override
        void rows(Article a, RowSink out) throws IOException {
            for (TimeExpression t : a.times()) {
                out.accept(new Object[] {a.id(), t.text().start(), t.text().end(), t.text().text(), t.value(), t.type(),
                        t.resolvedFrom()});
            }
        }
    },

    SIGNALS(List.of(string("article_id"), number("signal_index"), string("kind"),
            new Column("score", Column.Kind.DECIMAL), new Column("evidence", Column.Kind.SPANS),
            string("explanation"))) {
        @Override
        void rows(Article a, RowSink out) throws IOException {
            for (int i = 0; i < a.signals().size(); i++) {
                Signal s = a.signals().get(i);
                out.accept(new Object[] {a.id(), i, s.kind(), s.score(), s.evidence(), s.explanation()});
            }
        }
    };

    private final List<Column> columns;

    ExportTable(List<Column> columns) {
        this.columns = columns;
    }

    /** The columns, in order (every row has one value per column, in this order). */
    public List<Column> columns() {
        return columns;
    }

    /** The table's name as users type it: {@code articles}, {@code entities}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rows {@code a} gives in this table, in the order of its layers. */
    abstract void rows(Article a, RowSink out) throws IOException;

    /** Receives rows: one value per column, in column order. */
    @FunctionalInterface
    interface RowSink {
        void accept(Object[] values) throws IOException;
    }

    /** The table named {@code name} (case-insensitive); the error lists the tables there are. */
    public static ExportTable of(String name) {
        if (name != null) {
            for (ExportTable t : values()) {
                if (t.id().equalsIgnoreCase(name.strip())) return t;
            }
        }
        throw new IllegalArgumentException("unknown table '" + name + "': expected " + choices());
    }

    /** "articles, entities, quotes, times or signals". */
    public static String choices() {
        StringBuilder b = new StringBuilder();
        ExportTable[] all = values();
        for (int i = 0; i < all.length; i++) {
            if (i > 0) b.append(i == all.length - 1 ? " or " : ", ");
            b.append(all[i].id());
        }
        return b.toString();
    }
}
