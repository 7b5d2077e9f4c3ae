package org.vigie.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigie.nlp.quotes.QuoteSpeakers.speakerOf;

import org.junit.jupiter.api.Test;

/**
 * Channels are not speakers: the page, account, network or medium through which someone spoke
 * (« a indiqué sur sa page Facebook le zoo », « a confié au Washington Post le quadragénaire »).
 * Sentences from OrangeSum articles (CC BY-SA 4.0), each rule with a case it must leave alone.
 */
class ChannelSpeakerTest {

    @Test
    void aPageOrAMediumBeforeThePostposedSpeakerIsSkippedWhole() {
        assertEquals("le zoo", speakerOf("C'est avec une immense peine",
                "\"C'est avec une immense peine que nous vous annonçons le décès de Gaston\", a indiqué sur sa page "
                        + "Facebook le zoo, l'un des plus grands d'Europe."));
        assertEquals("le quadragénaire", speakerOf("Ils ont ruiné",
                "\"Ils ont ruiné ma vie\", a confié au Washington Post le quadragénaire, pour qui la pilule est difficile à avaler."));
        // a name after the medium is the speaker; an honorific opens the speaker's name
        assertEquals("Jean Dupont", speakerOf("Nous sommes prêts",
                "\"Nous sommes prêts\", a déclaré à l'AFP Jean Dupont."));
        assertEquals("Roux de Bézieux", speakerOf("C'est une évidence",
                "\"C'est une évidence et c'est lancé\", a répondu dans un tweet M. Roux de Bézieux à l'ancienne présidente."));
    }

    @Test
    void anInfinitiveAfterThePageLeavesTheSubjectBeforeTheCue() {
        assertEquals("Henda Ayari", speakerOf("victime",
                "Henda Ayari, 40 ans, présidente de l'association Libératrices, a indiqué vendredi sur sa page Facebook "
                        + "avoir été \"victime de quelque chose de très grave il y a plusieurs années\"."));
    }

    @Test
    void theOwnerOfAnAccountSpeaksThroughIt() {
        assertEquals("la gendarmerie de Haute-Loire", speakerOf("Voici",
                "Voici le drôle de coup de fil qu'ont reçu les forces de l'ordre samedi soir 28 octobre, rapporte le "
                        + "compte Facebook de la gendarmerie de Haute-Loire."));
        // a site that is a medium still speaks itself
        assertEquals("Variety", speakerOf("le tournage",
                "Selon le site Variety, le tournage reprendra en septembre."));
    }
}
