package org.vigie.nlp.times;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The window in which a text was most likely written, inferred from its own time expressions
 * when no document date is known. {@code earliest} / {@code latest} are inclusive and null when
 * unbounded; {@code evidence} says which expressions set them ("'27 juin dernier' -> after
 * 2016-06-27").
 */
public record DctInference(LocalDate earliest, LocalDate latest, List<String> evidence) {

    public static final DctInference NONE = new DctInference(null, null, List.of());

    public DctInference {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            throw new IllegalArgumentException("empty window " + earliest + " .. " + latest);
        }
    }

    /** True when both ends are known, so that relative expressions may be resolved within it. */
    public boolean bounded() {
        return earliest != null && latest != null;
    }

    /** The year of writing when the window lies within one year. */
    public Integer year() {
        return bounded() && earliest.getYear() == latest.getYear() ? earliest.getYear() : null;
    }

    public boolean isEmpty() {
        return earliest == null && latest == null;
    }

    @Override
    public String toString() {
        return "DctInference[" + Objects.toString(earliest, "?") + " .. " + Objects.toString(latest, "?") + ", " + evidence + "]";
    }
}
