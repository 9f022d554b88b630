package dev.storyline.model;

/**
 * A time expression and its TIMEX3-style normalised value.
 *
 * @param start start offset into the cleaned text
 * @param end   end offset (exclusive)
 * @param text  the covered text
 * @param type  DATE, TIME, DURATION or SET
 * @param value TIMEX3 value: 2024-03-24, 2024-01, 2024-W12, 2024-03-24T09:30, P3Y, PAST_REF, PRESENT_REF…
 * @param mod   TIMEX3 modifier (START, MID, END, APPROX, LESS_THAN, MORE_THAN…) or null
 */
public record TimeExpression(int start, int end, String text, TimeType type, String value, String mod) {}
