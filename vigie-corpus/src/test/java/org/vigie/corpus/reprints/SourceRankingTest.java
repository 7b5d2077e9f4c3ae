package org.vigie.corpus.reprints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRankingTest {

    @Test
    void wireAgenciesRankBeforeStateMediaAndUnknownSites() {
        SourceRanking r = SourceRanking.defaults();
        int afp = r.rank("AFP");
        assertEquals(afp, r.rank("https://www.afp.com/fr/actus/123"));
        assertEquals(afp, r.rank("Agence France-Presse"));
        int sputnik = r.rank("fr.sputniknews.africa");
        assertEquals(sputnik, r.rank("Sputnik France"));
        assertEquals(r.rank("RT"), r.rank("francais.rt.com"));
        assertTrue(afp < r.rank("TASS") && r.rank("TASS") < SourceRanking.UNRANKED);
        assertEquals("AFP", r.label(afp));
        assertEquals(SourceRanking.UNRANKED, r.rank("veille-libre.info"));
        assertEquals(SourceRanking.UNRANKED, r.rank("notafp.com"));
        assertEquals(SourceRanking.UNRANKED, r.rank(null));
    }

    @Test
    void userListsAreReadWithClearErrors(@TempDir Path dir) throws IOException {
        Path ok = dir.resolve("sources.txt");
        Files.writeString(ok, "# mine\nAgence Bretagne Presse | abp.bzh\nAFP | afp.com\n");
        SourceRanking r = SourceRanking.load(ok);
        assertEquals(0, r.rank("www.abp.bzh"));
        assertEquals(1, r.rank("AFP"));
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "AFP | afp.com\nReuters reuters.com\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceRanking.load(bad));
        assertTrue(e.getMessage().contains("bad.txt:2"), e.getMessage());
    }
}
