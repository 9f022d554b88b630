package dev.storyline.store;

/** What a list needs to show an article: no text, no annotations. {@code published} is ISO or "". */
public record ArticleHeader(String id, String title, String outlet, String url, String published, String storyId) {}
