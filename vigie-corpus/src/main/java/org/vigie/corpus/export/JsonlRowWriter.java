package org.vigie.corpus.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.vigie.core.json.ArticleJson;
import org.vigie.core.model.Span;

/**
 * JSON Lines: one object per row, its keys the table's columns in order, every key present (null
 * when there is no value), each line ended by LF. Spans are objects {@code {start, end, text}} and
 * lists are arrays, as Spark writes its struct and array columns; text is not formula-protected
 * (it is data, not a sheet).
 */
final class JsonlRowWriter implements RowWriter {

    private final Writer out;
    private final List<Column> columns;
    private final JsonGenerator json;

    JsonlRowWriter(Writer out, List<Column> columns) throws IOException {
        this.out = out;
        this.columns = columns;
        this.json = ArticleJson.mapper().getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .setRootValueSeparator(null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void row(Object[] values) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            Column c = columns.get(i);
            Object v = values[i];
            json.writeFieldName(c.name());
            if (v == null) {
                json.writeNull();
                continue;
            }
            switch (c.kind()) {
                case STRING -> json.writeString((String) v);
                case NUMBER -> json.writeNumber(((Number) v).longValue());
                case DECIMAL -> json.writeNumber(((Number) v).doubleValue());
                case STRINGS -> {
                    json.writeStartArray();
                    for (String s : (List<String>) v) json.writeString(s);
                    json.writeEndArray();
                }
                case SPAN -> span((Span) v);
                case SPANS -> {
                    json.writeStartArray();
                    for (Span s : (List<Span>) v) span(s);
                    json.writeEndArray();
                }
            }
        }
        json.writeEndObject();
        json.writeRaw('\n');   // through the generator's buffer, so its output stays in order
    }

    private void span(Span s) throws IOException {
        json.writeStartObject();
        json.writeNumberField("start", s.start());
        json.writeNumberField("end", s.end());
        json.writeStringField("text", s.text());
        json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        json.flush();
        out.flush();
    }
}
