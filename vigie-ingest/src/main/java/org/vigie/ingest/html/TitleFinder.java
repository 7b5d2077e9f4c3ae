package org.vigie.ingest.html;

import static org.vigie.ingest.html.MetadataExtractor.clean;
import static org.vigie.ingest.html.MetadataExtractor.norm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page's headline without the site furniture that titles carry around it: a site name
 * ("… – Vortex Cannon Entertainment", "… | The New York Times"), a rubric ("Opinion | …",
 * "Pétition : …"), an author ("… | Eleanor Ainge Roy").
 *
 * <p>The words the page shows as its headline decide: when a declared title ({@code og:title},
 * JSON-LD, …) or the {@code <title>} is a headline ({@code <h1>}, JSON-LD {@code headline}) plus
 * segments joined by separators (" | ", " - ", " – ", " : ", " · "), the headline is kept and the
 * other segments are furniture, provided each of them names the site or is clearly shorter than
 * the headline (a section {@code <h1>} "Vie politique" is no headline of "Vie politique | Macron annonce
 * un remaniement"). Without such a match, a segment is stripped only when it names the site
 * ({@code og:site_name}, publisher, domain), or, from a bare {@code <title>}, when it
 * is a short capitalised tail ("… – My website"). A headline whose colon or dash belongs to it
 * ("Brexit: May wins vote", "Grève du 5 décembre - les transports perturbés") stays whole.
 */
final class TitleFinder {

    /** Spaced separators only: "Brexit: May" has no space before its colon and is no separator. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»/]{1,2}\\s+");

    /** Scripts written without spaces between words (besides ideographs). */
    private static final Set<Character.UnicodeScript> UNSPACED = EnumSet.of(
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER);

    private TitleFinder() {
    }

    /**
     * @param headings  texts of the page's {@code <h1>}s, in page order
     * @param hints     other headline statements (JSON-LD {@code headline}), may hold nulls
     * @param declared  the declared title ({@code og:title} and the like), or null
     * @param docTitle  the {@code <title>}, or empty
     * @param siteNames names the site goes by, any case, may hold nulls
     */
    static String find(List<String> headings, List<String> hints, String declared, String docTitle,
            Collection<String> siteNames) {
        List<String> names = new ArrayList<>();
        for (String s : siteNames) {
            String n = norm(s);
            if (n.length() >= 3 && !names.contains(n)) names.add(n);
        }
        List<String> shown = new ArrayList<>();
        for (String h : headings) if (!isSiteName(norm(h), names)) shown.add(h);
        // Another declared headline may show what the declared title wraps; the <title> is
        // checked against the page's headings only, so that it never overrides og:title.
        List<String> declaredOnes = new ArrayList<>(shown);
        for (String h : hints) if (h != null && !h.isBlank()) declaredOnes.add(clean(h));
        String[] fulls = {declared, docTitle};
        for (int f = 0; f < fulls.length; f++) {
            String full = fulls[f];
            if (full == null || full.isBlank()) continue;
            String c = norm(full);
            for (String h : shown) if (norm(h).equals(c)) return h;
            String h = headlineAmongSegments(full, f == 0 ? declaredOnes : shown, names);
            if (h != null) return h;
            // "How to Build a Terrarium (with Pictures) | eHow" around the <h1> "How to Build a Terrarium"
            for (String s : shown) {
                String k = norm(s);
                if (k.length() >= 0.5 * c.length() && k.length() > 10 && c.startsWith(k)) return s;
            }
        }
        if (declared != null && !declared.isBlank()) return stripSite(clean(declared), names, false);
        if (docTitle != null && !docTitle.isBlank()) return stripSite(clean(docTitle), names, true);
        return shown.isEmpty() ? (headings.isEmpty() ? "" : headings.get(0)) : shown.get(0);
    }

    /** The title's parts between its separators. */
    static List<String> segments(String title) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int[] sep : separators(title)) {
            parts.add(title.substring(from, sep[0]));
            from = sep[1];
        }
        parts.add(title.substring(from));
        return parts;
    }

    /**
     * The longest candidate that is a run of the title's segments (not all of them) while every
     * other segment names the site or is clearly shorter than it; null when none is.
     */
    private static String headlineAmongSegments(String title, List<String> candidates, List<String> names) {
        List<String> parts = segments(title);
        if (parts.size() < 2) return null;
        String best = null;
        int bestLen = 0;
        for (String cand : candidates) {
            String k = norm(cand);
            if (k.length() <= bestLen || !headlineLike(cand)) continue;
            for (int i = 0; i < parts.size(); i++) {
                StringBuilder run = new StringBuilder();
                for (int j = i; j < parts.size(); j++) {
                    run.append(norm(parts.get(j)));
                    if (run.length() > k.length()) break;
                    if (run.length() == k.length() && run.toString().equals(k) && !(i == 0 && j == parts.size() - 1)
                            && restIsFurniture(parts, i, j, k.length(), names)) {
                        best = cand;
                        bestLen = k.length();
                    }
                }
            }
        }
        return best;
    }

    private static boolean restIsFurniture(List<String> parts, int from, int to, int headlineLen, List<String> names) {
        for (int i = 0; i < parts.size(); i++) {
            if (i >= from && i <= to) continue;
            String p = norm(parts.get(i));
            // clearly shorter: of two segments of like length, neither is the other's furniture
            if (p.length() > 0.75 * headlineLen && !isSiteName(p, names)) return false;
        }
        return true;
    }

    /** Two words, or four letters of a script written without spaces: "Opinion" or "V8" heads no article. */
    private static boolean headlineLike(String s) {
        String t = s.strip();
        if (t.indexOf(' ') > 0) return true;
        long unspaced = t.codePoints().filter(cp -> Character.isIdeographic(cp) || UNSPACED.contains(Character.UnicodeScript.of(cp)))
                .count();
        return unspaced >= 4;
    }

    /**
     * Removes the segments that name the site, at the end then at the start ("X | Section | Site",
     * "Site - X"); from a bare {@code <title>} ({@code docTitle}), a short capitalised last part too.
     */
    static String stripSite(String title, List<String> names, boolean docTitle) {
        String t = title;
        for (boolean changed = true; changed; ) {
            changed = false;
            List<int[]> seps = separators(t);
            if (seps.isEmpty()) break;
            // the longest tail first: a site name may hold a separator ("AOC media - Analyse Opinion Critique")
            for (int[] s : seps) {
                String head = t.substring(0, s[0]).strip(), tail = t.substring(s[1]).strip();
                if (siteSegment(norm(tail), norm(head), names)) {
                    t = head;
                    changed = true;
                    break;
                }
            }
            if (changed) continue;
            for (int i = seps.size() - 1; i >= 0; i--) {
                int[] s = seps.get(i);
                String lead = t.substring(0, s[0]).strip(), rest = t.substring(s[1]).strip();
                if (siteSegment(norm(lead), norm(rest), names)) {
                    t = rest;
                    changed = true;
                    break;
                }
            }
        }
        List<int[]> seps = separators(t);
        if (seps.isEmpty()) return t;
        int[] last = seps.get(seps.size() - 1);
        String head = t.substring(0, last[0]).strip(), tail = t.substring(last[1]).strip();
        String sep = t.substring(last[0], last[1]).strip();
        int tailWords = tail.split("\\s+").length, headWords = head.split("\\s+").length;
        // Without a known site name: a short part after a pipe is the site's name.
        if (sep.contains("|") && tailWords <= 4 && headWords >= 3) return head;
        // From a bare <title>: a short capitalised part after a dash ("… – My website"), never a
        // lower-case continuation of the headline ("Grève du 5 décembre - les transports perturbés").
        if (docTitle && sep.matches("[\\-–—·\\[]") && tailWords <= 3 && headWords >= 4
                && Character.isUpperCase(tail.codePointAt(0))) {
            return head;
        }
        return t;
    }

    private static List<int[]> separators(String t) {
        List<int[]> seps = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(t);
        while (m.find()) seps.add(new int[] {m.start(), m.end()});
        return seps;
    }

    /** The part names the site, and what is left is still a headline (as long as half the part unless the names are equal). */
    private static boolean siteSegment(String part, String rest, List<String> names) {
        if (rest.length() < 4) return false;
        for (String n : names) {
            if (part.equals(n)) return true;
            if (similar(part, n) && rest.length() >= 0.5 * part.length()) return true;
        }
        return false;
    }

    private static boolean isSiteName(String part, List<String> names) {
        for (String n : names) if (similar(part, n)) return true;
        return false;
    }

    /**
     * A part of the site's name ("Hollywood Reporter" of "The Hollywood Reporter"), or the name with
     * a few more letters ("Vortex Cannon Entertainment" for vortexcannon.org, "PanARMENIAN.Net").
     */
    static boolean similar(String part, String name) {
        if (part.isEmpty()) return false;
        if (part.equals(name)) return true;
        if (part.length() >= 3 && name.contains(part)) return true;
        return name.length() >= 4 && part.contains(name) && part.length() <= 2.2 * name.length();
    }
}
