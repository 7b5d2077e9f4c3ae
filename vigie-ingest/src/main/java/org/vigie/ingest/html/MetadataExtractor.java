package org.vigie.ingest.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigie.core.model.Metadata;

/**
 * What a page says about itself: title, authors, dates, site, canonical URL, section, plus the
 * standfirst and description hints the main-text step uses. Runs on the untouched document,
 * before any furniture is removed. Sources are tried from the most explicit (JSON-LD, Open Graph)
 * to the most inferred (URL patterns, dates written near the byline).
 */
final class MetadataExtractor {

    /** Everything found about a page. {@code standfirst} and {@code description} may be null. */
    record PageInfo(String title, String standfirst, String description, Metadata metadata) {
    }

    private static final NameMatcher STANDFIRST = NameMatcher.of("standfirst-markers.txt");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/\\-_]?(0[1-9]|1[0-2])[/\\-_]?(0[1-9]|[12]\\d|3[01])(?:/|[^\\d]|$)");
    private static final Pattern BY_PREFIX = Pattern.compile(
            "^(?:(?:written\\s+)?by|par|de|from|auteur|author|texte|propos recueillis par)\\s*:?\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where a byline stops naming people: a dash, a date, "publié le", "updated". */
    private static final Pattern BYLINE_TAIL = Pattern.compile(
            "\\s+[—–|•·]\\s*|,?\\s+(?:publié|mis à jour|mise à jour|updated|published|posted|le \\d|on \\p{L}+ \\d)|\\s*\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Between two names; a parenthesis opens co-authors: « Martin Untersinger (avec Damien Leloup et Morgane Tual) ». */
    private static final Pattern AUTHOR_SPLIT = Pattern.compile(
            "\\s*(?:,|;|&|\\band\\b|\\bet\\b|\\(\\s*(?:[Aa]vec\\b|with\\b)?|\\))\\s*");

    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
        "article:published", "datepublished", "og:published_time", "published_time", "publishdate",
        "publish-date", "publish_date", "pubdate", "publication_date", "publication-date", "dc.date.issued",
        "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date",
        "sailthru.date", "parsely-pub-date", "article.published", "citation_publication_date",
        "cxenseparse:recs:publishtime", "og:pubdate", "article_date_original", "originalpublicationdate",
        "content_create_date", "displaydate"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time",
        "article:modified", "datemodified", "modified_time", "dc.date.modified", "dcterms.modified",
        "last-modified", "lastmod", "revised", "sailthru.lastmodified"};
    private static final String[] AUTHOR_META = {"author", "article:author", "byl", "parsely-author",
        "sailthru.author", "dc.creator", "dcterms.creator", "citation_author", "og:article:author"};
    private static final String[] SECTION_META = {"article:section", "section", "parsely-section",
        "article-section", "category", "og:article:section", "cxenseparse:recs:category"};

    private MetadataExtractor() {
    }

    static PageInfo extract(Document doc, Metadata known) {
        Map<String, String> meta = metaMap(doc);
        JsonLd ld = JsonLd.of(doc);

        String canonical = absolute(doc.selectFirst("link[rel=canonical]"), "href");
        if (canonical == null) canonical = meta.get("og:url");
        String url = known.url() != null ? known.url() : canonical;

        String site = firstNonBlank(meta.get("og:site_name"), ld.publisher(), meta.get("application-name"),
                known.site(), host(canonical != null ? canonical : url));

        String title = title(doc, meta, ld, siteNames(site, meta, ld, known, url != null ? url : canonical));
        String description = firstNonBlank(meta.get("og:description"), meta.get("description"),
                meta.get("twitter:description"), ld.first("description"));

        List<String> authors = authors(doc, meta, ld);
        if (authors.isEmpty()) authors = known.authors();

        String date = known.date();
        String dateSource = known.dateSource();
        if (date == null) {
            String[] found = published(doc, meta, ld, url);
            date = found[0];
            dateSource = found[1];
        }
        String modified = firstDate(ld.first("dateModified"), metaDate(meta, MODIFIED_META),
                attrDate(doc.selectFirst("time[itemprop=dateModified]")));
        if (modified == null) modified = known.modified();

        String section = firstNonBlank(ld.first("articleSection"), firstMeta(meta, SECTION_META), known.section());

        Metadata md = new Metadata(url, canonical, site, authors, date, dateSource, modified, section);
        return new PageInfo(title, standfirst(doc, title), description, md);
    }

    // --- title -------------------------------------------------------------------------------

    private static String title(Document doc, Map<String, String> meta, JsonLd ld, List<String> siteNames) {
        List<String> h1s = new ArrayList<>();
        for (Element h : doc.select("h1")) {
            String t = clean(withoutPermalinks(h).text());
            if (!t.isEmpty() && t.length() < 400) h1s.add(t);
        }
        String headline = ld.first("headline");
        if (headline != null && (headline.endsWith("...") || headline.endsWith("…"))) headline = null;
        String declared = firstNonBlank(meta.get("og:title"), headline, meta.get("twitter:title"),
                meta.get("dc.title"), meta.get("dc:title"), meta.get("parsely-title"), meta.get("sailthru.title"));
        return TitleFinder.find(h1s, Arrays.asList(headline), declared, clean(doc.title()), siteNames);
    }

    /**
     * Names the site goes by: declared names and the domain. Not the twitter handle, which is as
     * often a product's ("@firefox") as the site's.
     */
    private static List<String> siteNames(String site, Map<String, String> meta, JsonLd ld, Metadata known, String url) {
        List<String> out = new ArrayList<>();
        for (String s : new String[] {site, meta.get("og:site_name"), ld.publisher(), meta.get("application-name"),
            known.site()}) {
            if (s != null && !s.isBlank() && !s.startsWith("http")) out.add(s.strip());
        }
        String host = host(url);
        if (host != null) {
            out.add(host);
            out.add(domainLabel(host));
        }
        return out;
    }

    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "gouv", "asso");

    /** The registered name of a host: "vortexcannon" of vortexcannon.org, "express" of express.co.uk. */
    static String domainLabel(String host) {
        String[] labels = host.split("\\.");
        int end = labels.length - 1; // the top-level domain
        if (end >= 2 && SECOND_LEVEL.contains(labels[end - 1])) end--;
        return end >= 1 ? labels[end - 1] : host;
    }

    /** A heading without its permalink anchor (a Sphinx "¶", a "#" link): symbols that are no words of the title. */
    private static Element withoutPermalinks(Element h) {
        if (h.selectFirst("a[href^=#]") == null) return h;
        Element copy = h.clone();
        for (Element a : copy.select("a[href^=#]")) {
            if (a.text().codePoints().noneMatch(Character::isLetterOrDigit)) a.remove();
        }
        return copy;
    }

    // --- standfirst --------------------------------------------------------------------------

    /** Class or id fragments of a box about the writer, whose "dek" or "summary" is a bio. */
    private static final Pattern AUTHOR_BOX = Pattern.compile("author|\\bbio\\b|bio-|byline|contributor");
    /** A lead block may hold the lead picture ("ArticlePage-lead"): its caption and credit are not the lead's words. */
    private static final String PICTURE_PARTS = "figure, figcaption, picture, [itemprop=caption], [itemprop=image], "
            + "[class*=caption], [class*=credit]";

    /** Whether the element or a block inside it is a call to subscribe, share or read more ("Sign up to our newsletter"). */
    private static boolean holdsBoilerplate(Element e) {
        for (Element c : e.getAllElements()) {
            if (Furniture.isBoilerplatePhrase(clean(c.text()))) return true;
        }
        return false;
    }

    private static Element withoutPictures(Element e) {
        if (e.selectFirst(PICTURE_PARTS) == null) return e;
        Element copy = e.clone();
        copy.select(PICTURE_PARTS).remove();
        return copy;
    }

    private static String standfirst(Document doc, String title) {
        String titleNorm = norm(title);
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            String sig = Furniture.signature(e);
            if (!STANDFIRST.find(sig) && !e.attr("itemprop").equalsIgnoreCase("description")) continue;
            if (Furniture.isStrong(sig) || e.closest("nav, footer, aside, li") != null) continue;
            // a writer's bio box ("author-bio-box-dek") or a picture's caption is no standfirst
            if (AUTHOR_BOX.matcher(sig).find() || e.closest("figure, figcaption, [itemprop=author]") != null) continue;
            String t = clean(withoutPictures(e).text());
            if (t.length() < 40 || t.length() > 1200 || norm(t).equals(titleNorm)) continue;
            // a header block repeating the headline between its rubric and byline ("SPACE <title>
            // VICTOR TANGERMANN, FUTURISM 18 NOV 2019"), or a newsletter box, is no standfirst
            if (titleNorm.length() >= 20 && norm(t).contains(titleNorm)) continue;
            if (holdsBoilerplate(e)) continue;
            // a listing of other stories ("World | More World": headlines, summaries, "32M ago") whose
            // class says "lead" for its lead picture ("list-stack-with-lead-image") is no standfirst
            if (e.select("h1, h2, h3, h4, h5, h6, article").size() >= 2) continue;
            return t;
        }
        return null;
    }

    // --- authors -----------------------------------------------------------------------------

    private static List<String> authors(Document doc, Map<String, String> meta, JsonLd ld) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : ld.authors()) addAuthors(out, a);
        if (out.isEmpty()) {
            for (String key : AUTHOR_META) {
                String v = meta.get(key);
                if (v != null && !v.startsWith("http") && !v.startsWith("@")) addAuthors(out, v);
                if (!out.isEmpty()) break;
            }
        }
        // In the page: explicit author markup first, then byline-looking elements.
        for (String selector : new String[] {"[itemprop=author]", "[rel=author]",
            ".byline, .author, .article-author, .signature, .auteur, [class*=byline]"}) {
            if (!out.isEmpty()) break;
            for (Element e : doc.select(selector)) {
                if (e.closest("aside, nav, footer, [class*=comment], [class*=related]") != null) continue;
                Element name = e.selectFirst("[itemprop=name]");
                String t = clean((name != null ? name : e).text());
                if (t.isEmpty() && name != null) t = clean(name.attr("content"));
                t = BYLINE_TAIL.split(t, 2)[0].strip();
                if (!t.isEmpty() && t.length() < 80) addAuthors(out, t);
                if (!out.isEmpty()) break;
            }
        }
        return new ArrayList<>(out);
    }

    private static void addAuthors(Set<String> out, String raw) {
        String s = BY_PREFIX.matcher(clean(raw)).replaceFirst("");
        for (String part : AUTHOR_SPLIT.split(s)) {
            String p = part.strip();
            if (p.length() >= 2 && p.length() <= 60 && p.chars().anyMatch(Character::isLetter)) out.add(p);
        }
    }

    // --- dates -------------------------------------------------------------------------------

    /** {date, source} of the publication, from the most to the least explicit source. */
    private static String[] published(Document doc, Map<String, String> meta, JsonLd ld, String url) {
        String d = Dates.normalize(ld.first("datePublished"));
        if (d == null) d = Dates.normalize(ld.first("dateCreated"));
        if (d != null) return new String[] {d, "json-ld"};
        d = metaDate(meta, PUBLISHED_META);
        if (d != null) return new String[] {d, "meta"};
        d = attrDate(doc.selectFirst("time[itemprop=datePublished], time[pubdate], [itemprop=datePublished][datetime]"));
        if (d == null) {
            for (Element t : doc.select("time[datetime]")) {
                if (t.closest("aside, nav, footer, [class*=related], [class*=comment]") != null) continue;
                d = attrDate(t);
                if (d != null) break;
            }
        }
        if (d != null) return new String[] {d, "time"};
        if (url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                d = Dates.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (d != null) return new String[] {d, "url"};
            }
        }
        d = textDate(doc);
        return d == null ? new String[] {null, null} : new String[] {d, "text"};
    }

    /** Last resort: a date written in a byline/date element, else early in the page's text. */
    private static String textDate(Document doc) {
        if (doc.body() == null) return null;
        for (Element e : doc.body().select("[class*=date], [class*=time], [class*=byline], [class*=publi], "
                + "[class*=meta], [class*=info], [id*=date]")) {
            if (e.closest("aside, nav, footer, li, [class*=related], [class*=comment]") != null) continue;
            String t = e.text();
            if (t.length() > 300) continue;
            String d = Dates.textual(t);
            if (d != null) return d;
        }
        String text = doc.body().text();
        return Dates.textual(text.substring(0, Math.min(text.length(), 3000)));
    }

    private static String metaDate(Map<String, String> meta, String[] keys) {
        for (String k : keys) {
            String d = Dates.normalize(meta.get(k));
            if (d != null) return d;
        }
        return null;
    }

    private static String attrDate(Element e) {
        if (e == null) return null;
        String d = Dates.normalize(e.attr("datetime"));
        if (d == null) d = Dates.normalize(e.attr("content"));
        return d != null ? d : Dates.textual(e.text());
    }

    private static String firstDate(String... raw) {
        for (String r : raw) {
            String d = Dates.normalize(r);
            if (d != null) return d;
        }
        return null;
    }

    // --- helpers -----------------------------------------------------------------------------

    /** meta name/property/itemprop (lower-cased) to content; the first occurrence wins. */
    private static Map<String, String> metaMap(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) continue;
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                // RDFa lets one tag state several properties: property="og:title twitter:title"
                for (String k : m.attr(attr).strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!k.isEmpty()) out.putIfAbsent(k, content);
                }
            }
        }
        return out;
    }

    private static String firstMeta(Map<String, String> meta, String[] keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }

    private static String absolute(Element e, String attr) {
        if (e == null) return null;
        String abs = e.absUrl(attr);
        String v = abs.isEmpty() ? e.attr(attr).strip() : abs;
        return v.isEmpty() ? null : v;
    }

    static String host(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (h == null) return null;
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return clean(v);
        }
        return null;
    }

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u200c\\u200d\\u2060\\ufeff\\u00ad]");
    private static final Pattern SPACE_RUN = Pattern.compile(
            "[\\s\\u00a0\\u202f\\u2028\\u2029]*[ \\t\\n\\r\\f\\u000b\\u2028\\u2029][\\s\\u00a0\\u202f\\u2028\\u2029]*");

    /**
     * Collapses whitespace. A run holding an ordinary space becomes one space; a run of no-break
     * spaces alone is kept as it is, since French typography puts them inside « » and before : ; ! ?.
     */
    static String clean(String s) {
        if (s == null) return "";
        return SPACE_RUN.matcher(INVISIBLE.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }

    /** A loose comparison key: letters and digits only, lower case. */
    static String norm(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
