package org.vigie.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.vigie.corpus.CorpusState;
import org.vigie.corpus.feed.AtomWriter;
import org.vigie.corpus.feed.Feed;
import org.vigie.corpus.feed.FeedLinks;
import org.vigie.corpus.feed.FeedRequest;
import org.vigie.corpus.search.SearchRequest;
import org.vigie.server.ServerConfig;
import org.vigie.server.ui.Html;

/**
 * Atom feeds of searches, for feed readers: {@code /feeds/search.atom} (the query and filters of
 * {@code /api/search}), {@code /feeds/entities/{id}.atom} and {@code /feeds/sites/{site}.atom}.
 *
 * <p>Readers poll, so a poll of an unchanged corpus costs no query: the ETag names the commit the
 * corpus is at (its {@link CorpusState}) and the feed asked (address, query, filters, limit), and
 * Last-Modified is that commit's time. {@code If-None-Match} (or, without it,
 * {@code If-Modified-Since}) answers 304 when they still hold. Last-Modified is the commit's time,
 * not the newest entry's: an article stored today may be dated last week and still enter the feed.
 * Bad parameters get the API's JSON error.
 *
 * <p>Under closed reads a feed needs the token, or its own read-only capability key as
 * {@code ?key=} ({@link FeedKeys}), which feed readers that cannot send a header can use.
 */
public final class FeedRoutes {

    /** Host headers that make a link: a name or address and a port, nothing a URL could be bent with. */
    private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?");
    /** Bumped when the writer changes what it writes, so a reader holding an old ETag gets the new form. */
    private static final String FORMAT = "atom-1";

    /** The query parameter that carries a feed's capability key ({@link FeedKeys}). */
    public static final String KEY = "key";

    private final ServerConfig config;
    private final Auth auth;
    private final FeedKeys keys;

    public FeedRoutes(ServerConfig config, Auth auth, FeedKeys keys) {
        this.config = config;
        this.auth = auth;
        this.keys = keys;
    }

    /**
     * The address a feed's key is made for: its path and parameters in their fixed order, as its
     * self link has them ({@code /feeds/search.atom?q=alep}); {@code inPath} is the filter the path
     * gives (an entity, a site), null for the search feed.
     */
    public static String address(String path, FeedRequest request, String[] inPath) {
        return path + AtomWriter.query(selfParams(request, inPath));
    }

    /** {@code feedPath} (a feed's {@link #address}) with its key appended, for a page shown to an authorised reader. */
    public static String withKey(String address, FeedKeys keys) {
        return address + (address.indexOf('?') < 0 ? '?' : '&') + KEY + "=" + keys.keyFor(address);
    }

    public void register(Javalin app) {
        Handler search = ctx -> serve(ctx, ApiRoutes.filters(ctx), "/feeds/search.atom", null);
        Handler entity = ctx -> {
            String id = Ids.check("entity", atomFile(ctx));
            serve(ctx, ApiRoutes.filters(ctx).entity(id), "/feeds/entities/" + Html.url(id) + ".atom", new String[] {"entity", id});
        };
        Handler site = ctx -> {
            String s = Ids.check("site", atomFile(ctx));
            serve(ctx, ApiRoutes.filters(ctx).site(s), "/feeds/sites/" + Html.url(s) + ".atom", new String[] {"site", s});
        };
        // HEAD too: some readers and validators check a feed with it (the server sends the head, no body)
        for (var route : java.util.Map.of("/feeds/search.atom", search, "/feeds/entities/{file}", entity, "/feeds/sites/{file}", site).entrySet()) {
            app.get(route.getKey(), route.getValue());
            app.head(route.getKey(), route.getValue());
        }
    }

    /** The name in a path segment "NAME.atom"; any other segment is not a feed (404). */
    private static String atomFile(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.endsWith(".atom") || file.length() == ".atom".length()) {
            throw ApiException.notFound("not a feed: " + ctx.path() + " (feeds end in .atom)");
        }
        return file.substring(0, file.length() - ".atom".length());
    }

    /**
     * Answers the feed of {@code filters} at {@code path}; {@code inPath} is the filter the path
     * itself gives (an entity, a site), left out of the feed's own address.
     */
    private void serve(Context ctx, SearchRequest.Builder filters, String path, String[] inPath) throws IOException {
        String key = config.openReads() ? null : ctx.queryParam(KEY);
        // a reader holding a key has no token: checked once the feed's address is known, below
        if (!config.openReads() && key == null) auth.require(ctx);
        FeedRequest request;
        try {
            request = new FeedRequest(filters.build(), ApiRoutes.intParam(ctx, "limit", FeedRequest.DEFAULT_LIMIT, 1, FeedRequest.MAX_LIMIT));
        } catch (IllegalArgumentException | ApiException e) {
            // with a key and no token, a bad parameter says nothing of the feed: the key cannot be its key
            if (key != null) throw wrongKey(ctx);
            if (e instanceof ApiException a) throw a;
            throw ApiException.badRequest(e.getMessage());
        }
        String address = address(path, request, inPath);
        if (key != null && !keys.accepts(address, key)) throw wrongKey(ctx);
        String base = config.publicUrl() != null ? config.publicUrl() : base(ctx);
        // the feed's own address, its parameters in a fixed order (one feed, one address, one ETag);
        // a reader let in by its key keeps it in the self link, which some readers re-subscribe to
        String self = base + address;
        FeedLinks links = new FeedLinks(base, key != null ? base + withKey(address, keys) : self);
        ctx.header("Cache-Control", config.openReads() ? "no-cache" : "private, no-cache");
        if (!config.openReads()) ctx.header("Vary", "Authorization, X-Vigie-Token");

        CorpusState now = config.corpus().state();
        if (notModified(ctx, etag(now, self), now.committedAt())) {
            validators(ctx, now, self);
            ctx.status(304);
            return;
        }
        Feed feed = config.corpus().feed(request);
        byte[] xml = AtomWriter.toBytes(feed, links);
        validators(ctx, feed.state(), self);
        ctx.status(200).contentType(AtomWriter.CONTENT_TYPE).result(xml);
    }

    private static ApiException wrongKey(Context ctx) {
        ctx.header("WWW-Authenticate", "Bearer");
        return new ApiException(401, "wrong feed key: a key opens the one feed it was made for (path, query, filters and limit)");
    }

    /** The request's parameters but the one its path gives, and the limit when not the default. */
    private static List<String[]> selfParams(FeedRequest r, String[] inPath) {
        List<String[]> p = new ArrayList<>(r.params());
        if (inPath != null) {
            for (int i = 0; i < p.size(); i++) {
                if (p.get(i)[0].equals(inPath[0]) && p.get(i)[1].equals(inPath[1])) {
                    p.remove(i);
                    break;
                }
            }
        }
        if (r.limit() != FeedRequest.DEFAULT_LIMIT) p.add(new String[] {"limit", Integer.toString(r.limit())});
        return p;
    }

    private static void validators(Context ctx, CorpusState state, String self) {
        ctx.header("ETag", etag(state, self));
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(state.committedAt().atOffset(ZoneOffset.UTC)));
    }

    /** A strong ETag: the commit and the feed's address (which holds its query, filters and limit). */
    static String etag(CorpusState state, String self) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest((FORMAT + "\u001f" + state.commit() + "\u001f" + self).getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(h, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }

    /**
     * RFC 9110 13.2.2: If-None-Match when present (any listed tag equal, weakly: a W/ prefix is
     * ignored; or *), else If-Modified-Since (the commit not after it; an unreadable date is ignored).
     */
    static boolean notModified(Context ctx, String etag, Instant committedAt) {
        String inm = ctx.header("If-None-Match");
        if (inm != null) {
            for (String t : inm.split(",")) {
                String tag = t.strip();
                if (tag.startsWith("W/")) tag = tag.substring(2);
                if (tag.equals("*") || tag.equals(etag)) return true;
            }
            return false;
        }
        String ims = ctx.header("If-Modified-Since");
        if (ims == null) return false;
        try {
            Instant since = ZonedDateTime.parse(ims.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !committedAt.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The server's address as the client wrote it (scheme and Host header); a Host a URL cannot hold is a 400. */
    static String base(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !HOST.matcher(host.strip()).matches()) {
            throw ApiException.badRequest("a feed needs the Host header to link to this server: missing or not a host[:port]");
        }
        return ctx.scheme() + "://" + host.strip();
    }
}
