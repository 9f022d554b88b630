package dev.storyline.model;

import java.util.List;

/**
 * An article with every annotation layer. All offsets point into {@code article.text()}.
 *
 * @param article            the cleaned article
 * @param published          the publication date used for resolving relative dates: the given one,
 *                           or one inferred from the text, or null when neither is possible
 * @param publishedInferred  true when {@code published} was inferred from the text
 * @param publishedEvidence  why that date (e.g. "header", "latest explicit date 2024-07-23"), may be empty
 * @param sentences          sentences in order
 * @param times              time expressions in order
 * @param eventTimes         for sentences that report something, when it happened
 * @param entities           entity mentions in order
 * @param quantities         quantities in order
 * @param quotes             quotes and reported speech in order
 * @param references         mentions by title alone resolved to a person of the article ("Thủ tướng Iraq"), in
 *                           order; set by entity linking, empty before
 */
public record AnalyzedArticle(Article article, PartialDate published, boolean publishedInferred,
                              String publishedEvidence, List<Sentence> sentences, List<TimeExpression> times,
                              List<EventTime> eventTimes, List<EntityMention> entities,
                              List<Quantity> quantities, List<Quote> quotes, List<EntityReference> references) {
  /** An article before linking: no title references yet. */
  public AnalyzedArticle(Article article, PartialDate published, boolean publishedInferred, String publishedEvidence,
                         List<Sentence> sentences, List<TimeExpression> times, List<EventTime> eventTimes,
                         List<EntityMention> entities, List<Quantity> quantities, List<Quote> quotes) {
    this(article, published, publishedInferred, publishedEvidence, sentences, times, eventTimes, entities, quantities,
        quotes, List.of());
  }

  public AnalyzedArticle {
    publishedEvidence = publishedEvidence == null ? "" : publishedEvidence;
    sentences = List.copyOf(sentences);
    times = List.copyOf(times);
    eventTimes = List.copyOf(eventTimes);
    entities = List.copyOf(entities);
    quantities = List.copyOf(quantities);
    quotes = List.copyOf(quotes);
    references = references == null ? List.of() : List.copyOf(references); // stored before references existed
  }

  public String id() { return article.id(); }

  public String text() { return article.text(); }

  public AnalyzedArticle withLinks(List<EntityMention> linkedEntities, List<Quote> linkedQuotes) {
    return withLinks(linkedEntities, linkedQuotes, references);
  }

  public AnalyzedArticle withLinks(List<EntityMention> linkedEntities, List<Quote> linkedQuotes,
                                   List<EntityReference> linkedReferences) {
    return new AnalyzedArticle(article, published, publishedInferred, publishedEvidence, sentences, times,
        eventTimes, linkedEntities, quantities, linkedQuotes, linkedReferences);
  }
}
