package org.vigie.nlp.times;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The words of a text by position, built in one pass, so that each rule runs its regex only
 * around the words it needs (a month name, a unit, "hier") instead of at every character: this
 * is what makes the tagger fast. Tokens are runs of letters or runs of digits, lower-cased.
 */
final class TextIndex {

    /** How far a rule's match may extend before / after its trigger word. */
    static final int BEFORE = 80;
    static final int AFTER = 90;

    private final String text;
    private final Map<String, List<Integer>> positions = new HashMap<>();

    TextIndex(String text) {
        this.text = text;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int s = i;
                while (i < n && Character.isLetter(text.charAt(i))) i++;
                add(text.substring(s, i).toLowerCase(Locale.ROOT), s);
            } else if (Character.isDigit(c)) {
                int s = i;
                while (i < n && Character.isDigit(text.charAt(i))) i++;
                add(i - s == 4 ? "#year" : "#num", s);
                if (i < n && (text.charAt(i) == 'h' || text.charAt(i) == 'H' || text.charAt(i) == ':'
                        || (text.charAt(i) == ' ' && i + 1 < n && (text.charAt(i + 1) == 'h' || text.charAt(i + 1) == 'H')))) {
                    add("#clock", s);
                }
                if (i + 1 < n && (text.charAt(i) == '/' || text.charAt(i) == '.' || text.charAt(i) == '-')
                        && Character.isDigit(text.charAt(i + 1))) {
                    add("#numdate", s);
                }
            } else {
                i++;
            }
        }
    }

    private void add(String token, int start) {
        positions.computeIfAbsent(token, k -> new ArrayList<>(2)).add(start);
    }

    String text() {
        return text;
    }

    boolean has(String token) {
        return positions.containsKey(token);
    }

    /** The text regions around any of {@code triggers}, merged where they overlap. */
    Regions regions(Collection<String> triggers) {
        int count = 0;
        for (String t : triggers) {
            List<Integer> p = positions.get(t);
            if (p != null) count += p.size();
        }
        int[] at = new int[count];
        int k = 0;
        for (String t : triggers) {
            List<Integer> p = positions.get(t);
            if (p != null) for (int v : p) at[k++] = v;
        }
        Arrays.sort(at);
        int[] bounds = new int[2 * count];
        int r = 0;
        for (int v : at) {
            int s = Math.max(0, v - BEFORE);
            int e = Math.min(text.length(), v + AFTER);
            if (r > 0 && s <= bounds[r - 1]) {
                bounds[r - 1] = Math.max(bounds[r - 1], e);
            } else {
                bounds[r++] = s;
                bounds[r++] = e;
            }
        }
        return new Regions(bounds, r);
    }

    /** Iterates a matcher's finds over a list of regions, each seen once. */
    static final class Regions {
        private final int[] bounds;
        private final int size;
        private int next;
        private boolean started;

        private Regions(int[] bounds, int size) {
            this.bounds = bounds;
            this.size = size;
        }

        boolean find(Matcher m) {
            while (true) {
                if (started && m.find()) return true;
                if (next >= size) return false;
                m.region(bounds[next], bounds[next + 1]);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                next += 2;
                started = true;
            }
        }
    }
}
