package dev.storyline.clean;

import dev.storyline.text.VietText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The word lists the cleaner matches against, stored as {@link VietText#matchKey} keys. Built once. */
final class Lexicon {
  private Lexicon() {}

  /** News agencies, photo agencies and outlets that appear alone on a credit or source line. */
  static final Set<String> AGENCIES = keys(
      "reuters", "afp", "ap", "ap photo", "ttxvn", "vna", "tân hoa xã", "thx", "xinhua", "getty", "getty images",
      "epa", "efe", "epa-efe", "bloomberg", "cnn", "bbc", "vnexpress", "vietnamplus", "vietnam+", "tass",
      "sputnik", "ria novosti", "yonhap", "kyodo", "anadolu", "al jazeera", "dpa", "ansa", "ani", "upi",
      "shutterstock", "the new york times", "new york times", "nyt", "washington post", "the guardian",
      "guardian", "wsj", "ft", "financial times", "nhk", "cctv", "fox news", "abc news", "nbc news", "cbs news",
      "tuổi trẻ", "thanh niên", "dân trí", "vov", "vtv", "vtc news", "zing", "zingnews", "znews", "vietnamnet",
      "tiền phong", "lao động", "người lao động", "nld", "qđnd", "sggp", "báo quốc tế", "baoquocte",
      "an ninh thủ đô", "hà nội mới", "tin tức", "tư liệu", "internet", "twitter", "facebook",
      "telegram", "youtube", "tiktok", "instagram", "ttxvn/vnexpress");

  /** Page furniture that can stand alone as a paragraph. */
  static final Set<String> WIDGETS = keys(
      "bình luận", "ý kiến", "ý kiến bạn đọc", "gửi bình luận", "gửi ý kiến", "viết bình luận", "xem bình luận",
      "chia sẻ", "chia sẻ bài viết", "xem thêm", "đọc thêm", "xem tiếp", "đọc tiếp", "theo dõi",
      "theo dõi chúng tôi", "tags", "tag", "từ khóa", "chủ đề", "in bài", "in", "lưu", "lưu bài", "lưu bài viết",
      "quay lại", "trở về", "trở lại", "lên đầu trang", "về đầu trang", "đầu trang", "trang chủ", "facebook",
      "twitter", "zalo", "email", "e-mail", "gửi bài", "gửi email", "copy link", "sao chép liên kết",
      "thích", "like", "share", "tweet", "báo lỗi", "báo lỗi nội dung", "bình chọn", "tin liên quan",
      "bài liên quan", "tin cùng chuyên mục", "tin mới nhất", "tin nổi bật", "đọc nhiều", "xem nhiều",
      "quảng cáo", "advertisement", "video", "top", "menu", "tải ứng dụng", "tải app");

  /** Labels whose "label: a, b, c" line is page furniture, not text. */
  static final Set<String> LIST_WIDGETS = keys("tags", "tag", "từ khóa", "chủ đề", "chuyên mục");

  /** Labels that introduce links to other articles. */
  static final List<String> TEASER_LABELS = List.of(
      "xem thêm", "đọc thêm", "tin liên quan", "bài liên quan", "tin cùng chuyên mục", "tin cùng chủ đề",
      "có thể bạn quan tâm", "bạn có thể quan tâm", "mời xem", "mời bạn đọc xem thêm", "xem tiếp",
      "đọc tiếp", "tin mới", "tin khác", "bài viết liên quan", ">>", "»")
      .stream().map(VietText::matchKey).toList();

  private static Set<String> keys(String... words) {
    Set<String> s = new HashSet<>();
    for (String w : words) s.add(VietText.matchKey(w));
    return Set.copyOf(s);
  }
}
