/**
 * Quotations: who said what. {@link org.vigie.nlp.quotes.QuoteStage} adds the {@code quotes} layer
 * (direct and indirect speech, speaker, speaker mention, cue) with rules grounded in French news
 * conventions; no model.
 *
 * <p>How a text is read, one class a step:
 * <ol>
 *   <li>{@code Tokenizer}: words with offsets ("l'" and "qu'" apart, "a-t-il" whole);</li>
 *   <li>{@code QuoteMarks}: quoted passages in « », “ ”, "" (nesting, paragraphs reopened with «);</li>
 *   <li>{@code CueLexicon}: reporting verbs of {@code cue-verbs.txt} in all their forms (a indiqué,
 *       a-t-il ajouté, précise-t-elle, s'est félicité, estimant) and the adverbs between them;</li>
 *   <li>{@code AbstractQuoteReader}: what the readers of every language share, the passage each
 *       token stands in, the sentence loop (each language says where a quote ending with . ! ?
 *       ends its sentence), word counts over token windows, scare quotes named by the word before,
 *       one indirect quote per clause;</li>
 *   <li>{@code QuoteReader}: sentences, cues and their position (postposed, preposed, incise,
 *       selon / d'après / pour X), then direct quotes, scare quotes and titles left out, then
 *       indirect speech: X a annoncé que…, …, a annoncé X, selon X, …; an object that carries the
 *       message for the verbs of {@code object-cues.txt} (« Holyfield annonce un retour », « accuse
 *       X de … », « fait part de sa volonté de … »); an infinitive after the verbs of
 *       {@code infinitive-cues.txt} (« dit vouloir », « a promis de revenir »); gerunds spoken by the
 *       antecedent of « qui » or the sentence subject, but a bare participle after a noun is that
 *       noun's content (« une pétition dénonçant… ») unless the noun is a text its subject wrote
 *       ({@code authored-nouns.txt}); « il » / « le groupe » opening a sentence
 *       for the one person / organisation the sentence before names;</li>
 *   <li>{@code Attributor}: speaker phrases to speakers, in reading order; pronouns and singular
 *       role descriptions to the last compatible named speaker, but « il » / « elle » to a nearer
 *       unnamed person of its gender ({@code person-nouns.txt}: « un témoin raconte… », « a-t-il
 *       ajouté »), which a definite description (« le motard », « l'élue ») is only when the named
 *       speaker cannot be it (a newspaper, the other gender); « ce dernier » to the last person
 *       named in its sentence or the one before; « ils » never to the media
 *       ({@code media-nouns.txt}); plural roles (« les procureurs ») and roles with a complement
 *       (« les avocats de M. Depp ») stay as written; « le Premier ministre » is a role of its own;
 *       a title keeps the article the text capitalises (« Le Parisien »); a heading glued to the
 *       text (« VaccinsLe président ») is cut off; a phrase headed by a role or person noun
 *       (« le chef de service de l'hôpital Bichat », « la députée PCF ») names a person only
 *       ({@link org.vigie.nlp.quotes.SpeakerLookup#personAt}), never its employer, and refers back
 *       only to someone the text gave that role; a channel is no speaker (« sur sa page Facebook le
 *       zoo », « le compte Facebook de la gendarmerie » is the gendarmerie);</li>
 *   <li>{@link org.vigie.nlp.quotes.SpeakerLookup}: where canonical names come from, the entity
 *       layer ({@link org.vigie.nlp.quotes.EntityLayerSpeakers}) by default, and
 *       {@code SpeakerNames} (the article's own names, honorifics stripped, surnames completed)
 *       when the layer does not name the speaker.</li>
 * </ol>
 * Word lists are data in {@code src/main/resources/org/vigie/nlp/quotes/}: cue verbs, cue adverbs,
 * honorifics, role nouns, source nouns, person nouns, nouns that name works, verbs whose object or infinitive
 * carries the message, intention nouns, collective nouns, words that only look like infinitives,
 * media nouns, texts whose author is the subject.
 *
 * <p>Another language gets its own lists and cue positions behind the same stage:
 * {@code QuoteRules.forLanguage(article.language())} picks the rules (French when the language was
 * not detected; none for a language other than French, English, German and Spanish, whose articles
 * get an empty layer and a {@code skipped} entry rather than French cues read over Portuguese). English
 * ({@code EnglishQuoteReader}, lists in {@code en/}) reads "…," X said / said X / X said: "…" /
 * X told reporters / according to X, quotes continued by a quote standing alone,
 * quotes reopened over paragraphs, curly, straight, mixed and single curly marks; indirect X said
 * (that) …, X told Y that …, …, X said, according to X, …, ", saying …"; scare quotes and slogans
 * named by a noun ({@code scare-nouns.txt}), negated cues ("didn't say") and verb forms used as
 * nouns ("a separate tweet") left out. {@code EnglishSpeakers} strips titles and honorifics,
 * completes surnames, ties titles to names ("the Russian president"), resolves he/she (people,
 * given names with their gender in {@code given-names.txt}), they/it (organisations, groups),
 * "the company" and "the statement", and takes the entity layer's speaker only when its mention
 * agrees with the text's name.
 *
 * <p>German and Spanish share one reader, {@code CueQuoteReader}, each language with the same
 * lists ({@code CueWords.FILES}) in {@code de/} and {@code es/}: reporting verbs in all their forms,
 * source words ("laut", "so" after a quote, "nach Angaben von", "zufolge" after its source;
 * "según"), pronouns, "dass" / "que", the German Konjunktiv forms that carry reported speech without
 * them, nouns that can speak (institutions marked), phrase words, the words that open a head's
 * complement ("des", "del": "el gobernador del Banco de España" is no bank), perfect auxiliaries,
 * abbreviations and relative pronouns. Marks: „…“, »…«, «…», "…" ({@code QuoteMarks.findGerman}); «…», “…”,
 * "…" and dialogue dashes ({@code QuoteMarks.findSpanish}). It reads „…“, sagte Merkel / «…», dijo
 * Sánchez (the verb before its subject), X sagte: „…“, …, so X, según X, …, X sagte, dass … / X dijo
 * que …, X sagte, er habe … and … sei …, sagte X, a Konjunktiv sentence with no cue continuing the
 * last speaker, quoted words inside reported content; speakers from the entity layer, pronouns to
 * the person named last, "die Kanzlerin" / "el presidente" alone to the last named speaker, other
 * descriptions ("ein Sprecher der Polizei") as written.
 */
package org.vigie.nlp.quotes;
