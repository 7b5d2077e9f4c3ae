package org.vigie.ingest.tabular;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
 * JSON Lines (one JSON object per line, also {@code .ndjson}): each line is one article, mapped by
 * {@link RecordFields}. A bad line is rejected with its line number and the others are read;
 * {@link Origin#record()} is the line number.
 */
public final class JsonlReader implements ArticleReader {

    /** Jackson's default string cap (20 M chars) would reject a long article; nesting stays capped. */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(100_000_000).build())
            .build()).build();

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public List<Article> read(RawDocument doc, RejectSink rejects) throws ReadException {
        Origin origin = doc.origin();
        long binary = BinarySniffer.firstBinaryOffset(doc.bytes());
        if (binary >= 0) {
            throw new ReadException(origin, -1, binary, "binary content: expected JSON Lines text");
        }
        String text = TextDecoder.decode(doc.bytes(), doc.declaredCharset());
        List<Article> out = new ArrayList<>();
        int lineNo = 0;
        int records = 0;
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end).strip();
            lineNo++;
            pos = end + 1;
            if (line.isEmpty()) continue;
            records++;
            Origin at = new Origin(origin.path(), (long) lineNo, origin.url());
            try {
                out.add(RecordFields.toArticle(fields(line, origin, lineNo), at, origin, lineNo));
            } catch (ReadException e) {
                rejects.reject(e);
            }
        }
        if (records == 0) {
            throw ReadException.at(origin, "empty JSON Lines file: expected one JSON object per line");
        }
        return out;
    }

    private static Map<String, Object> fields(String line, Origin file, long lineNo) throws ReadException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw new ReadException(file, lineNo, -1, "malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new ReadException(file, lineNo, -1, "expected a JSON object, found "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
        }
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
