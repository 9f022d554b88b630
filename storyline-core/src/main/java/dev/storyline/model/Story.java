package dev.storyline.model;

import java.util.List;

/**
 * A story: the articles about one developing event and the products built from them.
 *
 * @param id       stable id
 * @param title    a readable title
 * @param articles ids of its articles, oldest first
 * @param summary  a short multi-document summary, each sentence cited
 * @param timeline dated events in date order, each cited
 * @param facts    key quantities with their sources, agreements and conflicts
 * @param actors   the main people, organisations and places, most central first
 * @param quotes   who said what, in date order
 */
public record Story(String id, String title, List<String> articles, List<SummarySentence> summary,
                    List<TimelineEntry> timeline, List<Fact> facts, List<Actor> actors, List<StoryQuote> quotes) {
  public Story {
    articles = List.copyOf(articles);
    summary = List.copyOf(summary);
    timeline = List.copyOf(timeline);
    facts = List.copyOf(facts);
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
  }

  /** A summary sentence and where it comes from. */
  public record SummarySentence(String text, List<Citation> citations) {
    public SummarySentence { citations = List.copyOf(citations); }
  }

  /**
   * A dated event, merged over every article that reports it.
   *
   * @param date      TIMEX3 date value (2024-02-08, 2024-01, 2017)
   * @param text      one line taken from the best source
   * @param citations every article sentence reporting it
   * @param sources   number of distinct articles carrying it
   */
  public record TimelineEntry(String date, String text, List<Citation> citations, int sources) {
    public TimelineEntry { citations = List.copyOf(citations); }
  }

  /**
   * A key number of the story.
   *
   * @param text      the quantity phrase as the best source wrote it ("khoảng 2.500 lính Mỹ")
   * @param value     the number
   * @param unit      unit or counted noun
   * @param citations every source that gives it
   * @param conflicts other values that sources give for the same measure, each with its citations
   */
  public record Fact(String text, double value, String unit, List<Citation> citations, List<Fact> conflicts) {
    public Fact {
      citations = List.copyOf(citations);
      conflicts = List.copyOf(conflicts);
    }
  }

  /** An entity that matters in this story. */
  public record Actor(String entity, String name, EntityType type, int mentions, int articles) {}

  /** A quote placed in the story: who, what, when (the date of its article or of its sentence), where from. */
  /**
   * Words said, merged over every article that reports them from the same speaker.
   *
   * @param speaker       who said them, as the story shows it
   * @param speakerEntity the speaker's entity id, or null
   * @param text          the words as the shown report gives them
   * @param date          when they were said, or null
   * @param citation      the shown report's span
   * @param citations     every report of these words by this speaker, the shown one first
   */
  public record StoryQuote(String speaker, String speakerEntity, String text, String date, Citation citation,
                           List<Citation> citations) {
    public StoryQuote {
      citations = citations == null || citations.isEmpty() ? (citation == null ? List.of() : List.of(citation))
          : List.copyOf(citations);
    }

    /** One report. */
    public StoryQuote(String speaker, String speakerEntity, String text, String date, Citation citation) {
      this(speaker, speakerEntity, text, date, citation, null);
    }
  }
}
