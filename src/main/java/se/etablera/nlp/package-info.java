/**
 * Swedish (and English) text understanding: free text of CVs, coaches' notes and job ads becomes JobTech
 * taxonomy concepts, and free-text fields get the same stemmed tokens at indexing and query time.
 *
 * <p>Entry point: {@link se.etablera.nlp.TextAnalyzer}, built once with
 * {@link se.etablera.nlp.TextAnalyzer#load} and shared; {@link se.etablera.nlp.TextAnalyzer#analyze} gives an
 * {@link se.etablera.nlp.Analysis} of {@link se.etablera.nlp.Extracted} concepts with spans, confidences and
 * must/nice requirement; {@link se.etablera.nlp.TextAnalyzer#searchTokens} gives index and query tokens.
 * Analysis is CPU-bound and must run off the event loop.
 *
 * <p>Pipeline: rule-based sentence and token splitting with offsets ({@code Tokenizer}); OpenNLP language
 * detection ({@code LanguageIdentifier}); word forms from OpenNLP's Snowball Swedish stemmer plus definite
 * forms, agent nouns and compound splitting confirmed against the dictionaries ({@code Morphology}); phrase
 * look-up of occupation terms, skills and place names ({@code Lexicon}, {@code PhraseIndex}); rules for
 * languages and the Swedish requirement, driving licences and working hours; occupation ranking
 * ({@code OccupationRanker}); must/nice scopes ({@code RequirementScopes}). Dictionaries are under
 * resources/nlp, described in SOURCES.md there; docs/nlp.md describes the whole.
 */
package se.etablera.nlp;
