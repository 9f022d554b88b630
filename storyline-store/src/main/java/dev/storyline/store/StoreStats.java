package dev.storyline.store;

/** Sizes of a store. */
public record StoreStats(long articles, long stories, long entities) {}
