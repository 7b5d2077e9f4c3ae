package org.vigie.ingest.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.core.model.Article;
import org.vigie.core.model.Section;

/**
 * Restores the paragraph breaks a data set lost when it joined a body's paragraphs and subheadings
 * with nothing between them (OrangeSum's {@code article}: "…mardi soir.Des consignes sanitaires à
 * respecterPour s'assurer que…"). A glue point is where the next paragraph starts:
 * <ul>
 *   <li>{@link Rule#SENTENCE_END}: sentence-final punctuation right before a capital, an opening
 *       quote or a bullet (".Des", "».Le", "!Le", ".- Près de"), not after an initial or an
 *       abbreviation ("M.Dupont", "J.-L.", "U.S."), nor inside a domain or a file name
 *       ("www.Leboncoin.fr", "rapport.PDF");</li>
 *   <li>{@link Rule#WORD}: a word of at least three letters ending in lower case right before a
 *       capitalised word that opens French sentences ("respecterPour", "DavidLe"; see
 *       sentence-openers.txt), or, after a lower-case word, before a given name
 *       ("manifestationsEmmanuel Macron"); never inside a name shape ("LinkedIn", "McDonald",
 *       "FoodPlus", "OpinionWay": their second part opens no sentence);</li>
 *   <li>{@link Rule#ACRONYM}: capitals right before an opener, a given name or a word the body
 *       writes in lower case ("LCPToujours", "BFMTVFrançois"), not "UPSaclay", "REACTing";</li>
 *   <li>{@link Rule#CREDIT}: the credit line of an embedded video glued to its caption ("…de
 *       Collombpar LCP", "…l'école ?par BFMTV"): "par" right after a closing mark, or after a
 *       word the body also writes alone ("Collomb"; not "Gaspar Noé"), before a source's name.</li>
 * </ul>
 * A piece between a glue point and a word glue that is short and has no final punctuation was a
 * subheading ("Des consignes sanitaires à respecter"): it is marked as a heading.
 *
 * <p>Only a body that has no line break at all is split: one that has breaks kept them. Titles
 * and standfirsts are never split (glued sentences there are the publisher's typos). Nothing is
 * removed or rewritten: the pieces, joined, are the body. Thread-safe; lexicons load once.
 */
public final class LostBreaks {

    /** Which rule found a glue point. */
    public enum Rule { SENTENCE_END, WORD, ACRONYM, CREDIT }

    /** A glue point: the next paragraph starts at {@code offset} of the body. */
    public record Glue(int offset, Rule rule) {
    }

    /** One recovered paragraph; {@code heading} when it was a glued subheading. */
    public record Paragraph(String text, boolean heading) {
    }

    /** A subheading has at most this many words. */
    private static final int MAX_HEADING_WORDS = 12;
    /** A word the body writes in lower case marks a glue after capitals only from this length on. */
    private static final int MIN_LOWER_WORD = 4;

    private static final String SENTENCE_FINAL = ".!?…";
    private static final String CLOSERS = ".!?…»”)\"";
    private static final String BULLETS = "-–—•";
    /** Abbreviations written with a final dot that a name follows ("Mme.Dupont", "St.Louis"). */
    private static final Set<String> ABBREVIATIONS = Set.of("mme", "mmes", "mlle", "mlles", "mm", "dr", "me",
            "mgr", "pr", "st", "ste", "cf", "vol", "art", "av", "bd", "gen", "col", "cdt", "lt", "sgt", "jr", "sr",
            "mr", "mrs", "ms", "prof", "no", "nos", "p", "pp", "fig", "ibid", "op", "vs");
    /** File extensions that follow a dot in capitals ("rapport.PDF"). */
    private static final Set<String> EXTENSIONS = Set.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt",
            "csv", "txt", "jpg", "jpeg", "png", "gif", "mp3", "mp4", "avi", "mov", "zip", "rar", "exe", "html", "htm");
    private static final Pattern LINE_BREAK = Pattern.compile("[\r\n\u2028\u2029\u0085]");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}+(?![\\p{L}])");

    private static final LostBreaks FRENCH = new LostBreaks(fold(ResourceLines.texts(LostBreaks.class, "sentence-openers.txt")),
            fold(ResourceLines.texts(LostBreaks.class, "first-names.txt")));

    private final Set<String> openers;
    private final Set<String> firstNames;

    LostBreaks(Set<String> openers, Set<String> firstNames) {
        this.openers = openers;
        this.firstNames = firstNames;
    }

    /** The repair with the French lexicons of this package. */
    public static LostBreaks french() {
        return FRENCH;
    }

    /**
     * The paragraphs of {@code body}: split at its glue points when it holds no line break, else
     * the body alone. Pieces are stripped; blank pieces are dropped.
     */
    public List<Paragraph> split(String body) {
        List<Paragraph> out = new ArrayList<>();
        if (body == null || body.isBlank()) return out;
        List<Glue> glues = find(body);
        int from = 0;
        for (int k = 0; k <= glues.size(); k++) {
            int to = k < glues.size() ? glues.get(k).offset() : body.length();
            String piece = body.substring(from, to).strip();
            if (!piece.isEmpty()) {
                boolean heading = k < glues.size() && (glues.get(k).rule() == Rule.WORD
                        || glues.get(k).rule() == Rule.ACRONYM) && isHeading(piece);
                out.add(new Paragraph(piece, heading));
            }
            from = to;
        }
        return out;
    }

    /** {@link Article#compose} of these paragraphs, the recovered subheadings as heading sections. */
    public static Article compose(String title, String standfirst, List<Paragraph> paragraphs) {
        Article a = Article.compose(title, standfirst, paragraphs.stream().map(Paragraph::text).toList());
        if (paragraphs.stream().noneMatch(Paragraph::heading)) return a;
        List<Section> sections = new ArrayList<>(a.sections().size());
        int body = 0;
        for (Section s : a.sections()) {
            if (s.kind() == Section.Kind.PARAGRAPH) {
                boolean heading = paragraphs.get(body++).heading();
                sections.add(heading ? new Section(Section.Kind.HEADING, s.start(), s.end()) : s);
            } else {
                sections.add(s);
            }
        }
        return a.withSections(sections);
    }

    /** The glue points of {@code body} in text order; none when the body has a line break. */
    public List<Glue> find(String body) {
        List<Glue> out = new ArrayList<>();
        if (body == null || LINE_BREAK.matcher(body).find()) return out;
        boolean[] opening = openingQuotes(body);
        Set<String> lower = null;
        Set<String> words = null;
        for (int i = 1; i < body.length(); i++) {
            char c = body.charAt(i);
            char p = body.charAt(i - 1);
            if (c == 'p' && body.startsWith(CREDIT, i)) {
                if (words == null) words = words(body);
                if (creditGlue(body, i, opening, words)) out.add(new Glue(i, Rule.CREDIT));
            } else if (CLOSERS.indexOf(p) >= 0 && startsParagraph(body, i, opening)) {
                if (sentenceEnd(body, i, opening)) out.add(new Glue(i, Rule.SENTENCE_END));
            } else if (Character.isUpperCase(c) && Character.isLowerCase(p)) {
                if (wordGlue(body, i)) out.add(new Glue(i, Rule.WORD));
            } else if (Character.isUpperCase(c) && Character.isUpperCase(p) && i + 1 < body.length()
                    && (Character.isLowerCase(body.charAt(i + 1)) || isApostrophe(body.charAt(i + 1)))) {
                if (lower == null) lower = lowerWords(body);
                if (acronymGlue(body, i, lower)) out.add(new Glue(i, Rule.ACRONYM));
            }
        }
        return out;
    }

    // ---- sentence end

    /** A capital, an opening quote or a bullet before a capital starts a paragraph at {@code i}. */
    private static boolean startsParagraph(String s, int i, boolean[] opening) {
        char c = s.charAt(i);
        if (Character.isUpperCase(c)) return true;
        boolean quote = c == '«' || c == '“' || (c == '"' && opening[i]);
        if (!quote && BULLETS.indexOf(c) < 0) return false;
        int j = i + 1;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\u00A0' || s.charAt(j) == '\u202F')) j++;
        return j < s.length() && j - i <= 2 && Character.isUpperCase(s.charAt(j));
    }

    /** The closers before {@code i} end a sentence: not an initial, an abbreviation, a domain or a file name. */
    private static boolean sentenceEnd(String s, int i, boolean[] opening) {
        if (opening[i - 1]) return false; // '."Nous': the break is before the quote, found there
        int j = i;
        boolean finalMark = false;
        boolean strong = false;
        while (j > 0 && CLOSERS.indexOf(s.charAt(j - 1)) >= 0) {
            char q = s.charAt(j - 1);
            if (SENTENCE_FINAL.indexOf(q) >= 0) finalMark = true;
            if (q == '!' || q == '?' || q == '…') strong = true;
            j--;
        }
        if (!finalMark) return false;
        if (strong) return true;
        int w = j;
        while (w > 0 && Character.isLetterOrDigit(s.charAt(w - 1))) w--;
        String before = s.substring(w, j);
        if (before.isEmpty()) return i - j > 1; // 'dit « non ».Le': a closing quote before the dot
        if (before.length() == 1 && Character.isLetter(before.charAt(0))) return false; // "M.Dupont", "J.-L.", "U.S."
        if (ABBREVIATIONS.contains(fold(before))) return false;
        // a domain or a URL: "www.Leboncoin.fr", "http://Site.com"
        int t = w;
        while (t > 0 && !Character.isWhitespace(s.charAt(t - 1))) t--;
        String token = s.substring(t, j).toLowerCase(Locale.ROOT);
        if (token.contains("www") || token.contains("/") || token.contains("@")) return false;
        int e = i;
        while (e < s.length() && Character.isLetterOrDigit(s.charAt(e))) e++;
        if (e + 1 < s.length() && s.charAt(e) == '.' && Character.isLetter(s.charAt(e + 1))) return false;
        return !EXTENSIONS.contains(s.substring(i, e).toLowerCase(Locale.ROOT)); // "rapport.PDF"
    }

    /**
     * Which straight double quotes open: one after a word and before none closes ('conclu".'),
     * one after a space and before a word opens ('dit "Nous'); between marks ('."Nous', '."L'),
     * a quote closes the one left open, else opens.
     */
    private static boolean[] openingQuotes(String s) {
        boolean[] out = new boolean[s.length()];
        boolean open = false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '"') continue;
            boolean before = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
            boolean after = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
            if (before && !after) open = false;
            else if (after && !before && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) open = true;
            else open = !open;
            out[i] = open;
        }
        return out;
    }

    // ---- video credits

    private static final String CREDIT = "par ";
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}])\\p{L}+(?![\\p{L}])");

    /** "Collombpar LCP", "?par BFMTV", "(vidéo)par Non Stop Zapping": a credit line starts at {@code i}. */
    private static boolean creditGlue(String s, int i, boolean[] opening, Set<String> words) {
        int n = i + CREDIT.length();
        if (n >= s.length() || !(Character.isUpperCase(s.charAt(n)) || Character.isDigit(s.charAt(n)))) return false;
        char p = s.charAt(i - 1);
        if (p == '"') return !opening[i - 1]; // 'dit "par sécurité"' opens a quote
        if ("?!)»”".indexOf(p) >= 0) return true;
        if (!Character.isLetter(p)) return false;
        int w = i;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) w--;
        return i - w >= 3 && words.contains(s.substring(w, i));
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    // ---- word glue

    /** "respecterPour", "DavidLe", "manifestationsEmmanuel": a lower-case letter at i - 1, a capital at i. */
    private boolean wordGlue(String s, int i) {
        int w = i;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) w--;
        String left = s.substring(w, i);
        String right = rightWord(s, i);
        if (right == null || left.length() < 3 || openers.contains(fold(left))) return false;
        String r = fold(right);
        if (openers.contains(r)) return true;
        if (!firstNames.contains(r)) return false;
        // a given name after a lower-case word ("manifestationsEmmanuel"), or after a heading that
        // repeats the name that follows ("BellamyFrançois-Xavier Bellamy"); not "McDonald", "MarieClaire"
        if (Character.isLowerCase(left.charAt(0))) return true;
        int end = Math.min(s.length(), i + right.length() + 40);
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(left) + "(?!\\p{L})").matcher(s.substring(i, end)).find();
    }

    /** "LCPToujours", "BFMTVFrançois", "HULKDeux": capitals at i - 2, i - 1, a capitalised word at i. */
    private boolean acronymGlue(String s, int i, Set<String> lower) {
        int w = i;
        while (w > 0 && Character.isUpperCase(s.charAt(w - 1))) w--;
        if (i - w < 2 || (w > 0 && Character.isLowerCase(s.charAt(w - 1)))) return false; // "iPHONE"
        String right = rightWord(s, i);
        if (right == null) return false;
        String r = fold(right);
        return openers.contains(r) || firstNames.contains(r)
                || (right.length() >= MIN_LOWER_WORD && lower.contains(right.toLowerCase(Locale.ROOT)));
    }

    /**
     * The capitalised word at {@code i} ("Le", "Toujours", "L'", "Qu'"), or null when it goes on
     * with another capital ("RueDuCommerce", "TVA").
     */
    private static String rightWord(String s, int i) {
        int e = i + 1;
        while (e < s.length() && Character.isLowerCase(s.charAt(e))) e++;
        if (e < s.length() && isApostrophe(s.charAt(e))) return s.substring(i, e) + "'";
        if (e < s.length() && Character.isLetter(s.charAt(e))) return null;
        return s.substring(i, e);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static Set<String> lowerWords(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = LOWER_WORD.matcher(s);
        while (m.find()) {
            if (m.end() - m.start() >= MIN_LOWER_WORD) out.add(m.group());
        }
        return out;
    }

    // ---- headings

    /** Short, no final punctuation, starts like a title: "Des consignes sanitaires à respecter". */
    private static boolean isHeading(String piece) {
        char last = piece.charAt(piece.length() - 1);
        if (".!?…:;,".indexOf(last) >= 0) return false;
        char first = piece.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && BULLETS.indexOf(first) < 0) return false;
        return piece.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    // ---- lexicons

    static String fold(String w) {
        String n = Normalizer.normalize(w.replace('’', '\''), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT);
    }

    private static Set<String> fold(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) out.add(fold(w));
        return Set.copyOf(out);
    }
}
