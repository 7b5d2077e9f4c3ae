package org.vigie.nlp.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.EntityType;

class OfficeTableTest {

    private static final OfficeTable TABLE = OfficeTable.bundled();

    @Test
    void bundledTableIsConsistentAndCoversTwoThousandToNow() {
        AliasTable aliases = AliasTable.bundled();
        Map<String, List<OfficeTable.Tenure>> byOffice = new HashMap<>();
        for (OfficeTable.Tenure t : TABLE.tenures()) {
            assertEquals(EntityType.PER, aliases.byKey(t.holder()).type(), t.holder());
            assertTrue(t.to() == null || t.from().isBefore(t.to()), t.toString());
            byOffice.computeIfAbsent(t.office(), k -> new java.util.ArrayList<>()).add(t);
        }
        for (List<OfficeTable.Tenure> list : byOffice.values()) {
            for (int i = 1; i < list.size(); i++) {
                assertFalse(list.get(i).from().isBefore(list.get(i - 1).to()), list.get(i - 1) + " / " + list.get(i));
            }
        }
        for (String office : List.of("head|France", "prime-minister|France", "head|Russie", "head|États-Unis",
                "head|Turquie", "prime-minister|Allemagne", "prime-minister|Royaume-Uni", "head|Ukraine", "head|Chine",
                "prime-minister|Italie", "prime-minister|Espagne", "prime-minister|Israël", "head|Iran", "head|Brésil",
                "head|Commission européenne", "secretary-general|ONU", "pope|Vatican")) {
            assertTrue(TABLE.knows(office), office);
            for (int year = 2000; year <= 2025; year += 5) {
                // a few acting tenures are gaps; none of these offices is empty on 1 July of these years
                assertFalse(TABLE.holder(office, LocalDate.of(year, 7, 1)).isEmpty(), office + " " + year);
            }
        }
    }

    @Test
    void theHolderChangesOnTheInaugurationDay() {
        assertEquals("barack-obama", TABLE.holderKey("head|États-Unis", LocalDate.of(2017, 1, 19)));
        assertEquals("donald-trump", TABLE.holderKey("head|États-Unis", LocalDate.of(2017, 1, 20)));
        assertEquals("boris-yeltsin", TABLE.holderKey("head|Russie", LocalDate.of(1998, 3, 14)));
        assertEquals("dmitry-medvedev", TABLE.holderKey("head|Russie", LocalDate.of(2010, 3, 14)));
        assertEquals("vladimir-putin", TABLE.holderKey("head|Russie", LocalDate.of(2016, 3, 14)));
        assertEquals("francois-hollande", TABLE.holderKey("head|France", LocalDate.of(2017, 5, 13)));
        assertEquals("emmanuel-macron", TABLE.holderKey("head|France", LocalDate.of(2017, 5, 14)));
        // an office under any name of its place
        assertEquals("antonio-guterres", TABLE.holderKey("secretary-general|Nations unies", LocalDate.of(2020, 1, 1)));
        assertEquals("antonio-guterres", TABLE.holderKey("secretary-general|Onu", LocalDate.of(2020, 1, 1)));
        assertEquals("anne-hidalgo", TABLE.holderKey("mayor|Paris", LocalDate.of(2020, 1, 1)));
        assertNull(TABLE.holderKey("head|Russie", LocalDate.of(1980, 1, 1)));
        assertNull(TABLE.holderKey("mayor|Lyon", LocalDate.of(2020, 1, 1)));
        assertTrue(TABLE.holder("head|Russie", LocalDate.of(2016, 3, 14)).contains("Poutine"));
        assertEquals(1, TABLE.holders("pope", LocalDate.of(2016, 3, 14)).size());
    }

    @Test
    void badLinesAreReportedWithTheirLine() {
        AliasTable aliases = AliasTable.bundled();
        assertThrows(IllegalArgumentException.class, () -> load("head|France\temmanuel-macron\t2017-05-14\n", aliases));
        IllegalArgumentException overlap = assertThrows(IllegalArgumentException.class, () -> load(
                "# two presidents at once\nhead|France\tfrancois-hollande\t2012-05-15\t2017-05-15\n"
                        + "head|France\temmanuel-macron\t2017-05-14\t\n", aliases));
        assertTrue(overlap.getMessage().contains("test:3") && overlap.getMessage().contains("line 2"), overlap.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> load("head|France\tjean-dupont\t2017-05-14\t\n", aliases));
        assertTrue(unknown.getMessage().contains("jean-dupont"), unknown.getMessage());
        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class,
                () -> load("head|France\temmanuel-macron\t2017-05-14\t2017-05-14\n", aliases));
        assertTrue(backwards.getMessage().contains("test:1"), backwards.getMessage());
        assertThrows(IllegalArgumentException.class, () -> load("head|Atlantide\temmanuel-macron\t2017-05-14\t\n", aliases));
        assertThrows(IllegalArgumentException.class, () -> load("head|France\temmanuel-macron\t14/05/2017\t\n", aliases));
    }

    private static OfficeTable load(String tsv, AliasTable aliases) {
        return OfficeTable.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test", aliases);
    }
}
