package org.vigie.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigie.core.json.ArticleJson;
import org.vigie.corpus.CorpusReprints;
import org.vigie.corpus.GroupCommit;
import org.vigie.corpus.search.QuerySyntaxException;
import org.vigie.server.api.ApiException;
import org.vigie.server.api.ApiRoutes;
import org.vigie.server.api.Auth;
import org.vigie.server.api.FeedKeys;
import org.vigie.server.api.FeedRoutes;
import org.vigie.server.api.HeavyGate;
import org.vigie.server.api.StoryDays;
import org.vigie.server.ui.Html;
import org.vigie.server.ui.UiRoutes;

/**
 * The HTTP server: the JSON API under /api/, its OpenAPI document, and the web UI. Every response
 * carries a strict Content-Security-Policy (no script at all), and every page escapes scraped text.
 */
public final class VigieServer implements AutoCloseable {

    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private final Javalin app;
    private final GroupCommit ingests;

    private VigieServer(Javalin app, GroupCommit ingests) {
        this.app = app;
        this.ingests = ingests;
    }

    public static VigieServer create(ServerConfig config) {
        Auth auth = new Auth(config.ingestToken());
        CorpusReprints reprints;
        try {
            reprints = CorpusReprints.open(config.corpus());
            if (reprints.reconciled()) reprints.save(); // so the next start need not rebuild
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the corpus's reprint families", e);
        }
        // Concurrent POST /api/ingest requests share commits (see GroupCommit).
        GroupCommit ingests = new GroupCommit(config.corpus(), reprints);
        String openapi = resource("/org/vigie/server/openapi.json");
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.jsonMapper(new JavalinJackson(ArticleJson.mapper().copy(), false));
            // Requests Jetty rejects before routing (a control character in the URL, a broken
            // escape, a URI too long) get the API's JSON error instead of Jetty's HTML page.
            c.jetty.modifyServer(server -> server.setErrorHandler(new BadMessageAsJson()));
            c.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/org/vigie/server/public";
                s.location = Location.CLASSPATH;
            });
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
        });
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
        StoryDays stories = new StoryDays(config.corpus());
        HeavyGate heavy = HeavyGate.forThisMachine();
        new ApiRoutes(config, auth, reprints, ingests, stories, heavy).register(app);
        // read-only keys for the feeds of a closed server, derived from its token (none when reads are open)
        FeedKeys feedKeys = new FeedKeys(config.openReads() ? null : config.ingestToken());
        new UiRoutes(config, auth, reprints, stories, heavy, feedKeys).register(app);
        new FeedRoutes(config, auth, feedKeys).register(app);

        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(QuerySyntaxException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            org.slf4j.LoggerFactory.getLogger(VigieServer.class).error("request failed: " + ctx.path(), e);
            error(ctx, 500, "internal error");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) error(ctx, 404, "not found: " + ctx.path());
        });
        return new VigieServer(app, ingests);
    }

    /** Jetty's answer to a request it cannot parse, as {"error": {"code", "message"}}. */
    static final class BadMessageAsJson extends org.eclipse.jetty.server.handler.ErrorHandler {
        @Override
        public java.nio.ByteBuffer badMessageError(int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
            fields.put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, "application/json");
            fields.put("Content-Security-Policy", CSP);
            Map<String, Object> inner = new LinkedHashMap<>();
            inner.put("code", status);
            inner.put("message", "malformed request: " + (reason == null || reason.isBlank() || reason.equals("Bad Request")
                    ? "the URL or a header holds a character or escape that is not allowed (%00, a broken %-escape)"
                    : reason));
            try {
                return java.nio.ByteBuffer.wrap(ArticleJson.mapper().writeValueAsBytes(Map.of("error", inner)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** JSON for the API and the feeds (read by programs), a small escaped page for the UI. */
    static void error(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/feeds/") || ctx.path().equals("/openapi.json")) {
            Map<String, Object> inner = new LinkedHashMap<>();
            inner.put("code", status);
            inner.put("message", message);
            ctx.json(Map.of("error", inner));
        } else {
            ctx.html(Html.page("Error " + status, "<h1>Error " + status + "</h1><p>" + Html.esc(message) + "</p>"));
        }
    }

    public VigieServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Stops serving, then saves the reprint state if ingests happened since it was last saved. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            try {
                ingests.close();
            } catch (IOException e) {
                // Every acknowledged article is committed; the families are rebuilt from the journal on the next open.
                org.slf4j.LoggerFactory.getLogger(VigieServer.class).warn("cannot save the reprint state: {}", e.toString());
            }
        }
    }

    private static String resource(String path) {
        try (InputStream in = VigieServer.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
