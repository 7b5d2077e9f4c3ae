package org.vigie.ingest.tabular;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.core.model.Article;
import org.vigie.core.model.Origin;
import org.vigie.core.read.ArticleReader;
import org.vigie.core.read.RawDocument;
import org.vigie.core.read.ReadException;
import org.vigie.core.read.RejectSink;
import org.vigie.ingest.encoding.BinarySniffer;
import org.vigie.ingest.encoding.TextDecoder;

/**
 * JSON files as data sets export them: an array of article objects, one article object, an
 * object wrapping the array ({@code {"articles": [...]}}), or objects one after another. Each
 * object is mapped by {@link RecordFields}; {@link Origin#record()} is its 1-based position.
 * A malformed object ends the file with a rejection at its line; the objects before it are kept.
 */
public final class JsonReader implements ArticleReader {

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(100_000_000).build())
            .build()).build();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public List<Article> read(RawDocument doc, RejectSink rejects) throws ReadException {
        Origin origin = doc.origin();
        long binary = BinarySniffer.firstBinaryOffset(doc.bytes());
        if (binary >= 0) throw new ReadException(origin, -1, binary, "binary content: expected JSON text");
        String text = TextDecoder.decode(doc.bytes(), doc.declaredCharset());
        if (text.isBlank()) throw ReadException.at(origin, "empty JSON file: expected an array of article objects");
        List<Article> out = new ArrayList<>();
        long record = 0;
        long lastLine = 1;
        try (JsonParser p = JSON.getFactory().createParser(text)) {
            JsonToken first = p.nextToken();
            boolean array = first == JsonToken.START_ARRAY;
            JsonToken t = array ? p.nextToken() : first;
            while (t != null && t != JsonToken.END_ARRAY) {
                long line = p.currentTokenLocation().getLineNr();
                lastLine = line;
                JsonNode node = JSON.readTree(p);
                record++;
                JsonToken next = p.nextToken();
                if (record == 1 && !array && next == null && node.isObject() && !hasBody(node)) {
                    JsonNode wrapped = wrappedArray(node);
                    if (wrapped != null) {
                        readWrapped(wrapped, origin, out, rejects);
                        return out;
                    }
                }
                map(node, origin, record, line, out, rejects);
                t = next;
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            // A limit exceeded (Jackson's StreamReadConstraints) comes without a location: the line
            // where the object being read starts is the best place to point at.
            long at = loc == null || loc.getLineNr() < 1 ? lastLine : loc.getLineNr();
            ReadException r = new ReadException(origin, at, -1,
                    "malformed JSON" + (record > 0 ? " after object " + record : "") + ", rest of file skipped: "
                            + e.getOriginalMessage(), e);
            if (out.isEmpty() && record == 0) throw r;
            rejects.reject(r);
        } catch (IOException e) {
            throw new ReadException(origin, -1, -1, "unreadable JSON: " + e.getMessage(), e);
        }
        return out;
    }

    private static void readWrapped(JsonNode array, Origin origin, List<Article> out, RejectSink rejects) {
        long record = 0;
        for (JsonNode n : array) {
            record++;
            map(n, origin, record, -1, out, rejects);
        }
    }

    private static void map(JsonNode node, Origin origin, long record, long line, List<Article> out, RejectSink rejects) {
        Origin at = new Origin(origin.path(), record, origin.url());
        if (!node.isObject()) {
            rejects.reject(new ReadException(at, line, -1, "expected a JSON object, found "
                    + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
            return;
        }
        try {
            out.add(RecordFields.toArticle(fields(node), at, at, line));
        } catch (ReadException e) {
            rejects.reject(e);
        }
    }

    private static boolean hasBody(JsonNode node) {
        for (String f : RecordFields.BODY) {
            if (node.has(f)) return true;
        }
        return false;
    }

    /** The first field of {@code node} holding an array of objects ("articles", "data", "items"...). */
    private static JsonNode wrappedArray(JsonNode node) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            JsonNode v = it.next().getValue();
            if (v.isArray() && !v.isEmpty() && v.get(0).isObject()) return v;
        }
        return null;
    }

    static Map<String, Object> fields(JsonNode node) {
        Map<String, Object> f = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isValueNode() && !v.isNull()) {
                f.put(e.getKey(), v.asText());
            } else if (v.isArray()) {
                List<String> items = new ArrayList<>();
                v.forEach(x -> {
                    if (x.isValueNode() && !x.isNull()) items.add(x.asText());
                });
                f.put(e.getKey(), items);
            }
        }
        return f;
    }
}
