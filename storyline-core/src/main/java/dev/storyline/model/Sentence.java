package dev.storyline.model;

/** A sentence of an article's cleaned text, [start, end), ending after its final punctuation. */
public record Sentence(int start, int end) {}
