package dev.storyline.model;

/**
 * A number with its unit or counted noun: "khoảng 2.500 lính Mỹ".
 *
 * @param start     start offset (the qualifier included)
 * @param end       end offset (exclusive, the unit included)
 * @param text      covered text
 * @param value     the number (2.500 is 2500, 1,5 is 1.5, "2,5 triệu" is 2500000)
 * @param unit      the unit or counted noun, normalised ("quân", "người", "km", "%", "USD")
 * @param qualifier about, more_than, at_least, less_than, at_most, nearly, or null
 */
public record Quantity(int start, int end, String text, double value, String unit, String qualifier) {}
