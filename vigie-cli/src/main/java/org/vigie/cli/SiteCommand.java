package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.core.json.ArticleJson;
import org.vigie.corpus.Corpus;
import org.vigie.corpus.CorpusReprints;
import org.vigie.corpus.sites.SiteProfile;
import org.vigie.corpus.sites.SiteRequest;
import org.vigie.corpus.sites.UnknownSiteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "site", mixinStandardHelpOptions = true,
        header = "One site's profile: where its copies come from, what it changes, who copies it, its signal rates.",
        description = {"One site's profile: its articles and dates, articles per month, where its copied texts come from",
                "(the sites that published them first, wire and state media marked), what it changes when it copies",
                "(new headline, standfirst, paragraphs added, removed or edited), who copies it, its signal rates against",
                "the rest of the corpus, its most named entities and its source rating.",
                "Exit 1 for a site with no stored article, naming the close ones."})
final class SiteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    RatingsOption ratings;

    @Parameters(index = "0", paramLabel = "SITE", description = "The site: a host (lemonde.fr) or a URL of it.")
    String site;

    @Option(names = "--top", paramLabel = "N", description = "How many source sites, copying sites and entities (default: ${DEFAULT-VALUE}).")
    int top = SiteRequest.DEFAULT_TOP;

    @Option(names = "--sample", paramLabel = "N",
            description = "Compare at most N of its copies with their sources, evenly spread (default: ${DEFAULT-VALUE}).")
    int sample = SiteRequest.DEFAULT_SAMPLE;

    @Option(names = "--json", description = "The profile as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        data.existing();
        SiteRequest request = QueryOptions.asked(() -> new SiteRequest(site, top, sample));
        PrintWriter out = spec.commandLine().getOut();
        try (Corpus corpus = Corpus.openReadOnly(data.data)) {
            CorpusReprints reprints = CorpusReprints.open(corpus);
            SiteProfile p;
            try {
                p = QueryOptions.answer(() -> corpus.site(request, reprints.families(), ratings.ratings()));
            } catch (UnknownSiteException e) {
                throw new UserException(e.getMessage(), 1);
            }
            if (json) out.println(ArticleJson.mapper().writeValueAsString(p));
            else print(p, out);
            out.flush();
            return 0;
        }
    }

    static void print(SiteProfile p, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %d article%s, %s to %s, of %d stored (%d ms)%n", p.site(), p.articles(),
                p.articles() == 1 ? "" : "s", p.first() == null ? "?" : p.first(), p.last() == null ? "?" : p.last(), p.corpus(),
                p.tookMillis());
        if (p.rating() != null) out.printf(Locale.ROOT, "rating: %s (%s)%n", p.rating().rating(), p.rating().authority());
        out.printf(Locale.ROOT, "copied: %d (%.1f%%) first published by another site; wire reprints: %d (%.1f%%)%n", p.copied(),
                100 * p.copiedShare(), p.wireReprints(), 100 * p.wireReprintShare());
        if (!p.sources().isEmpty()) {
            out.println();
            out.println("Where its copied texts come from");
            int w = 4;
            for (SiteProfile.SourceSite s : p.sources()) w = Math.max(w, s.site().length());
            out.printf(Locale.ROOT, "  %-" + w + "s  %6s  %6s  %5s  %s%n", "site", "copies", "share", "delay", "wire/state-media list");
            for (SiteProfile.SourceSite s : p.sources()) {
                out.printf(Locale.ROOT, "  %-" + w + "s  %6d  %5.1f%%  %5s  %s%n", s.site(), s.copies(), 100 * s.share(),
                        s.medianDelayDays() == null ? "-" : s.medianDelayDays() + "d",
                        s.wire() == null ? "" : s.wire() + " (rank " + (s.rank() + 1) + ")");
            }
            out.println("  (delay: median days between the source's publication and the copy's)");
        }
        SiteProfile.CopyChanges c = p.changes();
        if (c.copies() > 0) {
            out.println();
            out.printf(Locale.ROOT, "What it changes when it copies (%d of %d copies compared%s)%n", c.read(), c.copies(),
                    c.read() < c.copies() ? ", evenly spread: --sample" : "");
            for (SiteProfile.ChangeRate r : c.kinds()) {
                out.printf(Locale.ROOT, "  %-20s %5.1f%%  (%d)%n", r.label(), 100 * r.share(), r.copies());
            }
            out.printf(Locale.ROOT, "  %-20s %5.1f%%  (%d)%n", "nothing", c.read() == 0 ? 0.0 : 100.0 * c.unchanged() / c.read(),
                    c.unchanged());
        }
        if (!p.copiedBy().isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "Who copies it (%d of its texts published again elsewhere)%n", p.textsCopied());
            int w = 4;
            for (SiteProfile.Copier s : p.copiedBy()) w = Math.max(w, s.site().length());
            for (SiteProfile.Copier s : p.copiedBy()) out.printf(Locale.ROOT, "  %-" + w + "s  %6d%n", s.site(), s.copies());
        }
        if (!p.signals().isEmpty()) {
            out.println();
            out.println("Signals: share of its articles, and of the rest of the corpus");
            int w = 4;
            for (SiteProfile.SignalRate s : p.signals()) w = Math.max(w, s.kind().length());
            for (SiteProfile.SignalRate s : p.signals()) {
                out.printf(Locale.ROOT, "  %-" + w + "s  %6.1f%%  %6.1f%%%n", s.kind(), 100 * s.share(), 100 * s.restShare());
            }
        }
        if (!p.entities().isEmpty()) {
            out.println();
            out.println("Most named entities (share of its articles)");
            int w = 4;
            for (SiteProfile.NamedEntity e : p.entities()) w = Math.max(w, e.name().length());
            for (SiteProfile.NamedEntity e : p.entities()) {
                out.printf(Locale.ROOT, "  %-" + w + "s  %5.1f%%  %s%n", e.name(), 100 * e.share(), e.entityId());
            }
        }
        if (p.months() != null && !p.months().buckets().isEmpty()) {
            out.println();
            out.println("Articles per month (each at its text's first publication)");
            TimelineCommand.print(p.months(), out);
        }
    }
}
