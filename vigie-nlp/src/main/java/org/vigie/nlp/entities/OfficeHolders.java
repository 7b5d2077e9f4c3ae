package org.vigie.nlp.entities;

import java.time.LocalDate;
import java.util.List;

/**
 * Outside knowledge of who held an office on a given day (the registry's dated table of office
 * holders), so that a role the text never ties to a name ("le président russe" in a story dated
 * 12 May 2016) can be read as its holder, provided the article names that holder too.
 * An office is written {@code family|place}: a role family of roles.txt and the country,
 * institution or city it belongs to, under any of its names ("head|Russie", "secretary-general|ONU").
 */
public interface OfficeHolders {

    OfficeHolders NONE = new OfficeHolders() {
        @Override
        public boolean knows(String office) {
            return false;
        }

        @Override
        public List<String> holder(String office, LocalDate day) {
            return List.of();
        }

        @Override
        public List<List<String>> holders(String family, LocalDate day) {
            return List.of();
        }
    };

    /** True when the table lists {@code office} ("mayor|Paris"), whatever the day. */
    boolean knows(String office);

    /** The names (canonical first) of the person holding {@code office} on {@code day}, or empty. */
    List<String> holder(String office, LocalDate day);

    /** The names of every holder, on {@code day}, of an office of {@code family} ("prime-minister"), one list per office. */
    List<List<String>> holders(String family, LocalDate day);
}
