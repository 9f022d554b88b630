package dev.storyline.model;

/**
 * A direct quote or a piece of reported speech.
 *
 * @param start         start offset of the quoted or reported content
 * @param end           end offset (exclusive)
 * @param text          the content
 * @param speaker       the speaker as written ("bà Romanowski", "Lầu Năm Góc"), or null if unknown
 * @param speakerEntity id of the speaker's merged {@link Entity}, or null
 * @param verb          the speech verb ("nói", "cho biết", "nhấn mạnh"), or null
 * @param direct        true for a quotation in quote marks, false for reported speech
 */
public record Quote(int start, int end, String text, String speaker, String speakerEntity, String verb,
                    boolean direct) {
  public Quote withSpeakerEntity(String id) { return new Quote(start, end, text, speaker, id, verb, direct); }
}
