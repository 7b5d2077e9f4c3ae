package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Entity;
import org.vigie.nlp.corenlp.CoreNlpTokens;
import org.vigie.nlp.registry.AliasTable;

class EntityDump {
    @Test
    void dump() {
        for (String id : new String[] {"12158", "1349", "20378", "21603", "21942", "23446", "29457", "8873"}) {
            Article t = CoreNlpTokens.french().process(Samples.orangesum("orangesum-" + id));
            System.out.println("===== " + id);
            for (Entity e : new EntityStage(AliasTable.bundled()).entities(t)) {
                System.out.println(e.type() + "\t" + e.canonical() + "\t" + e.mentions().stream().map(s -> s.text()).toList());
            }
        }
    }
}
