package dev.storyline.model;

/**
 * Text the cleaner took out of an article, kept so nothing is silently lost.
 *
 * @param text   the removed text exactly as it was
 * @param reason why
 * @param at     where it was, as a character offset into the raw (pre-cleaning) text
 */
public record Removal(String text, RemovalReason reason, int at) {}
