package org.vigie.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void normalisesTheFormsPagesUse() {
        assertEquals("2020-06-18T11:03:51+02:00", Dates.normalize("2020-06-18T11:03:51+02:00"));
        assertEquals("2020-06-18T11:03:51+02:00", Dates.normalize("2020-06-18T11:03:51+0200"));
        assertEquals("2020-06-18T12:44:12", Dates.normalize("2020-06-18 12:44:12"));
        assertEquals("2020-06-18", Dates.normalize("2020-06-18"));
        assertEquals("2020-07-03", Dates.normalize("1593773052"));
        assertEquals("2020-06-18T11:03:51Z", Dates.normalize("Thu, 18 Jun 2020 11:03:51 GMT"));
        assertEquals("2020-06-18", Dates.normalize("jeudi 18 juin 2020"));
        assertEquals("2020-10-01", Dates.normalize("1er octobre 2020"));
        assertEquals("2019-08-15", Dates.normalize("Publié le 15 août 2019 à 08h00"));
        assertEquals("2020-06-18", Dates.normalize("June 18, 2020"));
        assertEquals("2020-06-18", Dates.normalize("18/06/2020"));
    }

    @Test
    void refusesWhatIsNotAPlausibleDate() {
        assertNull(Dates.normalize(""));
        assertNull(Dates.normalize("hier"));
        assertNull(Dates.normalize("2020-02-30"));
        assertNull(Dates.normalize("1870-01-01"));
        assertNull(Dates.normalize("31 juin 2020"));
    }
}
