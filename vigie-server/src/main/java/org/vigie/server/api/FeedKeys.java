package org.vigie.server.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Read-only capability keys for the Atom feeds of a server whose reads are closed: most feed
 * readers cannot send {@code Authorization: Bearer}, but any of them can poll a URL. The key of a
 * feed is {@code base64url(HMAC-SHA256(k, address))}, where {@code address} is the feed's path and
 * its parameters in their fixed order ({@code /feeds/search.atom?q=alep&site=lemonde.fr}, as the
 * feed's self link has them, without the key) and {@code k = HMAC-SHA256(server token,
 * "vigie feed keys v1")}: a key opens the one feed it was made for (not another query, filter,
 * limit, entity or site), is accepted as {@code ?key=} on {@code /feeds/*} only (never on the API or
 * the pages), and cannot be turned back into the token. Keys are checked in constant time.
 *
 * <p>The trade-off: a URL with its key is a bearer credential for that one feed, and URLs end up in
 * proxy and server logs, browser histories and the feed reader's own storage. Keys do not expire;
 * changing the server token ({@code --token}) revokes every key at once.
 */
public final class FeedKeys {

    /** Separates the key derivation from any other use of the token. */
    private static final byte[] PURPOSE = "vigie feed keys v1".getBytes(StandardCharsets.UTF_8);
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    /** Keys derived from {@code serverToken}; null: no keys (an open server, or one without a token). */
    public FeedKeys(String serverToken) {
        this.key = serverToken == null || serverToken.isEmpty() ? null
                : new SecretKeySpec(hmac(new SecretKeySpec(serverToken.getBytes(StandardCharsets.UTF_8), HMAC), PURPOSE), HMAC);
    }

    public boolean enabled() {
        return key != null;
    }

    /**
     * The key of the feed at {@code address} (its path and parameters in their fixed order, no key).
     *
     * @throws IllegalStateException the server has no token to derive keys from
     */
    public String keyFor(String address) {
        if (key == null) throw new IllegalStateException("no feed keys: the server has no token");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, address.getBytes(StandardCharsets.UTF_8)));
    }

    /** True when {@code given} is the key of the feed at {@code address} (constant time). */
    public boolean accepts(String address, String given) {
        if (key == null || given == null) return false;
        byte[] want = keyFor(address).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(want, given.strip().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(SecretKeySpec k, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(k);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e); // every JVM has it
        }
    }
}
