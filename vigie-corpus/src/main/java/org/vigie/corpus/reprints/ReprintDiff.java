package org.vigie.corpus.reprints;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.core.model.Article;
import org.vigie.core.model.Section;
import org.vigie.core.model.Span;

/**
 * What a copy changed with respect to its source: headline, standfirst, and body paragraphs
 * added, removed or edited. Words are compared normalised ({@link WordTokens}: case, accents and
 * punctuation do not count) with a Myers diff, then reported as spans of the member's text.
 * Stateless and thread-safe.
 */
public final class ReprintDiff {

    /**
     * A paragraph with less than this share of its words aligned to the other text is new (or gone):
     * a diff aligns stray function words ("de", "la") of unrelated paragraphs, so a low bar would
     * report appended comments as edits of the dropped last paragraph.
     */
    static final double NEW_PARAGRAPH_MAX_ALIGNED = 0.5;

    /**
     * Bodies longer than this together (words) are not diffed word by word: Myers' diff costs
     * (N + M) times the number of differences, minutes for two long, very different texts, and a
     * family view diffs every member (found by fuzzing the API: a request held a worker for minutes).
     * News bodies are a few thousand words.
     */
    static final int MAX_BODY_DIFF_WORDS = 10_000;

    /**
     * A replacement longer than this (words, either side) rewrote a passage rather than a figure:
     * the paragraph edit shows it; a figure, even "1.632.721 cas", is a few words.
     */
    static final int FIGURE_EDIT_MAX_WORDS = 8;

    private ReprintDiff() {
    }

    public static List<Change> diff(Article source, Article member) {
        List<Change> out = new ArrayList<>();
        if (source.id().equals(member.id())) return out;
        headline(source, member, out);
        standfirst(source, member, out);
        body(source, member, out);
        return out;
    }

    private static void headline(Article source, Article member, List<Change> out) {
        WordTokens s = tokens(source, Section.Kind.TITLE);
        WordTokens m = tokens(member, Section.Kind.TITLE);
        if (s.words().equals(m.words())) return;
        List<AbstractDelta<String>> deltas = DiffUtils.diff(s.words(), m.words()).getDeltas();
        Edits e = edits(source.text(), s, member.text(), m, deltas);
        out.add(new Change(Change.Kind.HEADLINE_CHANGED, e.spans, e.removed, null, null));
        figures(source.text(), s, figuresOf(source.text(), s), member.text(), m, figuresOf(member.text(), m), deltas, null, null, out);
    }

    /**
     * The words of {@code member}'s headline that {@code sourceHeadline} does not have (inserted or
     * replaced), as spans of the member's text; its whole headline when it only dropped words or when
     * at least half of its words are new (a new headline, not an edited one); empty when both
     * headlines have the same words or either is empty.
     */
    static List<Span> headlineChanges(String sourceHeadline, Article member) {
        WordTokens s = WordTokens.of(sourceHeadline);
        WordTokens m = tokens(member, Section.Kind.TITLE);
        if (s.size() == 0 || m.size() == 0 || s.words().equals(m.words())) return List.of();
        List<Span> spans = edits(sourceHeadline, s, member.text(), m, DiffUtils.diff(s.words(), m.words()).getDeltas()).spans;
        int changed = 0;
        for (int w = 0; w < m.size(); w++) {
            for (Span x : spans) {
                if (m.start(w) >= x.start() && m.start(w) < x.end()) {
                    changed++;
                    break;
                }
            }
        }
        if (spans.isEmpty() || 2 * changed >= m.size()) return List.of(Span.of(member.text(), m.start(0), m.end(m.size() - 1)));
        return List.copyOf(spans);
    }

    private static void standfirst(Article source, Article member, List<Change> out) {
        Section ss = section(source, Section.Kind.STANDFIRST);
        Section ms = section(member, Section.Kind.STANDFIRST);
        if (ss == null && ms == null) return;
        if (ss == null) {
            out.add(new Change(Change.Kind.STANDFIRST_ADDED, List.of(member.span(ms.start(), ms.end())), null, null, null));
        } else if (ms == null) {
            out.add(new Change(Change.Kind.STANDFIRST_REMOVED, null,
                    List.of(source.text().substring(ss.start(), ss.end())), null, null));
        } else {
            WordTokens s = WordTokens.of(source.text(), ss.start(), ss.end());
            WordTokens m = WordTokens.of(member.text(), ms.start(), ms.end());
            if (s.words().equals(m.words())) return;
            List<AbstractDelta<String>> deltas = DiffUtils.diff(s.words(), m.words()).getDeltas();
            Edits e = edits(source.text(), s, member.text(), m, deltas);
            out.add(new Change(Change.Kind.STANDFIRST_CHANGED, e.spans, e.removed, null, null));
            figures(source.text(), s, figuresOf(source.text(), s), member.text(), m, figuresOf(member.text(), m), deltas, null, null, out);
        }
    }

    private static void body(Article source, Article member, List<Change> out) {
        List<Section> sp = source.paragraphs();
        List<Section> mp = member.paragraphs();
        WordTokens s = WordTokens.of(source.text(), source.bodyStart(), source.text().length());
        WordTokens m = WordTokens.of(member.text(), member.bodyStart(), member.text().length());
        if (s.size() + m.size() > MAX_BODY_DIFF_WORDS) return;
        int[] sPara = paragraphOf(s, sp);
        int[] mPara = paragraphOf(m, mp);
        int[] mToS = new int[m.size()]; // aligned source word, or -1
        java.util.Arrays.fill(mToS, -1);
        boolean[] sAligned = new boolean[s.size()];
        List<AbstractDelta<String>> deltas = DiffUtils.diff(s.words(), m.words()).getDeltas();
        int si = 0, mi = 0;
        for (AbstractDelta<String> d : deltas) {
            Chunk<String> src = d.getSource();
            Chunk<String> tgt = d.getTarget();
            while (si < src.getPosition()) {
                sAligned[si] = true;
                mToS[mi++] = si++;
            }
            si = src.getPosition() + src.size();
            mi = tgt.getPosition() + tgt.size();
        }
        while (si < s.size() && mi < m.size()) {
            sAligned[si] = true;
            mToS[mi++] = si++;
        }

        boolean[] sGone = sparse(sPara, sp.size(), i -> sAligned[i]);
        boolean[] mNew = sparse(mPara, mp.size(), i -> mToS[i] >= 0);
        int[] bestSource = bestSource(mPara, mp.size(), mToS, sPara, sp.size());

        // Edits inside paragraphs that are neither new nor gone, grouped by member paragraph.
        Map<Integer, Edits> edited = new TreeMap<>();
        for (AbstractDelta<String> d : deltas) {
            Chunk<String> src = d.getSource();
            Chunk<String> tgt = d.getTarget();
            int anchor = tgt.size() > 0 ? mPara[tgt.getPosition()]
                    : tgt.getPosition() > 0 ? mPara[tgt.getPosition() - 1] : (mPara.length > 0 ? mPara[0] : -1);
            List<int[]> runs = runs(tgt.getPosition(), tgt.size(), mPara);
            for (int[] r : runs) {
                if (mNew[mPara[r[0]]]) continue;
                edited.computeIfAbsent(mPara[r[0]], k -> new Edits())
                        .spans.add(member.span(m.start(r[0]), m.end(r[1] - 1)));
            }
            for (int[] r : runs(src.getPosition(), src.size(), sPara)) {
                if (sGone[sPara[r[0]]] || anchor < 0 || mNew[anchor]) continue;
                edited.computeIfAbsent(anchor, k -> new Edits())
                        .removed.add(source.text().substring(s.start(r[0]), s.end(r[1] - 1)));
            }
        }
        // Report in member order, removed source paragraphs where they used to be.
        List<Figures.Figure> sFigures = edited.isEmpty() ? List.of() : figuresOf(source.text(), s);
        List<Figures.Figure> mFigures = edited.isEmpty() ? List.of() : figuresOf(member.text(), m);
        int nextGone = 0;
        int lastSource = -1;
        for (int p = 0; p < mp.size(); p++) {
            int bs = bestSource[p];
            if (!mNew[p] && bs >= 0) {
                nextGone = flushGone(source, sp, sGone, nextGone, bs, out);
                lastSource = Math.max(lastSource, bs);
            } else if (mNew[p]) {
                // A new paragraph where source paragraphs went missing replaces them: report the
                // removal first, as a reader comparing the two texts would.
                int q = Math.max(nextGone, lastSource + 1);
                while (q < sp.size() && sGone[q]) q++;
                nextGone = flushGone(source, sp, sGone, nextGone, q, out);
            }
            if (mNew[p]) {
                Section sec = mp.get(p);
                out.add(new Change(Change.Kind.PARAGRAPH_ADDED, List.of(member.span(sec.start(), sec.end())),
                        null, p, null));
            } else if (edited.containsKey(p)) {
                Edits e = edited.get(p);
                out.add(new Change(Change.Kind.PARAGRAPH_EDITED, e.spans, e.removed, p, bs >= 0 ? bs : null));
                List<AbstractDelta<String>> inParagraph = new ArrayList<>();
                for (AbstractDelta<String> d : deltas) {
                    Chunk<String> tgt = d.getTarget();
                    int at = tgt.size() > 0 ? tgt.getPosition() : tgt.getPosition() - 1;
                    if (at >= 0 && at < mPara.length && mPara[at] == p && !goneSource(d.getSource(), sPara, sGone)) inParagraph.add(d);
                }
                figures(source.text(), s, sFigures, member.text(), m, mFigures, inParagraph, p, bs >= 0 ? bs : null, out);
            }
        }
        flushGone(source, sp, sGone, nextGone, sp.size(), out);
    }

    private static int flushGone(Article source, List<Section> sp, boolean[] gone, int from, int to, List<Change> out) {
        int q = from;
        for (; q < to; q++) {
            if (!gone[q]) continue;
            Section sec = sp.get(q);
            out.add(new Change(Change.Kind.PARAGRAPH_REMOVED, null,
                    List.of(source.text().substring(sec.start(), sec.end())), null, q));
        }
        return Math.max(from, to);
    }

    /** Paragraphs (with words) whose aligned share is below {@link #NEW_PARAGRAPH_MAX_ALIGNED}. */
    private static boolean[] sparse(int[] para, int paragraphs, java.util.function.IntPredicate aligned) {
        int[] total = new int[paragraphs];
        int[] ok = new int[paragraphs];
        for (int i = 0; i < para.length; i++) {
            if (para[i] < 0) continue;
            total[para[i]]++;
            if (aligned.test(i)) ok[para[i]]++;
        }
        boolean[] out = new boolean[paragraphs];
        for (int p = 0; p < paragraphs; p++) {
            out[p] = total[p] > 0 && ok[p] < NEW_PARAGRAPH_MAX_ALIGNED * total[p];
        }
        return out;
    }

    /** For each member paragraph, the source paragraph most of its aligned words come from (-1: none). */
    private static int[] bestSource(int[] mPara, int mCount, int[] mToS, int[] sPara, int sCount) {
        int[] best = new int[mCount];
        java.util.Arrays.fill(best, -1);
        int[][] votes = new int[mCount][];
        for (int i = 0; i < mPara.length; i++) {
            if (mToS[i] < 0 || mPara[i] < 0 || sPara[mToS[i]] < 0) continue;
            if (votes[mPara[i]] == null) votes[mPara[i]] = new int[sCount];
            votes[mPara[i]][sPara[mToS[i]]]++;
        }
        for (int p = 0; p < mCount; p++) {
            if (votes[p] == null) continue;
            int b = 0;
            for (int q = 1; q < sCount; q++) if (votes[p][q] > votes[p][b]) b = q;
            best[p] = b;
        }
        return best;
    }

    /** Splits words [from, from+len) into runs that stay within one paragraph: {start, end}. */
    private static List<int[]> runs(int from, int len, int[] para) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < from + len) {
            int j = i + 1;
            while (j < from + len && para[j] == para[i]) j++;
            if (para[i] >= 0) out.add(new int[]{i, j});
            i = j;
        }
        return out;
    }

    private static int[] paragraphOf(WordTokens w, List<Section> paragraphs) {
        int[] out = new int[w.size()];
        int p = 0;
        for (int i = 0; i < w.size(); i++) {
            while (p < paragraphs.size() && paragraphs.get(p).end() <= w.start(i)) p++;
            out[i] = p < paragraphs.size() && paragraphs.get(p).start() <= w.start(i) ? p : -1;
        }
        return out;
    }

    /** Whether every word {@code src} removes stood in source paragraphs the copy dropped whole. */
    private static boolean goneSource(Chunk<String> src, int[] sPara, boolean[] sGone) {
        if (src.size() == 0) return false;
        for (int i = src.getPosition(); i < src.getPosition() + src.size(); i++) {
            if (sPara[i] < 0 || !sGone[sPara[i]]) return false;
        }
        return true;
    }

    /**
     * Adds a {@link Change.Kind#FIGURE_CHANGED} when {@code deltas} (of one headline, standfirst or
     * paragraph) replace figures by figures of other values: the figures that touch a delta's words on
     * each side, compared by value, so that "1 500" rewritten "1500" or a figure merely moved within
     * the delta is no change, and a figure only added or only dropped (a new sentence, a cut one) or a
     * rewritten passage ({@link #FIGURE_EDIT_MAX_WORDS}) is left to the other change kinds.
     */
    private static void figures(String sText, WordTokens s, List<Figures.Figure> sFigures, String mText, WordTokens m,
                                List<Figures.Figure> mFigures, List<AbstractDelta<String>> deltas, Integer paragraph,
                                Integer sourceParagraph, List<Change> out) {
        if (deltas.isEmpty() || sFigures.isEmpty() || mFigures.isEmpty()) return;
        List<Span> spans = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (AbstractDelta<String> d : deltas) {
            if (Math.max(d.getSource().size(), d.getTarget().size()) > FIGURE_EDIT_MAX_WORDS) continue;
            List<Figures.Figure> was = touching(sFigures, s, d.getSource());
            List<Figures.Figure> now = touching(mFigures, m, d.getTarget());
            List<Figures.Figure> added = Figures.unmatched(now, was);
            List<Figures.Figure> dropped = Figures.unmatched(was, now);
            if (added.isEmpty() || dropped.isEmpty()) continue;
            for (Figures.Figure f : added) spans.add(Span.of(mText, f.start(), f.end()));
            for (Figures.Figure f : dropped) removed.add(sText.substring(f.start(), f.end()));
        }
        if (!spans.isEmpty()) out.add(new Change(Change.Kind.FIGURE_CHANGED, spans, removed, paragraph, sourceParagraph));
    }

    /** The figures of the stretch of {@code text} that words {@code w} cover. */
    private static List<Figures.Figure> figuresOf(String text, WordTokens w) {
        return w.size() == 0 ? List.of() : Figures.of(text, w.start(0), w.end(w.size() - 1));
    }

    /**
     * The figures that share characters with the words of {@code chunk}; for an empty chunk (an
     * insertion or a deletion on the other side), those that touch the point between its neighbours,
     * since "1 500" becoming "1 500 000" changes the figure around the inserted "000".
     */
    private static List<Figures.Figure> touching(List<Figures.Figure> figures, WordTokens w, Chunk<String> chunk) {
        int from, to;
        if (chunk.size() > 0) {
            from = w.start(chunk.getPosition());
            to = w.end(chunk.getPosition() + chunk.size() - 1);
        } else {
            from = chunk.getPosition() > 0 ? w.end(chunk.getPosition() - 1) : (w.size() > 0 ? w.start(0) : 0);
            to = chunk.getPosition() < w.size() ? w.start(chunk.getPosition()) : from;
        }
        List<Figures.Figure> out = new ArrayList<>();
        for (Figures.Figure f : figures) {
            boolean touches = chunk.size() > 0 ? f.start() < to && f.end() > from : f.start() <= to && f.end() >= from;
            if (touches) out.add(f);
        }
        return out;
    }

    private static Edits edits(String sText, WordTokens s, String mText, WordTokens m, List<AbstractDelta<String>> deltas) {
        Edits e = new Edits();
        for (AbstractDelta<String> d : deltas) {
            Chunk<String> tgt = d.getTarget();
            if (tgt.size() > 0) {
                int a = tgt.getPosition(), b = a + tgt.size() - 1;
                e.spans.add(Span.of(mText, m.start(a), m.end(b)));
            }
            Chunk<String> src = d.getSource();
            if (src.size() > 0) {
                int a = src.getPosition(), b = a + src.size() - 1;
                e.removed.add(sText.substring(s.start(a), s.end(b)));
            }
        }
        return e;
    }

    private static WordTokens tokens(Article a, Section.Kind kind) {
        Section s = section(a, kind);
        if (s == null) {
            return kind == Section.Kind.TITLE ? WordTokens.of(a.text(), 0, a.title().length()) : WordTokens.of("");
        }
        return WordTokens.of(a.text(), s.start(), s.end());
    }

    private static Section section(Article a, Section.Kind kind) {
        for (Section s : a.sections()) if (s.kind() == kind) return s;
        return null;
    }

    private static final class Edits {
        final List<Span> spans = new ArrayList<>();
        final List<String> removed = new ArrayList<>();
    }
}
