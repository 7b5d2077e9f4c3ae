package org.vigie.ingest.date;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

    @Test
    void normalizesTheShapesSourcesUse() {
        assertEquals(Optional.of("2016-10-10"), IsoDates.normalize("2016-10-10"));
        assertEquals(Optional.of("2016-10-10T14:30+02:00"), IsoDates.normalize("2016-10-10T14:30:00+02:00"));
        assertEquals(Optional.of("2016-10-10T12:30Z"), IsoDates.normalize("2016-10-10T12:30:00Z"));
        assertEquals(Optional.of("2016-10-10T14:30"), IsoDates.normalize("2016-10-10 14:30"));
        assertEquals(Optional.of("2016-10-10T14:30+02:00"), IsoDates.normalize("Mon, 10 Oct 2016 14:30:00 +0200"));
        assertEquals(Optional.of("2016-10-10T14:30Z"), IsoDates.normalize("Mon, 10 Oct 2016 14:30:00 GMT"));
        assertEquals(Optional.of("2016-10-10T14:30Z"), IsoDates.normalize("10 Oct 2016 14:30 GMT"));
        assertEquals(Optional.of("2016-10-09"), IsoDates.normalize("09/10/2016"));
        assertEquals(Optional.of("2016-10-10"), IsoDates.normalize("October 10, 2016"));
        assertEquals(Optional.of("2016-10-10T12:00Z"), IsoDates.normalize("1476100800"));
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertEquals(Optional.empty(), IsoDates.normalize("hier"));
        assertEquals(Optional.empty(), IsoDates.normalize("31/02/2016"));
        assertEquals(Optional.empty(), IsoDates.normalize(""));
        assertEquals(Optional.empty(), IsoDates.normalize(null));
    }
}
