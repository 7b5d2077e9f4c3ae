package org.vigie.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A long page repeating one role phrase in every paragraph (« Le maire de Lyon a déclaré … ») must
 * not scan the article once per occurrence: a 5 MB page of such paragraphs took hours in the quote
 * stage. The name tied to a role is looked up once per distinct role.
 */
class RepeatedRoleTest {

    @Test
    void aRoleRepeatedInEveryParagraphIsLookedUpOnceAndStillTiedToItsName() {
        StringBuilder text = new StringBuilder("Le maire, Grégory Doucet, a présenté son plan.\n");
        for (int i = 0; i < 300; i++) {
            text.append("Le maire de Lyon a déclaré que la ville investirait ").append(i)
                .append(" millions d'euros, selon un communiqué.\n");
        }
        String s = text.toString();
        List<Tok> toks = Tokenizer.tokenize(s);
        SpeakerNames names = new SpeakerNames(s, toks);
        List<String> found = new ArrayList<>();
        for (int i = 0; i + 2 < toks.size(); i++) {
            if (toks.get(i).lower().equals("le") && toks.get(i + 1).lower().equals("maire")) {
                found.add(names.roleName(i, i + 2));
            }
        }
        assertEquals(301, found.size());
        for (String name : found) assertEquals("Grégory Doucet", name);
        assertEquals(1, names.roleScans);
    }
}
