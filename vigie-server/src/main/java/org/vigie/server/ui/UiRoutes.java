package org.vigie.server.ui;

import static org.vigie.server.ui.Html.esc;
import static org.vigie.server.ui.Html.url;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Origin;
import org.vigie.core.model.Signal;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.corpus.CorpusReprints;
import org.vigie.corpus.CorpusStories;
import org.vigie.corpus.related.RelatedRequest;
import org.vigie.corpus.related.RelatedResult;
import org.vigie.corpus.reprints.ReprintFamily;
import org.vigie.corpus.search.FacetCount;
import org.vigie.corpus.search.SearchHit;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.corpus.search.SearchResult;
import org.vigie.corpus.terms.SignificantTerms;
import org.vigie.corpus.terms.TermsRequest;
import org.vigie.corpus.timeline.Interval;
import org.vigie.corpus.timeline.Timeline;
import org.vigie.corpus.timeline.TimelineBucket;
import org.vigie.corpus.timeline.TimelineRequest;
import org.vigie.server.ServerConfig;
import org.vigie.server.api.ApiException;
import org.vigie.server.api.ApiRoutes;
import org.vigie.server.api.Auth;
import org.vigie.server.api.EntityProfile;
import org.vigie.server.api.HeavyGate;
import org.vigie.server.api.Ids;
import org.vigie.server.api.StoryDays;

/** Server-rendered pages: search, article, entity, reprint family, stories, analyse-a-page. No script; everything escaped. */
public final class UiRoutes {

    private final ServerConfig config;
    private final Auth auth;
    private final CorpusReprints reprints;
    private final StoryDays stories;

    private final HeavyGate heavy;

    private final org.vigie.server.api.FeedKeys feedKeys;

    public UiRoutes(ServerConfig config, Auth auth, CorpusReprints reprints, StoryDays stories, HeavyGate heavy,
                    org.vigie.server.api.FeedKeys feedKeys) {
        this.feedKeys = feedKeys;
        this.heavy = heavy;
        this.config = config;
        this.auth = auth;
        this.reprints = reprints;
        this.stories = stories;
    }

    public void register(Javalin app) {
        app.get("/", this::search);
        app.get("/search", this::search);
        app.get("/articles/{id}", this::article);
        app.get("/entities/{id}", this::entity);
        app.get("/analyze", ctx -> ctx.html(Html.page("Analyze", analyzeForm(""))));
        app.post("/analyze", this::analyze);
        app.get("/reprints/{id}", this::reprints);
        app.get("/stories", this::stories);
        app.get("/terms", this::terms);
        app.get("/sites", this::sites);
        app.get("/sites/{site}", this::site);
        app.get("/quotes", this::quotes);
        app.get("/quotes/{ref}", this::quote);
    }

    /** The quotation trails of a search's matches, as {@code /api/quotes}. */
    void quotes(Context ctx) throws IOException {
        read(ctx);
        org.vigie.corpus.quotes.QuoteRequest request = ApiRoutes.quoteRequest(ctx);
        org.vigie.corpus.quotes.QuoteTrailList l = heavy.run(ctx, () -> config.corpus().quotes(request));
        ctx.html(Html.page("Quotation trails", QuotesView.list(params(request.filter()), request.flagged(), l)));
    }

    /** One quotation trail, as {@code /api/quotes/{ref}}. */
    void quote(Context ctx) throws IOException {
        read(ctx);
        String ref = ApiRoutes.quoteRef(ctx);
        org.vigie.corpus.quotes.QuoteTrail t = heavy.run(ctx, () -> ApiRoutes.quoteTrail(config.corpus(), ref));
        ctx.html(Html.page("Quotation trail", QuotesView.trail(t, ref)));
    }

    /** The sites of a search's matches (every site without one), as {@code /api/sites}. */
    void sites(Context ctx) throws IOException {
        read(ctx);
        SearchRequest filter = ApiRoutes.siteFilter(ctx);
        org.vigie.corpus.sites.SiteList l = ApiRoutes.sites(ctx, config, reprints, heavy, filter);
        ctx.html(Html.page("Sites", SitesView.list(params(filter), l)));
    }

    /** One site's profile, as {@code /api/sites/{site}}. */
    void site(Context ctx) throws IOException {
        read(ctx);
        org.vigie.corpus.sites.SiteRequest request = ApiRoutes.siteRequest(ctx);
        org.vigie.corpus.sites.SiteProfile p = ApiRoutes.site(ctx, config, reprints, heavy, request);
        ctx.html(Html.page(p.site(), SitesView.profile(p)));
    }

    /** The words that stand out in a search's matches (as {@code /api/terms}). */
    void terms(Context ctx) throws IOException {
        read(ctx);
        TermsRequest request = ApiRoutes.termsRequest(ctx);
        List<String[]> params = params(request.search());
        SignificantTerms t = null;
        String refusal = null;
        try {
            t = heavy.run(ctx, () -> config.corpus().terms(request));
        } catch (IllegalArgumentException e) { // the query matches everything: nothing to compare with
            refusal = e.getMessage();
        }
        Map<String, String> versus = new java.util.LinkedHashMap<>();
        for (String name : TermsView.VERSUS) {
            String v = ctx.queryParam(name);
            versus.put(name, v == null ? "" : v);
        }
        List<String[]> against = request.against() == null ? null : params(request.against());
        ctx.html(Html.page("Words that stand out", TermsView.render(params, versus, against, t, refusal)));
    }

    /** The stories of a day (the form alone without a date), computed on demand as {@code /api/stories}. */
    void stories(Context ctx) throws IOException {
        read(ctx);
        java.time.LocalDate day = ApiRoutes.date(ctx, "date");
        int minSize = ApiRoutes.intParam(ctx, "min_size", 2, 1, 1_000_000);
        CorpusStories.Day shown = day == null ? null : stories.on(day, minSize);
        ctx.html(Html.page(day == null ? "Stories" : "Stories of " + day, StoriesView.render(day == null ? "" : day.toString(),
                minSize, shown)));
    }

    void reprints(Context ctx) throws IOException {
        read(ctx);
        ReprintFamily f = ApiRoutes.family(reprints, Ids.check("family", ctx.pathParam("id")));
        Article source = config.corpus().get(f.sourceId()).orElse(null);
        ctx.html(Html.page("Reprint family " + f.familyId(), ReprintView.render(f, source, id -> {
            try {
                return config.corpus().get(id).orElse(null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })));
    }

    private void read(Context ctx) {
        if (!config.openReads()) auth.require(ctx);
    }

    void search(Context ctx) throws IOException {
        read(ctx);
        SearchRequest req = ApiRoutes.request(ctx);
        StringBuilder b = new StringBuilder();
        b.append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
                .append("<label for=\"q\" class=\"visually-hidden\">Query</label>")
                .append("<input id=\"q\" name=\"q\" type=\"search\" value=\"").append(esc(req.query()))
                .append("\" placeholder=\"Alep, &quot;président russe&quot;, title:Poutine, quote:terroristes, author:Dupont\">");
        List<String[]> params = params(req);
        for (String[] p : params) {
            if (p[0].equals("q")) continue;
            b.append("<input type=\"hidden\" name=\"").append(p[0]).append("\" value=\"").append(esc(p[1])).append("\">");
        }
        b.append("<button type=\"submit\">Search</button></form>");
        SearchResult r = config.corpus().search(req);
        b.append("<div class=\"results\"><section class=\"hits\">");
        activeFilters(b, params);
        b.append("<p class=\"count\">").append(r.total())
                .append(r.total() == 1 ? " article" : " articles");
        String feed = feedLink(feedUrl(params), "/feeds/search.atom", req, null);
        // a search with no match yet is worth following too: the feed is offered whatever the count
        b.append(" <a class=\"feed\" href=\"").append(esc(feed)).append("\" type=\"application/atom+xml\">Feed</a>");
        if (r.total() > 0) {
            b.append(" <a class=\"download\" href=\"").append(esc(exportUrl(params, "csv")))
                    .append("\" download>Download CSV</a> <a class=\"download\" href=\"")
                    .append(esc(exportUrl(params, "jsonl"))).append("\" download>JSONL</a>");
            if (params.stream().anyMatch(p -> !p[0].equals("sort"))) {
                List<String[]> filters = params.stream().filter(p -> !p[0].equals("sort")).toList();
                b.append(" <a class=\"terms\" href=\"").append(esc(searchUrl(filters).replaceFirst("^/search", "/terms")))
                        .append("\">Words that stand out</a>");
            }
        }
        b.append("</p>");
        if (r.total() > 0) b.append(timeline(ctx, params));
        b.append("<ol>");
        for (SearchHit h : r.hits()) {
            b.append("<li class=\"hit\"><a href=\"/articles/").append(url(h.id())).append("\">")
                    .append(esc(h.title())).append("</a> <span class=\"meta\">")
                    .append(esc(h.date() == null ? "" : h.date())).append(' ')
                    .append(h.site() == null ? "" : SitesView.link(h.site())).append("</span>");
            if (h.snippet() != null) {
                b.append("<p class=\"snippet\">").append(h.snippet().render("<mark>", "</mark>", Html::esc)).append("</p>");
            }
            b.append("</li>");
        }
        b.append("</ol></section><aside class=\"facets\">");
        for (Map.Entry<String, List<FacetCount>> f : r.facets().entrySet()) {
            if (f.getValue().isEmpty()) continue;
            String param = facetParam(f.getKey());
            b.append("<h2>").append(esc(f.getKey())).append("</h2><ul>");
            for (FacetCount c : f.getValue()) {
                boolean active = params.stream().anyMatch(p -> p[0].equals(param) && p[1].equals(c.value()));
                b.append("<li>");
                if (active) {
                    b.append("<strong class=\"active\">").append(esc(c.label())).append("</strong>");
                } else {
                    List<String[]> more = new ArrayList<>(params);
                    more.add(new String[] {param, c.value()});
                    b.append("<a href=\"").append(esc(searchUrl(more))).append("\">").append(esc(c.label())).append("</a>");
                }
                b.append(" <span class=\"n\">").append(c.count()).append("</span></li>");
            }
            b.append("</ul>");
        }
        b.append("</aside></div>");
        ctx.html(Html.page(req.query().isEmpty() ? "Search" : req.query(), "Atom feed of this search", feed, b.toString()));
    }

    /** The most bars the search page draws before it widens the interval (day, then week, then month). */
    static final int PAGE_BARS = 120;

    /**
     * The matches over time: per day, else per week or month when the days would be more than
     * {@link #PAGE_BARS} (or {@code interval=} as given); each bar links to the search restricted to its interval.
     */
    private String timeline(Context ctx, List<String[]> params) throws IOException {
        boolean chosen = ctx.queryParam("interval") != null && !ctx.queryParam("interval").isBlank();
        TimelineRequest asked = ApiRoutes.timelineRequest(ctx, Interval.DAY);
        Timeline t = null;
        for (Interval i : chosen ? List.of(asked.interval()) : List.of(Interval.values())) {
            try {
                t = config.corpus().timeline(new TimelineRequest(asked.search(), i, false));
            } catch (IllegalArgumentException e) { // too many intervals; a bad query never reaches here (the search ran)
                if (chosen) return "<p class=\"note\">" + esc(e.getMessage()) + "</p>";
                continue;
            }
            if (chosen || t.buckets().size() <= PAGE_BARS) break;
        }
        if (t == null) return "";
        List<TimelineChart.Bar> bars = new ArrayList<>();
        for (TimelineBucket k : t.buckets()) {
            List<String[]> within = new ArrayList<>(params); // the bucket's days, already cut at the search's from/to
            within.removeIf(p -> p[0].equals("from") || p[0].equals("to"));
            within.add(new String[] {"from", k.start()});
            within.add(new String[] {"to", k.end()});
            bars.add(new TimelineChart.Bar(k.label(), k.label() + ": " + k.count() + (k.count() == 1 ? " article" : " articles"),
                    k.count(), searchUrl(within)));
        }
        StringBuilder b = new StringBuilder("<section class=\"over-time\"><h2>Articles per ").append(esc(t.interval()))
                .append("</h2>").append(TimelineChart.svg(bars, "matching articles per " + t.interval(), "No dated article."));
        if (t.undated() > 0 || t.outside() > 0) {
            b.append("<p class=\"note\">");
            if (t.undated() > 0) b.append(t.undated()).append(" undated not shown. ");
            if (t.outside() > 0) b.append(t.outside()).append(" first published before the dates asked not shown.");
            b.append("</p>");
        }
        return b.append("</section>").toString();
    }

    private static String facetParam(String facet) {
        return switch (facet) {
            case "entities", "entity" -> "entity";
            case "speakers", "speaker" -> "speaker";
            case "sites", "site" -> "site";
            case "languages", "language" -> "language";
            case "signals", "signal" -> "signal";
            case "authors", "author" -> "author";
            default -> esc(facet);
        };
    }

    /** The request as query parameters, in a fixed order (paging dropped: a new filter starts at the first page). */
    static List<String[]> params(SearchRequest req) {
        List<String[]> out = new ArrayList<>();
        if (!req.query().isEmpty()) out.add(new String[] {"q", req.query()});
        req.entities().forEach(v -> out.add(new String[] {"entity", v}));
        req.speakers().forEach(v -> out.add(new String[] {"speaker", v}));
        req.sites().forEach(v -> out.add(new String[] {"site", v}));
        req.languages().forEach(v -> out.add(new String[] {"language", v}));
        req.signals().forEach(v -> out.add(new String[] {"signal", v}));
        req.authors().forEach(v -> out.add(new String[] {"author", v}));
        req.countries().forEach(v -> out.add(new String[] {"country", v}));
        if (req.from() != null) out.add(new String[] {"from", req.from().toString()});
        if (req.to() != null) out.add(new String[] {"to", req.to().toString()});
        if (req.sort() == SearchRequest.Sort.DATE) out.add(new String[] {"sort", "date"});
        return out;
    }

    /** A search page URL (not yet HTML-escaped). */
    static String searchUrl(List<String[]> params) {
        StringBuilder u = new StringBuilder("/search");
        for (int i = 0; i < params.size(); i++) {
            u.append(i == 0 ? '?' : '&').append(params.get(i)[0]).append('=').append(url(params.get(i)[1]));
        }
        return u.toString();
    }

    /**
     * The link a page gives to a feed: {@code open} on a server whose reads are open; under closed
     * reads (the reader of this page sent the token) the feed's address with its read-only key,
     * which a feed reader without the token can poll ({@link org.vigie.server.api.FeedKeys}).
     */
    private String feedLink(String open, String path, SearchRequest filters, String[] inPath) {
        if (config.openReads() || !feedKeys.enabled()) return open;
        String address = org.vigie.server.api.FeedRoutes.address(path, org.vigie.corpus.feed.FeedRequest.of(filters), inPath);
        return org.vigie.server.api.FeedRoutes.withKey(address, feedKeys);
    }

    /** The Atom feed of the search's query and filters (its newest matches; the sort plays no part). */
    static String feedUrl(List<String[]> params) {
        StringBuilder u = new StringBuilder("/feeds/search.atom");
        for (String[] p : params) {
            if (!p[0].equals("sort")) u.append(u.indexOf("?") < 0 ? '?' : '&').append(p[0]).append('=').append(url(p[1]));
        }
        return u.toString();
    }

    /** The export of every article of the search (its query and filters, not its order), as one articles table. */
    static String exportUrl(List<String[]> params, String format) {
        StringBuilder u = new StringBuilder("/api/export?");
        for (String[] p : params) {
            if (!p[0].equals("sort")) u.append(p[0]).append('=').append(url(p[1])).append('&');
        }
        return u.append("table=articles&format=").append(format).toString();
    }

    /** The filters in force, each with a link to the same search without it (facets count the filtered hits). */
    private static void activeFilters(StringBuilder b, List<String[]> params) {
        List<String[]> filters = params.stream().filter(p -> !p[0].equals("q") && !p[0].equals("sort")).toList();
        if (filters.isEmpty()) return;
        b.append("<nav class=\"active-filters\" aria-label=\"Active filters\"><h2>Filters</h2><ul>");
        for (String[] f : filters) {
            List<String[]> rest = new ArrayList<>(params);
            rest.removeIf(p -> p == f);
            b.append("<li><span class=\"filter-name\">").append(esc(f[0])).append("</span> <strong>").append(esc(f[1]))
                    .append("</strong> <a class=\"remove\" href=\"").append(esc(searchUrl(rest)))
                    .append("\" title=\"Remove this filter\" aria-label=\"Remove filter ").append(esc(f[0])).append(' ')
                    .append(esc(f[1])).append("\">×</a></li>");
        }
        if (filters.size() > 1) {
            List<String[]> none = params.stream().filter(p -> p[0].equals("q") || p[0].equals("sort")).toList();
            b.append("<li><a class=\"remove-all\" href=\"").append(esc(searchUrl(none))).append("\">Remove all filters</a></li>");
        }
        b.append("</ul></nav>");
    }

    void article(Context ctx) throws IOException {
        read(ctx);
        String id = Ids.check("article", ctx.pathParam("id"));
        Article a = config.corpus().get(id).orElseThrow(() -> ApiException.notFound("no article " + id));
        RelatedResult related = config.corpus().related(RelatedRequest.of(id)).orElse(null);
        ctx.html(Html.page(a.title(), articleBody(a, related)));
    }

    /** A page of an article that is not stored: no reprint family, no links to entities, no related coverage. */
    static String articleBody(Article a) {
        return articleBody(a, false, null);
    }

    /** A page of a stored article and its related coverage (none when null). */
    static String articleBody(Article a, RelatedResult related) {
        return articleBody(a, true, related);
    }

    private static String articleBody(Article a, boolean stored, RelatedResult related) {
        StringBuilder b = new StringBuilder("<div class=\"article-page\"><article>");
        b.append("<p class=\"meta\">");
        if (a.metadata().date() != null) b.append("<time>").append(esc(a.metadata().date())).append("</time> ");
        if (a.metadata().site() != null) {
            String site = org.vigie.corpus.store.ArticleDocuments.site(a);
            b.append(stored && site != null ? SitesView.link(site, a.metadata().site()) : esc(a.metadata().site())).append(' ');
        }
        if (a.sourceId() != null) b.append("<span class=\"source-id\">").append(esc(a.sourceId())).append("</span> ");
        if (a.language() != null) b.append("<span class=\"lang\">").append(esc(a.language())).append("</span>");
        if (stored && a.storedInstant() != null) {
            // when Vigie first stored it: the time its feeds list it by when the page gives no date
            String at = a.storedInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            b.append(" <span class=\"stored-at\">stored on <time datetime=\"").append(esc(at)).append("\">")
                    .append(esc(at.replace('T', ' ').replace("Z", " UTC"))).append("</time></span>");
        }
        b.append("</p>");
        b.append(ArticleView.text(a));
        if (!a.boilerplate().isEmpty()) {
            b.append("<details class=\"boilerplate\"><summary>Removed boilerplate (").append(a.boilerplate().size())
                    .append(")</summary><ul>");
            for (String s : a.boilerplate()) b.append("<li>").append(esc(s)).append("</li>");
            b.append("</ul></details>");
        }
        b.append("</article><div class=\"side\">");
        if (stored && (a.familyId() != null || a.reprintOf() != null)) {
            String fam = a.familyId() != null ? a.familyId() : a.id();
            b.append("<section class=\"reprints\"><h2>Reprints</h2><p>")
                    .append(a.reprintOf() != null ? "This text is a copy of an earlier publication. " : "This text was republished. ")
                    .append("<a href=\"/reprints/").append(url(fam)).append("\">See the family</a></p></section>");
        }
        if (related != null) b.append(RelatedView.render(related));
        if (stored) b.append(QuotesView.ofArticle(a));
        b.append(SkippedView.render(a));
        b.append(PublicationsView.render(a));
        b.append(ArticleView.LEGEND);
        if (!a.signals().isEmpty()) {
            b.append("<section class=\"signals\"><h2>Signals</h2><ul>");
            for (Signal s : a.signals()) {
                b.append("<li><strong>").append(esc(s.kind())).append("</strong> ")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", s.score())).append("<br>")
                        .append(esc(s.explanation())).append("</li>");
            }
            b.append("</ul></section>");
        }
        b.append("<section class=\"entities\"><h2>Entities</h2><ul>");
        for (Entity e : a.entities()) {
            b.append("<li><span class=\"ent ent-").append(e.type()).append("\">");
            if (stored && e.entityId() != null) {
                b.append("<a href=\"/entities/").append(url(e.entityId())).append("\">").append(esc(e.canonical())).append("</a>");
            } else {
                b.append(esc(e.canonical()));
            }
            b.append("</span>").append(PlacesView.place(e))
                    .append(" <span class=\"n\">").append(e.mentions().size()).append("</span></li>");
        }
        b.append("</ul></section>").append(PlacesView.countries(a, stored)).append("</div></div>");
        return b.toString();
    }

    void entity(Context ctx) throws IOException {
        read(ctx);
        String id = Ids.check("entity", ctx.pathParam("id"));
        EntityProfile p = EntityProfile.of(config.corpus(), id, 50);
        if (p == null) throw ApiException.notFound("no entity " + id + " in the corpus");
        String entityFeed = feedLink("/feeds/entities/" + url(id) + ".atom", "/feeds/entities/" + url(id) + ".atom",
                SearchRequest.builder("").entity(id).build(), new String[] {"entity", id});
        StringBuilder b = new StringBuilder("<h1>").append(esc(p.canonical())).append(" <span class=\"ent ent-")
                .append(esc(p.type())).append("\">").append(esc(p.type())).append("</span></h1>");
        b.append("<p class=\"meta\">").append(p.articles()).append(p.articles() == 1 ? " article" : " articles")
                .append(" · <a href=\"/search?entity=").append(url(id)).append("\">search them</a>")
                .append(" · <a href=\"/terms?entity=").append(url(id)).append("\">words that stand out around ")
                .append(esc(p.canonical())).append("</a>")
                .append(" · <a class=\"feed\" href=\"").append(esc(entityFeed)).append("\" type=\"application/atom+xml\">Feed</a></p>");
        b.append("<section><h2>Mentions per day</h2>").append(TimelineChart.svg(p.timeline())).append("</section>");
        quotes(b, "Quotes by " + p.canonical(), p.quotesBy());
        quotes(b, "Quotes about " + p.canonical(), p.quotesAbout());
        b.append("<section><h2>Named beside</h2><ul class=\"co\">");
        for (EntityProfile.CoEntity c : p.cooccurring()) {
            b.append("<li><span class=\"ent ent-").append(esc(c.type())).append("\">");
            if (c.entityId() != null) {
                b.append("<a href=\"/entities/").append(url(c.entityId())).append("\">").append(esc(c.canonical())).append("</a>");
            } else {
                b.append(esc(c.canonical()));
            }
            b.append("</span> <span class=\"n\">").append(c.articles()).append("</span></li>");
        }
        b.append("</ul></section>");
        ctx.html(Html.page(p.canonical(), "Atom feed of the articles naming " + p.canonical(), entityFeed, b.toString()));
    }

    private static void quotes(StringBuilder b, String title, List<EntityProfile.QuoteRef> quotes) {
        b.append("<section class=\"quotes\"><h2>").append(esc(title)).append("</h2>");
        if (quotes.isEmpty()) b.append("<p class=\"none\">None found.</p>");
        b.append("<ul>");
        for (EntityProfile.QuoteRef q : quotes) {
            b.append("<li><blockquote class=\"quote quote-").append(q.quote().kind().json()).append("\">")
                    .append(esc(q.quote().text().text())).append("</blockquote><p class=\"meta\">")
                    .append(esc(q.quote().speaker() == null ? "" : q.quote().speaker().canonical()))
                    .append(" · <a href=\"/articles/").append(url(q.articleId())).append("\">")
                    .append(esc(q.title())).append("</a> ").append(esc(q.date() == null ? "" : q.date()))
                    .append("</p></li>");
        }
        b.append("</ul></section>");
    }

    void analyze(Context ctx) {
        read(ctx);
        String page;
        String kind;
        try {
            page = ctx.formParam("page");
            kind = ctx.formParam("kind");
        } catch (Exception e) { // Javalin (Kotlin) may throw checked exceptions undeclared
            // a body that is not the form (bad multipart boundary, unknown charset)
            throw ApiException.badRequest("unreadable form: post application/x-www-form-urlencoded with a page field");
        }
        if (page == null || page.isBlank()) throw ApiException.badRequest("paste a page to analyse");
        String mime = "text/html".equals(kind) ? "text/html" : "text/plain";
        ArticleReader reader = config.readers().apply(mime);
        if (reader == null) throw new ApiException(415, "unsupported page kind " + mime);
        Article a;
        try {
            List<Article> read = reader.read(new RawDocument(page.getBytes(StandardCharsets.UTF_8),
                    Origin.ofPath("pasted page"), "UTF-8", null));
            if (read.isEmpty()) throw ApiException.badRequest("no article found in the pasted page");
            ApiRoutes.checkAnalyzable(read.get(0));
            a = config.pipeline().get().process(read.get(0));
        } catch (ReadException e) {
            throw ApiException.badRequest(ApiRoutes.readError(e));
        }
        ctx.html(Html.page("Analysis: " + a.title(), analyzeForm(page)
                + "<p class=\"note\">Not stored.</p>" + articleBody(a)));
    }

    private static String analyzeForm(String page) {
        return "<h1>Analyze a page</h1><form class=\"analyze\" method=\"post\" action=\"/analyze\">"
                + "<label for=\"page\">Page (a raw text dump or HTML)</label>"
                + "<textarea id=\"page\" name=\"page\" rows=\"12\">" + esc(page) + "</textarea>"
                + "<label><input type=\"radio\" name=\"kind\" value=\"text/plain\" checked> text dump</label> "
                + "<label><input type=\"radio\" name=\"kind\" value=\"text/html\"> HTML</label> "
                + "<button type=\"submit\">Analyze</button></form>";
    }
}
