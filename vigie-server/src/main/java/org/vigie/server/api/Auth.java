package org.vigie.server.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Bearer-token checks, compared in constant time so the token cannot be guessed byte by byte. */
public final class Auth {

    private final byte[] token;

    public Auth(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    public boolean enabled() {
        return token != null;
    }

    /** Throws 401 unless the request carries the token ("Authorization: Bearer T" or "X-Vigie-Token: T"). */
    public void require(Context ctx) {
        if (token == null) throw new ApiException(403, "this server accepts no writes (started without a token)");
        String given = ctx.header("Authorization");
        if (given != null && given.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = given.substring(7).strip();
        } else {
            given = ctx.header("X-Vigie-Token");
        }
        byte[] g = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token, g)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "missing or wrong token");
        }
    }
}
