package dev.storyline.model;

/**
 * Text the cleaner took out of an article, kept so nothing is silently lost.
 *
 * @param text   the removed text exactly as it was
 * @param reason why
 * @param at     where it was, as a character offset into the raw (pre-cleaning) text. For the Cleaner's removals
 *               {@code text} starts at {@code at} in the raw text. For page boilerplate an HTML reader left out
 *               (captions, bylines, related boxes, ads, comments inside the article container) the text never was
 *               in the raw text: {@code at} is the raw-text offset where it stood, i.e. the start of the next kept
 *               paragraph, or the raw text's length when nothing followed.
 */
public record Removal(String text, RemovalReason reason, int at) {}
