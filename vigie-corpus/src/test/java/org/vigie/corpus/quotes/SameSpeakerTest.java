package org.vigie.corpus.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Speaker;

/** When two attributions are different speakers: names as OrangeSum articles give them. */
class SameSpeakerTest {

    static Speaker s(String name) {
        return new Speaker(name, null);
    }

    @Test
    void oneNameWrittenSeveralWaysIsOneSpeaker() {
        assertFalse(SameSpeaker.different(s("Poutine"), new Speaker("Vladimir Poutine", "vladimir-putin")));
        assertFalse(SameSpeaker.different(s("Haïm Korsia"), s("France Haïm Korsia martèle")));
        assertFalse(SameSpeaker.different(s("Yediot Aharonot"), s("Yediot Aharonoth")));
        assertFalse(SameSpeaker.different(new Speaker("V. Poutine", "vladimir-putin"), new Speaker("Putin", "vladimir-putin")));
    }

    @Test
    void descriptionsAndUnattributedAreNoOtherSpeaker() {
        assertFalse(SameSpeaker.different(s("la juge des référés"), s("Gérard Collomb")));
        assertFalse(SameSpeaker.different(s("Le locataire de la Maison Blanche"), s("Donald Trump")));
        assertFalse(SameSpeaker.different(null, s("Donald Trump")));
    }

    @Test
    void twoNamedPeopleAreDifferent() {
        assertTrue(SameSpeaker.different(s("Olivier Véran"), s("Emmanuel Macron")));
        assertTrue(SameSpeaker.different(new Speaker("Gérard Collomb", "gerard-collomb"), new Speaker("Emmanuel Macron", "emmanuel-macron")));
        assertTrue(SameSpeaker.different(s("Le Parisien"), s("Edouard Philippe")), "a name after a determiner is a name");
        assertFalse(SameSpeaker.different(s("L'institution"), s("Conseil d'État")));
    }
}
