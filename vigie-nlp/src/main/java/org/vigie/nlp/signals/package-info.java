/**
 * Signals with evidence: what in a page deserves a reader's attention, and why. Never a verdict.
 *
 * <p>Each signal family is a {@link org.vigie.core.pipeline.Stage} in its own package that appends
 * {@link org.vigie.core.model.Signal}s (kind, score in [0, 1], evidence spans, one-sentence
 * explanation in the article's language) to the article; {@link org.vigie.nlp.signals.SignalStages}
 * builds them in order. Stages read the entity and quote layers when present and fall back on
 * their own cues (capitalised words, quotation marks, reporting verbs) when not.
 * <ul>
 *   <li>{@code support}: headline or standfirst names, acronyms and numbers the body never
 *   mentions ({@code headline-not-supported-by-body}, {@code standfirst-not-supported-by-body}),
 *   and headline or standfirst figures and directions ("12 morts", "le chômage augmente") the body
 *   contradicts ({@code headline-contradicts-body}); what counts as support is in small classes
 *   (a place rubric that only locates the story: {@code PlaceRubrics}; a metonym for what the body
 *   names: {@code Metonyms}; spellings, demonyms and initials: {@code NameForms}; figures in words,
 *   other spellings, roundings and hedges: {@code Figures}; a person the body calls only by a
 *   profession noun: {@code Epithets}), and so is what counts as a contradiction ({@code FigureConflicts},
 *   {@code Directions}, {@code Negations});</li>
 *   <li>{@code labels}: loaded labels, and whether the outlet uses them or reports them
 *   ({@code loaded-label});</li>
 *   <li>{@code style}: VAGO-style subjectivity and vagueness rates ({@code subjectivity},
 *   {@code vagueness});</li>
 *   <li>{@code register}: a combined satire / sensational register score over explainable features
 *   (address to the reader, anonymous sources, population percentages, first-name witnesses, density of
 *   dates, figures and names...), a logistic regression fitted on FreSaDa's train split
 *   ({@code satirical-register});</li>
 *   <li>{@code wire}: credits, datelines, bylines and editor's notes of another newsroom
 *   ({@code copied-wire-marker});</li>
 *   <li>{@code orthography}: errors in the re-publisher's title and standfirst, via LanguageTool
 *   ({@code orthography}), and pages without author or date ({@code missing-author-date});</li>
 *   <li>{@code source}: public ratings of the source domain, as context ({@code source-context}).</li>
 * </ul>
 * A stage that reads words runs only on the languages it has resources for ({@link
 * org.vigie.nlp.signals.LanguageCoverage}): the register model and the spell checker on French,
 * lexicons on French and English; an article in another language gets the language-free signals
 * only (wire credits, source context, missing author or date, spacing before punctuation), and each
 * gated stage that did not run records it in the article's {@code skipped} ({@code signals:FAMILY},
 * {@link org.vigie.nlp.signals.LanguageCoverage#skipped}). The orthography signal runs on every
 * language (spacing rules) and records nothing when only its spell checker is off.
 * Lexicons, patterns, thresholds and explanation templates are data files under
 * {@code src/main/resources/org/vigie/nlp/signals/}, each with its sources in comments.
 */
package org.vigie.nlp.signals;
