package dev.storyline.model;

/**
 * A mention by title alone ("Thủ tướng Iraq"), resolved to the person the same article names with that title.
 *
 * @param start           start offset of the title phrase in the cleaned text
 * @param end             end offset (exclusive)
 * @param text            the title phrase as written
 * @param entity          id of the merged {@link Entity} it refers to
 * @param antecedentStart the evidence: start of the named mention that carries the same title
 *                        ("Thủ tướng Iraq Mohammed Shia al-Sudani")
 * @param antecedentEnd   its end (exclusive)
 */
public record EntityReference(int start, int end, String text, String entity, int antecedentStart, int antecedentEnd) {}
