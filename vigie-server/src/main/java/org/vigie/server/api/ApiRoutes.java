package org.vigie.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.core.model.Article;
import org.vigie.core.model.Origin;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.corpus.CorpusReprints;
import org.vigie.corpus.GroupCommit;
import org.vigie.corpus.IngestReport;
import org.vigie.corpus.export.Export;
import org.vigie.corpus.export.ExportFormat;
import org.vigie.corpus.export.ExportRequest;
import org.vigie.corpus.export.ExportTable;
import org.vigie.corpus.related.RelatedConfig;
import org.vigie.corpus.related.RelatedRequest;
import org.vigie.corpus.search.QuerySyntaxException;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.sites.SiteProfile;
import org.vigie.corpus.sites.SiteRequest;
import org.vigie.corpus.sites.UnknownSiteException;
import org.vigie.corpus.terms.SignificantTerms;
import org.vigie.corpus.terms.TermsRequest;
import org.vigie.corpus.timeline.Interval;
import org.vigie.corpus.timeline.Timeline;
import org.vigie.corpus.timeline.TimelineRequest;
import org.vigie.server.ServerConfig;

/** The JSON API under /api/ (described in /openapi.json). */
public final class ApiRoutes {

    public static final int MAX_PAGE = 100;

    /**
     * The longest article text the analysis runs on (characters). News articles are a few thousand;
     * a posted text far longer would hold a worker (and, for ingest, the writer) for minutes.
     */
    public static final int MAX_ANALYZE_CHARS = 100_000;

    private final ServerConfig config;
    private final Auth auth;
    private final CorpusReprints reprints;
    private final StoryDays stories;
    private final GroupCommit ingests;
    private final HeavyGate heavy;

    public ApiRoutes(ServerConfig config, Auth auth, CorpusReprints reprints, GroupCommit ingests, StoryDays stories, HeavyGate heavy) {
        this.heavy = heavy;
        this.config = config;
        this.auth = auth;
        this.reprints = reprints;
        this.stories = stories;
        this.ingests = ingests;
    }

    public void register(Javalin app) {
        app.get("/api/search", this::search);
        app.get("/api/timeline", this::timeline);
        app.get("/api/terms", this::terms);
        app.get("/api/sites", this::sites);
        app.get("/api/sites/{site}", this::site);
        app.get("/api/quotes", this::quotes);
        app.get("/api/quotes/{ref}", this::quote);
        app.get("/api/export", this::export);
        app.get("/api/articles/{id}", this::article);
        app.get("/api/articles/{id}/related", this::related);
        app.post("/api/analyze", this::analyze);
        app.post("/api/ingest", this::ingest);
        app.get("/api/entities/{id}", this::entity);
        app.get("/api/reprints/{id}", this::reprints);
        app.get("/api/stories", this::stories);
    }

    /** The story clusters of a day, computed on demand (see {@link StoryDays}). */
    void stories(Context ctx) throws IOException {
        read(ctx);
        LocalDate day = date(ctx, "date");
        if (day == null) throw ApiException.badRequest("date is required (YYYY-MM-DD)");
        int minSize = intParam(ctx, "min_size", 2, 1, 1_000_000);
        ctx.json(stories.on(day, minSize));
    }

    /** A reprint family by its id, or the family holding an article id. */
    void reprints(Context ctx) {
        read(ctx);
        String id = Ids.check("family", ctx.pathParam("id"));
        ctx.json(family(reprints, id));
    }

    public static org.vigie.corpus.reprints.ReprintFamily family(CorpusReprints reprints, String id) {
        return reprints.family(id).filter(f -> f.size() > 1)
                .or(() -> reprints.familyOf(id).filter(f -> f.size() > 1))
                .orElseThrow(() -> ApiException.notFound("no reprint family " + id));
    }

    private void read(Context ctx) {
        if (!config.openReads()) auth.require(ctx);
    }

    void search(Context ctx) throws IOException {
        read(ctx);
        ctx.json(config.corpus().search(request(ctx)));
    }

    /** How many articles the query and filters match per day, week or month (see {@link org.vigie.corpus.timeline.CorpusTimeline}). */
    void timeline(Context ctx) throws IOException {
        read(ctx);
        ctx.json(timeline(config.corpus(), timelineRequest(ctx, Interval.DAY)));
    }

    /** A timeline request from query parameters: the search's query and filters, interval (else {@code dflt}), normalize. */
    public static TimelineRequest timelineRequest(Context ctx, Interval dflt) {
        String interval = ctx.queryParam("interval");
        String normalize = param(ctx, "normalize", "false").strip();
        if (!normalize.equals("true") && !normalize.equals("false")) throw ApiException.badRequest("normalize must be true or false");
        try {
            return new TimelineRequest(filters(ctx).build(),
                    interval == null || interval.isBlank() ? dflt : Interval.of(interval), normalize.equals("true"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** The timeline of {@code request}; too many intervals is a 400 naming those that fit. */
    public static Timeline timeline(org.vigie.corpus.Corpus corpus, TimelineRequest request) throws IOException {
        return refusedAsBadRequest(() -> corpus.timeline(request));
    }

    /** An answer the corpus may refuse as asked wrongly (IllegalArgumentException): that refusal is a 400 with its message. */
    interface CorpusCall<T> {
        T call() throws IOException;
    }

    static <T> T refusedAsBadRequest(CorpusCall<T> call) throws IOException {
        try {
            return call.call();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** The words that stand out in the query's matches against the rest of the corpus (see {@link org.vigie.corpus.terms.CorpusTerms}). */
    void terms(Context ctx) throws IOException {
        read(ctx);
        TermsRequest request = termsRequest(ctx);
        ctx.json(heavy.run(ctx, () -> terms(config.corpus(), request)));
    }

    /** A terms request from query parameters: the search's query and filters, top, sample, min_articles, the versus_* comparison. */
    public static TermsRequest termsRequest(Context ctx) {
        int top = intParam(ctx, "top", TermsRequest.DEFAULT_TOP, 1, 1_000);
        int sample = intParam(ctx, "sample", TermsRequest.DEFAULT_SAMPLE, 1, 20_000);
        int minArticles = intParam(ctx, "min_articles", TermsRequest.DEFAULT_MIN_ARTICLES, 1, 1_000_000);
        try {
            return new TermsRequest(filters(ctx).build(), top, sample, minArticles, versus(ctx));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** The terms of {@code request}; a query matching every stored article is a 400 (nothing to compare with). */
    public static SignificantTerms terms(org.vigie.corpus.Corpus corpus, TermsRequest request) throws IOException {
        return refusedAsBadRequest(() -> corpus.terms(request));
    }

    /** Every site of the articles the query and filters select (see {@link org.vigie.corpus.sites.CorpusSites#list}). */
    void sites(Context ctx) throws IOException {
        read(ctx);
        SearchRequest filter = siteFilter(ctx);
        if (notModified(ctx)) return;
        ctx.json(sites(ctx, config, reprints, heavy, filter));
    }

    /** The site list: kept for this commit, or computed under the heavy gate. */
    public static org.vigie.corpus.sites.SiteList sites(Context ctx, ServerConfig config, CorpusReprints reprints, HeavyGate heavy,
                                                       SearchRequest filter) throws IOException {
        var kept = config.corpus().keptSites(filter, reprints.families(), config.siteRatings());
        return kept != null ? kept : heavy.run(ctx, () -> config.corpus().sites(filter, reprints.families(), config.siteRatings()));
    }

    /**
     * Conditional GET for the site list and profiles, as for the feeds: the ETag names the commit,
     * the reprint families' state and the request; 304 when {@code If-None-Match} (or
     * {@code If-Modified-Since}) still holds.
     */
    private boolean notModified(Context ctx) throws IOException {
        org.vigie.corpus.CorpusState state = config.corpus().state();
        String q = ctx.queryString();
        String tag = FeedRoutes.etag(state, "sites " + reprints.families().changes() + " " + ctx.path() + (q == null ? "" : "?" + q));
        ctx.header("ETag", tag);
        ctx.header("Last-Modified", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                state.committedAt().atOffset(java.time.ZoneOffset.UTC)));
        ctx.header("Cache-Control", config.openReads() ? "no-cache" : "private, no-cache");
        if (!FeedRoutes.notModified(ctx, tag, state.committedAt())) return false;
        ctx.status(304);
        return true;
    }

    /** The query and filters of a site list. */
    public static SearchRequest siteFilter(Context ctx) {
        try {
            return filters(ctx).build();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** One site's profile (see {@link org.vigie.corpus.sites.CorpusSites#profile}); 404 for a site with no stored article. */
    void site(Context ctx) throws IOException {
        read(ctx);
        SiteRequest request = siteRequest(ctx);
        if (notModified(ctx)) return;
        ctx.json(site(ctx, config, reprints, heavy, request));
    }

    /** A site's profile: kept for this commit, or computed under the heavy gate (404 for an unknown site). */
    public static SiteProfile site(Context ctx, ServerConfig config, CorpusReprints reprints, HeavyGate heavy, SiteRequest request)
            throws IOException {
        SiteProfile kept = config.corpus().keptSite(request, reprints.families(), config.siteRatings());
        return kept != null ? kept : heavy.run(ctx, () -> site(config, reprints, request));
    }

    /** A profile request from the path's site and the query parameters top and sample. */
    public static SiteRequest siteRequest(Context ctx) {
        String site = ctx.pathParam("site");
        if (site.length() > 300 || site.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("invalid site: at most 300 characters, no control character");
        }
        int top = intParam(ctx, "top", SiteRequest.DEFAULT_TOP, 1, SiteRequest.MAX_TOP);
        int sample = intParam(ctx, "sample", SiteRequest.DEFAULT_SAMPLE, 1, SiteRequest.MAX_SAMPLE);
        try {
            return new SiteRequest(site, top, sample);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** The profile {@code request} asks for; a site with no stored article is a 404 naming the close ones. */
    public static SiteProfile site(ServerConfig config, CorpusReprints reprints, SiteRequest request) throws IOException {
        try {
            return config.corpus().site(request, reprints.families(), config.siteRatings());
        } catch (UnknownSiteException e) {
            throw ApiException.notFound(e.getMessage());
        }
    }

    /** The quotation trails of the articles the query and filters select (see {@link org.vigie.corpus.quotes.CorpusQuotes#list}). */
    void quotes(Context ctx) throws IOException {
        read(ctx);
        org.vigie.corpus.quotes.QuoteRequest request = quoteRequest(ctx);
        ctx.json(heavy.run(ctx, () -> config.corpus().quotes(request)));
    }

    /** A trails request from query parameters: the search's query and filters, top, flagged. */
    public static org.vigie.corpus.quotes.QuoteRequest quoteRequest(Context ctx) {
        int top = intParam(ctx, "top", org.vigie.corpus.quotes.QuoteRequest.DEFAULT_TOP, 1, org.vigie.corpus.quotes.QuoteRequest.MAX_TOP);
        String flagged = param(ctx, "flagged", "false").strip();
        if (!flagged.equals("true") && !flagged.equals("false")) throw ApiException.badRequest("flagged must be true or false");
        try {
            return new org.vigie.corpus.quotes.QuoteRequest(filters(ctx).build(), top, flagged.equals("true"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** One quotation trail, by its id or any appearance's ARTICLE_ID-START; 404 when no trail holds it. */
    void quote(Context ctx) throws IOException {
        read(ctx);
        String ref = quoteRef(ctx);
        ctx.json(heavy.run(ctx, () -> quoteTrail(config.corpus(), ref)));
    }

    private static final java.util.regex.Pattern QUOTE_REF = java.util.regex.Pattern.compile("[A-Za-z0-9_]{1,64}-[0-9]{1,9}");

    /** The path's quotation reference, checked: ARTICLE_ID-START. */
    public static String quoteRef(Context ctx) {
        String ref = ctx.pathParam("ref");
        if (!QUOTE_REF.matcher(ref).matches()) {
            throw ApiException.badRequest("invalid quotation reference: expected ARTICLE_ID-START (e.g. c0f9382df212a2dd-1011)");
        }
        return ref;
    }

    /** The trail holding {@code ref}; 404 when none does. */
    public static org.vigie.corpus.quotes.QuoteTrail quoteTrail(org.vigie.corpus.Corpus corpus, String ref) throws IOException {
        return corpus.quoteTrail(ref).orElseThrow(() -> ApiException.notFound("no quotation trail holds " + ref
                + ": a quotation of fewer than six words, or one no other stored article carries"));
    }

    /**
     * Every article the query and filters match, as one table in CSV or JSONL, streamed (see
     * {@code vigie-corpus/EXPORT.md}). Parameters are checked and the query parsed before the first
     * byte, so a bad request is a JSON 400; a failure once rows are flowing cuts the connection, so
     * a client never takes a truncated table for a whole one.
     */
    void export(Context ctx) throws IOException {
        read(ctx);
        ExportRequest request;
        try {
            String limit = ctx.queryParam("limit");
            request = new ExportRequest(filters(ctx).build(), ExportTable.of(param(ctx, "table", "articles")),
                    ExportFormat.of(param(ctx, "format", "csv")),
                    limit == null || limit.isBlank() ? ExportRequest.NO_LIMIT : longParam("limit", limit));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        try (Export export = config.corpus().export(request)) {
            ctx.status(200).contentType(request.format().contentType())
                    .header("Content-Disposition", "attachment; filename=\"" + request.fileName() + "\"");
            Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
            try {
                export.writeTo(out);
                out.flush();
            } catch (IOException | RuntimeException e) {
                abort(ctx, e);
            }
        }
    }

    /** Ends a response whose head (and maybe part of its body) is sent: the connection is cut, not the body completed. */
    private static void abort(Context ctx, Exception cause) {
        org.slf4j.LoggerFactory.getLogger(ApiRoutes.class).warn("export cut short: {}", cause.toString());
        org.eclipse.jetty.server.Request base = org.eclipse.jetty.server.Request.getBaseRequest(ctx.req());
        if (base != null) base.getHttpChannel().abort(cause);
    }

    private static String param(Context ctx, String name, String dflt) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? dflt : v;
    }

    private static long longParam(String name, String v) {
        try {
            long n = Long.parseLong(v.strip());
            if (n < 0) throw ApiException.badRequest(name + " must be >= 0");
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number");
        }
    }

    /** The query and filters of a request (q, entity, speaker, site, language, signal, author, country, from, to). */
    public static SearchRequest.Builder filters(Context ctx) {
        return filters(ctx, ctx.queryParam("q"), ctx.queryParams("site"), date(ctx, "from"), date(ctx, "to"));
    }

    /** The request's filters with this query, sites and dates in place of its own. */
    private static SearchRequest.Builder filters(Context ctx, String q, List<String> sites, LocalDate from, LocalDate to) {
        SearchRequest.Builder b = SearchRequest.builder(q == null ? "" : q);
        ctx.queryParams("entity").forEach(b::entity);
        ctx.queryParams("speaker").forEach(b::speaker);
        sites.forEach(b::site);
        ctx.queryParams("language").forEach(b::language);
        ctx.queryParams("signal").forEach(b::signal);
        ctx.queryParams("author").forEach(b::author);
        ctx.queryParams("country").forEach(b::country);
        if (from != null) b.from(from);
        if (to != null) b.to(to);
        return b;
    }

    /**
     * The comparison of a terms request: the request's query and filters with versus_q,
     * versus_site, versus_from, versus_to in place of q, site, from, to (blank counts as not given);
     * null when none is given (the matches are then compared with the rest of the corpus).
     */
    public static SearchRequest versus(Context ctx) {
        String q = ctx.queryParam("versus_q");
        if (q != null && q.isBlank()) q = null; // a field of the page's form left empty
        List<String> sites = ctx.queryParams("versus_site").stream().filter(v -> !v.isBlank()).toList();
        LocalDate from = date(ctx, "versus_from");
        LocalDate to = date(ctx, "versus_to");
        if (q == null && sites.isEmpty() && from == null && to == null) return null;
        return filters(ctx, q != null ? q : ctx.queryParam("q"), sites.isEmpty() ? ctx.queryParams("site") : sites,
                from != null ? from : date(ctx, "from"), to != null ? to : date(ctx, "to")).build();
    }

    /** A search request from query parameters (shared by the API and the search page). */
    public static SearchRequest request(Context ctx) {
        SearchRequest.Builder b = filters(ctx);
        String sort = ctx.queryParam("sort");
        if (sort != null) {
            switch (sort) {
                case "relevance" -> b.sort(SearchRequest.Sort.RELEVANCE);
                case "date" -> b.sort(SearchRequest.Sort.DATE);
                default -> throw ApiException.badRequest("sort must be 'relevance' or 'date'");
            }
        }
        b.offset(intParam(ctx, "offset", 0, 0, SearchRequest.MAX_WINDOW));
        b.size(intParam(ctx, "size", SearchRequest.DEFAULT_SIZE, 0, MAX_PAGE));
        try {
            SearchRequest r = b.build();
            return r;
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    void article(Context ctx) throws IOException {
        read(ctx);
        String id = Ids.check("article", ctx.pathParam("id"));
        String json = config.corpus().getJson(id).orElseThrow(() -> ApiException.notFound("no article " + id));
        ctx.contentType("application/json").result(json);
    }

    /** Related coverage: the other articles about the same thing, not its copies (see {@link org.vigie.corpus.related.RelatedArticles}). */
    void related(Context ctx) throws IOException {
        read(ctx);
        String id = Ids.check("article", ctx.pathParam("id"));
        RelatedRequest request = relatedRequest(ctx, id);
        ctx.json(config.corpus().related(request).orElseThrow(() -> ApiException.notFound("no article " + id)));
    }

    /** A related-articles request from query parameters: top, days (a number or 'any'), min_similarity (0 to 1). */
    public static RelatedRequest relatedRequest(Context ctx, String id) {
        int top = intParam(ctx, "top", RelatedRequest.DEFAULT_TOP, 1, RelatedRequest.MAX_TOP);
        String floor = param(ctx, "min_similarity", null);
        try {
            RelatedConfig config = RelatedConfig.DEFAULT;
            if (floor != null) {
                try {
                    config = config.withMinSimilarity(Float.parseFloat(floor.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("min_similarity must be a number between 0 and 1, not '" + floor + "'");
                }
            }
            return RelatedRequest.of(id).withTop(top).withDaysOrAny(RelatedRequest.parseDays(param(ctx, "days",
                    Integer.toString(RelatedRequest.DEFAULT_DAYS)))).withConfig(config);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** Analyses the page without storing it; compared with the corpus's reprint families, so a copy of a stored wire text says so. */
    void analyze(Context ctx) throws IOException {
        read(ctx);
        ctx.json(config.corpus().compareQuotes(reprints.compare(analyse(ctx))));
    }

    /**
     * Analyses the page, then stores it in the next group commit with the other ingests waiting
     * meanwhile; answers once that commit is durable. A failed commit (a full disk) answers 507
     * (503 for another write failure) to every request of its group: none of them is stored.
     */
    void ingest(Context ctx) throws IOException {
        auth.require(ctx);
        Article analysed = analyse(ctx); // slow (NLP): outside the writer's lock, so readers and other ingests go on
        GroupCommit.Receipt receipt;
        try {
            receipt = ingests.ingest(List.of(analysed));
        } catch (GroupCommit.NotStoredException e) {
            throw new ApiException(e.diskFull() ? 507 : 503, "not stored: " + e.getMessage());
        }
        IngestReport r = receipt.report();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", receipt.articles().get(0).id());
        m.put("stored", r.added() > 0);
        m.put("report", r);
        m.put("group", receipt.group());
        ctx.status(r.added() > 0 ? 201 : 200).json(m);
    }

    void entity(Context ctx) throws IOException {
        read(ctx);
        String id = Ids.check("entity", ctx.pathParam("id"));
        int limit = intParam(ctx, "limit", 20, 1, MAX_PAGE);
        int offset = intParam(ctx, "offset", 0, 0, 10_000);
        EntityProfile p = EntityProfile.of(config.corpus(), id, offset + limit);
        if (p == null) throw ApiException.notFound("no entity " + id + " in the corpus");
        ctx.json(p.page(offset, limit));
    }

    /** Reads the posted page with the reader for its content type and runs the pipeline. */
    Article analyse(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) throw ApiException.badRequest("empty body: post the page (text/plain dump or text/html)");
        String type = ctx.contentType() == null ? "text/plain" : ctx.contentType();
        String mime = type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        ArticleReader reader = config.readers().apply(mime);
        if (reader == null) throw new ApiException(415, "unsupported content type " + mime + " (text/plain or text/html)");
        String charset = charset(type);
        String date = ctx.queryParam("date");
        if (date != null) date(ctx, "date");
        List<Article> articles;
        try {
            articles = reader.read(new RawDocument(body, new Origin("request", null, ctx.queryParam("url")), charset, null));
        } catch (ReadException e) {
            throw ApiException.badRequest(readError(e));
        }
        if (articles.isEmpty()) throw ApiException.badRequest("no article found in the posted page");
        Article a = articles.get(0);
        checkAnalyzable(a);
        if (date != null) a = a.withMetadata(a.metadata().withDate(date, "user"));
        if (ctx.queryParam("url") != null) a = a.withMetadata(a.metadata().withUrl(ctx.queryParam("url")));
        return config.pipeline().get().process(a);
    }

    /** Rejects (413) an article whose text is over {@link #MAX_ANALYZE_CHARS}. */
    public static void checkAnalyzable(Article a) {
        if (a.text().length() > MAX_ANALYZE_CHARS) {
            throw new ApiException(413, String.format(java.util.Locale.ROOT,
                    "article text of %,d characters is over the %,d-character limit of the analysis",
                    a.text().length(), MAX_ANALYZE_CHARS));
        }
    }

    private static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) return p.substring(8).replace("\"", "");
        }
        return null;
    }

    public static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        LocalDate d;
        try {
            d = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be YYYY-MM-DD");
        }
        // LocalDate takes years up to +999999999, where date arithmetic (a story's window) overflows.
        if (d.getYear() < 1 || d.getYear() > 9999) throw ApiException.badRequest(name + " must be a date between 0001 and 9999");
        return d;
    }

    public static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw ApiException.badRequest(name + " must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number");
        }
    }

    /** What was wrong with a posted page, and where (the CLI names the file; here it is the body). */
    public static String readError(ReadException e) {
        StringBuilder b = new StringBuilder(e.reason());
        if (e.line() >= 0) b.append(" (line ").append(e.line()).append(" of the body)");
        else if (e.offset() >= 0) b.append(" (at byte ").append(e.offset()).append(" of the body)");
        return b.toString();
    }

    /** Exposed for the UI routes, which share the query-parameter rules. */
    public static void rethrowSyntax(QuerySyntaxException e) {
        throw ApiException.badRequest(e.getMessage());   // it says "bad query: …"
    }
}
