package org.vigie.nlp.signals.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigie.nlp.signals.StageTestSupport.evidence;
import static org.vigie.nlp.signals.StageTestSupport.signals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.Article;
import org.vigie.core.model.Metadata;
import org.vigie.core.model.Signal;
import org.vigie.core.pipeline.Pipeline;
import org.vigie.nlp.registry.EntityPipelines;

/**
 * A headline that names the holder of an office whose body says only the title ("le président
 * russe", "le chef de l'État") is supported: the entity layer reads the title through the dated
 * table of office holders, and the stage counts any body mention of the headline's entity.
 */
class HeadlineSupportOfficeHolderTest {

    private static final Pipeline ENTITIES = EntityPipelines.french();
    private static final HeadlineSupportStage STAGE = new HeadlineSupportStage();

    private static List<Signal> headline(String title, String body, String date) {
        Article a = Article.compose(title, null, List.of(body));
        if (date != null) a = a.withMetadata(Metadata.EMPTY.withDate(date, "meta"));
        return signals(STAGE, ENTITIES.process(a), HeadlineSupportStage.HEADLINE);
    }

    @Test
    void theBodysTitleOfTheHolderSupportsTheHeadlinesName() {
        String title = "Syrie : Poutine ordonne le retrait de ses troupes";
        String body = "Le président russe a ordonné lundi le retrait de la majeure partie des forces russes "
                + "déployées en Syrie depuis septembre, a annoncé le Kremlin. Le retrait commencera dès mardi, a précisé "
                + "le ministère de la Défense à Moscou.";
        assertEquals(List.of(), headline(title, body, "2016-03-14"));
        // in 1998 the Russian president was someone else: the headline's name has no support
        List<Signal> in1998 = headline(title, body, "1998-03-14");
        assertEquals(1, in1998.size());
        assertEquals(List.of("Poutine"), evidence(in1998.get(0)));
    }

    @Test
    void theFrenchHeadOfStateByHisTitles() {
        String title = "Macron promet un geste pour les retraités";
        String body = "Le chef de l'État a promis jeudi un geste pour les retraités modestes, lors d'un déplacement "
                + "dans la Vienne. Le président de la République a reconnu que la hausse de la CSG avait été mal comprise.";
        assertEquals(List.of(), headline(title, body, "2018-04-12"));
        assertEquals(List.of("Macron"), evidence(headline(title, body, null).get(0)));
    }
}
