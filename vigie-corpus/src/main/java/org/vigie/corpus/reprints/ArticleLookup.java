package org.vigie.corpus.reprints;

import org.vigie.core.model.Article;

/** Where family views fetch members' texts (the store, or a map in tests): null when absent. */
@FunctionalInterface
public interface ArticleLookup {
    Article find(String articleId);
}
