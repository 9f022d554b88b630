package dev.storyline.model;

/** The source behind a claim: an article and a character span of its cleaned text. */
public record Citation(String article, int start, int end) {}
