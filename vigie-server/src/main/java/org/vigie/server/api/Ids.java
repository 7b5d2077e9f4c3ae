package org.vigie.server.api;

import java.util.regex.Pattern;

/** Validation of path parameters: ids are short tokens, never paths or markup. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

    private Ids() {
    }

    public static String check(String kind, String value) {
        if (value == null || !ID.matcher(value).matches() || value.contains("..")) {
            throw ApiException.badRequest("invalid " + kind + " id");
        }
        return value;
    }
}
