package org.vigie.core.pipeline;

import org.vigie.core.model.Article;

/**
 * One step of analysis with one job: it reads an article and returns a copy with the layers it
 * adds. A stage is configured once, holds no per-article state and is safe to call from many
 * threads at once; heavy resources (models, lexicons) are loaded once per JVM.
 */
public interface Stage {

    /** A short stable name ("entities", "quotes"), used in timings and errors. */
    String name();

    Article process(Article article);
}
