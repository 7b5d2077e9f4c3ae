package org.vigie.corpus.sites;

import java.util.List;

/** The corpus holds no article of the site asked for; {@link #closeNames()} are the stored sites it may have meant. */
public final class UnknownSiteException extends RuntimeException {

    private final String site;
    private final List<String> closeNames;

    public UnknownSiteException(String site, List<String> closeNames, int sites) {
        super("no article of site '" + site + "' in the corpus (" + sites + (sites == 1 ? " site" : " sites") + " stored"
                + (closeNames.isEmpty() ? "; vigie sites lists them)" : "); close names: " + String.join(", ", closeNames) + ")"));
        this.site = site;
        this.closeNames = List.copyOf(closeNames);
    }

    public String site() {
        return site;
    }

    public List<String> closeNames() {
        return closeNames;
    }
}
