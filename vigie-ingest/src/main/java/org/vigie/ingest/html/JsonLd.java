package org.vigie.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's JSON-LD blocks, flattened ({@code @graph}, arrays, nested
 * {@code mainEntity}). Broken blocks are skipped: they are common and say nothing reliable.
 */
final class JsonLd {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.IGNORE_UNDEFINED)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "blogposting", "socialmediaposting", "liveblogposting", "report", "scholarlyarticle",
            "techarticle", "advertisercontentarticle", "satiricalarticle", "posting");

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
    }

    static JsonLd of(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            String json = s.data().strip();
            if (json.startsWith("<!--")) json = json.substring(4);
            if (json.endsWith("-->")) json = json.substring(0, json.length() - 3);
            if (json.startsWith("//<![CDATA[")) json = json.substring(11);
            if (json.endsWith("//]]>")) json = json.substring(0, json.length() - 5);
            try {
                flatten(MAPPER.readTree(json), out);
            } catch (Exception e) {
                // malformed JSON-LD is frequent on real pages; other metadata sources remain
            }
        }
        return new JsonLd(out);
    }

    private static void flatten(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        if (root != null) todo.add(root);
        int guard = 0;
        while (!todo.isEmpty() && guard++ < 10_000) {
            JsonNode n = todo.poll();
            if (n.isArray()) {
                n.forEach(todo::add);
            } else if (n.isObject()) {
                out.add(n);
                if (n.has("@graph")) todo.add(n.get("@graph"));
                if (n.has("mainEntity")) todo.add(n.get("mainEntity"));
            }
        }
    }

    /** The page's article object: the first whose @type is an Article kind, else null. */
    JsonNode article() {
        for (JsonNode n : objects) {
            for (String t : types(n)) {
                if (ARTICLE_TYPES.contains(t)) return n;
            }
        }
        return null;
    }

    /** The first object carrying {@code field} (article first), as text, or null. */
    String first(String field) {
        JsonNode a = article();
        String v = a == null ? null : text(a.get(field));
        if (v != null) return v;
        for (JsonNode n : objects) {
            v = text(n.get(field));
            if (v != null) return v;
        }
        return null;
    }

    /** Names of the article's authors (persons or organisations). */
    List<String> authors() {
        JsonNode a = article();
        List<String> names = new ArrayList<>();
        if (a == null) return names;
        JsonNode au = a.get("author");
        if (au == null) au = a.get("creator");
        if (au == null) return names;
        List<String> organisations = new ArrayList<>();
        for (JsonNode n : au.isArray() ? au : List.of(au)) {
            String name = n.isTextual() ? n.asText() : text(n.get("name"));
            if (name == null || name.isBlank() || name.startsWith("http")) continue;
            if (types(n).contains("organization") || types(n).contains("newsmediaorganization")) organisations.add(name.strip());
            else names.add(name.strip());
        }
        // A person's name is the byline; the publisher listed as author only when no person is.
        return names.isEmpty() ? organisations : names;
    }

    /** Name of the article's publisher, or null. */
    String publisher() {
        JsonNode a = article();
        JsonNode p = a == null ? null : a.get("publisher");
        if (p == null) return null;
        if (p.isArray() && !p.isEmpty()) p = p.get(0);
        return p.isTextual() ? p.asText() : text(p.get("name"));
    }

    private static List<String> types(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) return List.of();
        List<String> out = new ArrayList<>();
        for (JsonNode x : t.isArray() ? t : List.of(t)) {
            if (x.isTextual()) {
                String s = x.asText();
                int slash = s.lastIndexOf('/');
                out.add(s.substring(slash + 1).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isArray()) return n.isEmpty() ? null : text(n.get(0));
        if (n.isObject()) return text(n.has("name") ? n.get("name") : n.get("@value"));
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
