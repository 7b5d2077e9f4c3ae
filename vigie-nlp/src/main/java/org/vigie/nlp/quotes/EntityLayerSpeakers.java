package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.core.model.Speaker;

/**
 * Reads speakers from the article's entity layer: a speaker phrase takes the canonical name and
 * id of the person (else organisation) entity whose mention overlaps it most. Role descriptions
 * ("le président russe") resolve when the entity stage listed them as mentions.
 *
 * <p>Mentions are indexed once by position: the quote stage asks once per quotation, and scanning
 * every mention each time was quadratic on long pages. Ties go, as in a scan of the entity layer,
 * to the earlier entity and mention.
 */
public final class EntityLayerSpeakers implements SpeakerLookup {

    /** A mention of the layer, with its rank in a scan of the layer (entities, then their mentions). */
    private record Mention(Span span, Entity entity, int rank) {
    }

    private final Mention[] byStart;  // every mention (places too) sorted by start
    private final int[] maxEnd;       // maxEnd[k]: largest end among byStart[0..k]
    private final Mention[] personsByEnd;

    private EntityLayerSpeakers(Article article) {
        List<Mention> named = new ArrayList<>();
        List<Mention> persons = new ArrayList<>();
        int rank = 0;
        for (Entity e : article.entities()) {
            for (Span m : e.mentions()) {
                Mention x = new Mention(m, e, rank++);
                named.add(x);
                if (e.type() == EntityType.PER) persons.add(x);
            }
        }
        named.sort(Comparator.comparingInt(x -> x.span().start()));
        persons.sort(Comparator.comparingInt(x -> x.span().end()));
        byStart = named.toArray(new Mention[0]);
        personsByEnd = persons.toArray(new Mention[0]);
        maxEnd = new int[byStart.length];
        for (int k = 0; k < byStart.length; k++) {
            maxEnd[k] = Math.max(k > 0 ? maxEnd[k - 1] : Integer.MIN_VALUE, byStart[k].span().end());
        }
    }

    public static SpeakerLookup of(Article article) {
        return new EntityLayerSpeakers(article);
    }

    @Override
    public Optional<Speaker> speakerAt(int start, int end) {
        return best(start, end, false); // a place never speaks
    }

    @Override
    public Optional<Speaker> personAt(int start, int end) {
        return best(start, end, true);
    }

    @Override
    public boolean notAPerson(int start, int end) {
        for (int k = firstAbove(byStart, end, true) - 1; k >= 0 && maxEnd[k] > start; k--) {
            Mention m = byStart[k];
            if (m.entity().type() != EntityType.PER && m.span().start() >= start && m.span().end() > start) return true;
        }
        return false;
    }

    private Optional<Speaker> best(int start, int end, boolean personsOnly) {
        Mention best = null;
        int bestScore = 0;
        // mentions starting before `end`, walked back while one of them may still reach past `start`
        for (int k = firstAbove(byStart, end, true) - 1; k >= 0 && maxEnd[k] > start; k--) {
            Mention m = byStart[k];
            EntityType type = m.entity().type();
            if (type == EntityType.LOC || personsOnly && type != EntityType.PER) continue;
            int overlap = Math.min(end, m.span().end()) - Math.max(start, m.span().start());
            if (overlap <= 0) continue;
            // people first, then the mention covering most of the phrase
            int score = overlap + (m.entity().type() == EntityType.PER ? 10_000 : 0);
            if (score > bestScore || score == bestScore && best != null && m.rank() < best.rank()) {
                bestScore = score;
                best = m;
            }
        }
        return best == null ? Optional.empty() : Optional.of(speaker(best.entity()));
    }

    @Override
    public Optional<Speaker> personBefore(int offset) {
        int k = firstAbove(personsByEnd, offset, false) - 1; // last mention ending at or before offset
        if (k < 0) return Optional.empty();
        Mention best = personsByEnd[k];
        for (int j = k - 1; j >= 0 && personsByEnd[j].span().end() == best.span().end(); j--) {
            if (personsByEnd[j].rank() < best.rank()) best = personsByEnd[j];
        }
        return Optional.of(speaker(best.entity()));
    }

    @Override
    public List<Speaker> personsBefore(int offset) {
        List<Speaker> out = new ArrayList<>();
        Optional<Speaker> first = personBefore(offset);
        if (first.isEmpty()) return out;
        out.add(first.get());
        for (int k = firstAbove(personsByEnd, offset, false) - 1; k >= 0 && out.size() < MAX_BEFORE; k--) {
            Speaker s = speaker(personsByEnd[k].entity());
            if (!out.contains(s)) out.add(s);
        }
        return out;
    }

    /** How far back {@link #personsBefore} looks: pronouns refer to someone named recently. */
    private static final int MAX_BEFORE = 4;

    /** The first position whose start (or end) is above {@code limit} (start: at or above, as spans end there). */
    private static int firstAbove(Mention[] sorted, int limit, boolean byStart) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            boolean below = byStart ? sorted[mid].span().start() < limit : sorted[mid].span().end() <= limit;
            if (below) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static Speaker speaker(Entity e) {
        return new Speaker(e.canonical(), e.entityId());
    }
}
