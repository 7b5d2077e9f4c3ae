package org.vigie.nlp.entities;

import org.vigie.core.model.Span;

/**
 * One role description joined to a person's entity, and why: to judge the role layer by hand
 * ({@code bench ner.RoleBindingDump}) without reading the rules.
 *
 * @param role   the description's words ("président russe")
 * @param entity the canonical name of the person it joined
 * @param office the office it names ("head|Russie", "prosecutor|" for a bare role)
 * @param via    how it was bound
 * @param anchor for {@link Via#REPEAT}: the description the text tied to the person, which this
 *               later occurrence repeats; else null
 */
public record RoleBinding(Span role, String entity, String office, Via via, Span anchor) {

    public enum Via {
        /** right before the name: "le président russe Vladimir Poutine", "le procureur, X" */
        BEFORE_NAME,
        /** after the name and a comma: "Vladimir Poutine, président russe" */
        AFTER_NAME,
        /** another occurrence of an office the text tied to the person */
        REPEAT,
        /** the dated table of office holders: the holder of the office on the article's day */
        TABLE,
        /** the dated table, a title alone ("le chef de l'État"): the one holder the article names */
        TABLE_ALONE,
        /** an age standing for a person ("the 47-year-old"): the person named most recently before it */
        AGE
    }
}
