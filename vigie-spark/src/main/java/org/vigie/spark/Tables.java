package org.vigie.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Signal;
import org.vigie.core.model.Skipped;
import org.vigie.core.model.Span;
import org.vigie.core.model.TimeExpression;

/**
 * The Parquet tables of a job, one schema each, with the JSON contract's field names; every
 * table but {@code reprint_families} and {@code rejects} is keyed by {@code article_id}. Spans
 * are UTF-16 offsets into the article's {@code text}, as in the JSON. See SCHEMAS.md.
 */
public final class Tables {

    public static final String ARTICLES = "articles";
    public static final String ENTITIES = "entities";
    public static final String QUOTES = "quotes";
    public static final String TIMES = "times";
    public static final String SIGNALS = "signals";
    public static final String REPRINT_FAMILIES = "reprint_families";
    public static final String REJECTS = "rejects";

    private Tables() {
    }

    private static StructField f(String name, org.apache.spark.sql.types.DataType t) {
        return createStructField(name, t, true);
    }

    private static StructField req(String name, org.apache.spark.sql.types.DataType t) {
        return createStructField(name, t, false);
    }

    public static final StructType SPAN = createStructType(new StructField[] {
            req("start", IntegerType), req("end", IntegerType), req("text", StringType)});

    public static final StructType ARTICLES_SCHEMA = createStructType(new StructField[] {
            req("id", StringType), f("source_id", StringType), req("title", StringType), f("standfirst", StringType),
            f("body", StringType), req("text", StringType), f("language", StringType),
            f("language_confidence", DoubleType), req("comment_count", IntegerType),
            f("url", StringType), f("canonical_url", StringType), f("site", StringType),
            f("authors", createArrayType(StringType, false)), f("date", StringType), f("date_source", StringType),
            f("modified", StringType), f("section", StringType),
            f("origin_path", StringType), f("origin_record", LongType), f("origin_url", StringType),
            req("entity_count", IntegerType), req("quote_count", IntegerType), req("time_count", IntegerType),
            req("signal_count", IntegerType), req("skipped", createArrayType(StringType, false)),
            f("reprint_of", StringType), f("family_id", StringType), req("input_order", LongType),
            req("json", StringType)});

    public static final StructType ENTITIES_SCHEMA = createStructType(new StructField[] {
            req("article_id", StringType), req("entity_index", IntegerType), f("entity_id", StringType),
            req("canonical", StringType), req("type", StringType),
            req("start", IntegerType), req("end", IntegerType), req("text", StringType), f("country", StringType)});

    public static final StructType QUOTES_SCHEMA = createStructType(new StructField[] {
            req("article_id", StringType), req("quote_index", IntegerType), req("kind", StringType),
            req("start", IntegerType), req("end", IntegerType), req("text", StringType),
            f("speaker", StringType), f("speaker_entity_id", StringType),
            f("speaker_mention", SPAN), f("cue", SPAN)});

    public static final StructType TIMES_SCHEMA = createStructType(new StructField[] {
            req("article_id", StringType), req("start", IntegerType), req("end", IntegerType), req("text", StringType),
            req("value", StringType), req("type", StringType), f("resolved_from", StringType)});

    public static final StructType SIGNALS_SCHEMA = createStructType(new StructField[] {
            req("article_id", StringType), req("signal_index", IntegerType), req("kind", StringType),
            req("score", DoubleType), req("evidence", createArrayType(SPAN, false)), f("explanation", StringType)});

    public static final StructType REPRINT_FAMILIES_SCHEMA = createStructType(new StructField[] {
            req("family_id", StringType), req("article_id", StringType), req("source_id", StringType),
            req("is_source", BooleanType), req("family_size", IntegerType), f("site", StringType),
            f("date", StringType)});

    public static final StructType REJECTS_SCHEMA = createStructType(new StructField[] {
            req("stage", StringType), f("path", StringType), f("record", LongType), f("line", LongType),
            f("offset", LongType), req("reason", StringType), req("message", StringType)});

    static Row span(Span s) {
        return s == null ? null : RowFactory.create(s.start(), s.end(), s.text());
    }

    static Row article(Article a, long inputOrder) {
        var m = a.metadata();
        var o = a.origin();
        return RowFactory.create(a.id(), a.sourceId(), a.title(), a.standfirst(), a.body(), a.text(), a.language(),
                a.languageConfidence(), a.commentCount(), m.url(), m.canonicalUrl(), m.site(),
                m.authors().toArray(new String[0]), m.date(), m.dateSource(), m.modified(), m.section(),
                o == null ? null : o.path(), o == null ? null : o.record(), o == null ? null : o.url(),
                a.entities().size(), a.quotes().size(), a.times().size(), a.signals().size(), skippedLayers(a),
                a.reprintOf(), a.familyId(), inputOrder, ArticleJson.toJson(a));
    }

    /** The layers not analysed ({@code skipped[].layer}); the reasons are in the {@code json} column. */
    static String[] skippedLayers(Article a) {
        return a.skipped().stream().map(Skipped::layer).toArray(String[]::new);
    }

    static List<Row> entities(Article a) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < a.entities().size(); i++) {
            Entity e = a.entities().get(i);
            String country = e.place() == null ? null : e.place().country();
            for (Span s : e.mentions()) {
                out.add(RowFactory.create(a.id(), i, e.entityId(), e.canonical(), e.type().name(), s.start(), s.end(), s.text(),
                        country));
            }
        }
        return out;
    }

    static List<Row> quotes(Article a) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < a.quotes().size(); i++) {
            Quote q = a.quotes().get(i);
            out.add(RowFactory.create(a.id(), i, q.kind().json(), q.text().start(), q.text().end(), q.text().text(),
                    q.speaker() == null ? null : q.speaker().canonical(),
                    q.speaker() == null ? null : q.speaker().entityId(),
                    span(q.speakerMention()), span(q.cue())));
        }
        return out;
    }

    static List<Row> times(Article a) {
        List<Row> out = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            out.add(RowFactory.create(a.id(), t.text().start(), t.text().end(), t.text().text(), t.value(), t.type(),
                    t.resolvedFrom()));
        }
        return out;
    }

    static List<Row> signals(Article a) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < a.signals().size(); i++) {
            Signal s = a.signals().get(i);
            out.add(RowFactory.create(a.id(), i, s.kind(), s.score(),
                    s.evidence().stream().map(Tables::span).toArray(), s.explanation()));
        }
        return out;
    }

    static Row reject(Item.Reject r) {
        return RowFactory.create(r.stage(), r.path(), r.record(), r.line(), r.offset(), r.reason(), r.message());
    }
}
