package dev.storyline.model;

/** Why the cleaner took a piece of text out of an article. */
public enum RemovalReason {
  /** A photo caption: the paragraph under a picture, ending with or standing by a photo credit. */
  CAPTION,
  /** A photo credit inside a paragraph: "(Ảnh: AFP/TTXVN)", "Ảnh: AP". */
  PHOTO_CREDIT,
  /** A line holding only a source or agency name: "Reuters"; from an HTML page, also the author byline. */
  SOURCE_LINE,
  /** A paragraph that repeats an earlier paragraph of the same article. */
  DUPLICATE_PARAGRAPH,
  /** A teaser or headline of another article glued into the text; from an HTML page, a related-articles box. */
  TEASER,
  /**
   * Page furniture: "Bình luận", "Chia sẻ", "Xem thêm"; from an HTML page, also comment and share boxes, ads,
   * navigation, tags, polls and forms found inside the article.
   */
  WIDGET,
  /** Anything else the cleaner removed, explained in the removal's detail. */
  OTHER
}
