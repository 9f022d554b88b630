package dev.storyline.analysis.time;

import java.util.Arrays;
import java.util.List;

/**
 * The token stream the temporal matcher walks: runs of letters (syllables), runs of ASCII digits, and single
 * punctuation characters, with their offsets. Built by one pass over the text; words are lower-cased once.
 */
final class Tokens {
  static final byte WORD = 1;
  static final byte NUM = 2;
  static final byte PUNCT = 3;

  final String text;
  int n;
  int[] start;
  int[] end;
  byte[] kind;
  /** Lower-cased word if it is in {@link #VOCABULARY}, else ""; "" for numbers and punctuation. */
  String[] low;
  /** Numeric value of a NUM token (≤ 9 digits), else -1. */
  int[] val;
  /** Whether a WORD token starts with an upper-case letter. */
  boolean[] cap;

  Tokens(String text) {
    this.text = text;
    int cap0 = Math.max(16, text.length() / 3);
    start = new int[cap0];
    end = new int[cap0];
    kind = new byte[cap0];
    low = new String[cap0];
    val = new int[cap0];
    cap = new boolean[cap0];
    int len = text.length();
    int i = 0;
    while (i < len) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i + 1;
        while (j < len && text.charAt(j) >= '0' && text.charAt(j) <= '9') j++;
        int v = -1;
        if (j - i <= 9) {
          v = 0;
          for (int q = i; q < j; q++) v = v * 10 + (text.charAt(q) - '0');
        }
        add(i, j, NUM, "", v, false);
        i = j;
      } else if (isLetter(c)) {
        int j = i + 1;
        int h = lower(c);
        while (j < len && isLetter(text.charAt(j))) {
          h = 31 * h + lower(text.charAt(j));
          j++;
        }
        add(i, j, WORD, vocab(text, i, j, h), -1, Character.isUpperCase(c));
        i = j;
      } else if (Character.isWhitespace(c) || c == '\u00A0') {
        i++;
      } else {
        add(i, i + 1, PUNCT, "", -1, false);
        i++;
      }
    }
  }

  /**
   * Character.toLowerCase, with ASCII (most letters of a Vietnamese text) answered here: in the tokenizer's loop the
   * JIT left the library call out of line (a JFR profile put it at a sixth of the stage).
   */
  static char lower(char c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    return Character.toLowerCase(c);
  }

  private static boolean isLetter(char c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return Character.isLetter(c) || (c >= 0x300 && c <= 0x36F);
  }

  /**
   * Every word the matchers look at. Other words get "" so tokenizing allocates no string per word;
   * {@code VocabularyTest} checks that each word literal in the matcher source is listed here.
   */
  static final List<String> VOCABULARY = List.of(
      "ba", "bây", "bảy", "bốn", "chiều", "chín", "chưa", "chạp", "chủ", "chừng", "cuối", "các", "cách", "dăm", "dạo",
      "dưới", "dự", "g", "gian", "giây", "giêng", "giờ", "giữa", "gần", "h", "hai", "hiện", "hoặc", "hàng", "hôm",
      "hơn", "hạ", "hạn", "hằng", "i", "ii", "iii", "iv", "khi", "khoảng", "khuya", "không", "kia", "kiến", "kỷ", "kỉ", "kế", "hoạch",
      "lúc", "lần", "mai", "mười", "mất", "mấy", "mọi", "mỗi", "một", "nay", "ngoái", "ngày", "nhiều", "nhất",
      "nhật", "những", "niên", "này", "năm", "phút", "qua", "quá", "quý", "rưỡi", "rạng", "rồi", "sau", "so",
      "suốt", "sáng", "sáu", "sắp", "sẽ", "tháng", "thường", "thượng", "thập", "thế", "thời", "thứ", "tiếng",
      "trong", "trung", "trên", "trưa", "trước", "tuần", "tuổi", "tám", "tư", "tại", "tối", "tới", "từ", "và",
      "vài", "vào", "với", "vừa", "xix", "xviii", "xx", "xxi", "ít", "đây", "đêm", "đó", "đầu", "đầy", "đến",
      "định", "nghị", "quy", "thông", "báo", "vị", "top",
      "thiểu", "đa", "sớm", "lại", "trở", "tiếp", "theo", "tương", "lai", "xưa", "cùng", "cứ", "sn", "sinh", "tài",
      "chính", "là", "số", "lớp", "tỷ", "được", "thắng", "thua", "đạt", "chiếm", "còn", "ngay", "cho", "ở", "mùa",
      "xuân", "hè", "thu", "đông",
      "mùng", "mồng", "rằm", "tết", "nguyên", "đán", "đoan", "ngọ", "giao", "thừa", "âm", "lịch", "đã", "hồi", "từng", "nửa",
      "mới", "tiên", "của", "dài", "vòng", "tù", "chỉ", "thêm", "có",
      "tầm", "buổi", "nữa", "cả", "lễ", "dịp", "liên", "đời", "nhuận", "tức", "lợi", "cổ", "doanh", "tăng", "giảm", "vì", "trăm", "chục", "nghìn", "ngàn", "mà", "nên", "nhưng", "giấc", "hành", "làm", "mở", "đóng", "điểm", "thì", "cao", "trẻ", "bé", "cháu", "giai", "đoạn", "kỳ", "vẫn", "hết",
      "giáp", "ất", "bính", "đinh", "mậu", "canh", "tân", "nhâm", "tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "dương", "lên", "tăm", "con", "vợ",
      "tị", "mùi", "thân", "dậu", "tuất", "hợi", "thọ", "đồng", "hồ",
      "mươi", "lăm", "mốt", "khứ", "vỉa", "phiên", "muộn", "giải",
      "xuất", "phát", "thực", "thể", "biểu", "hiển", "tái", "xuát", "phía", "đằng", "đường", "phố",
      "nổ", "súng", "kêu", "hét", "thét", "khóc", "cười", "động", "xoảng", "rầm", "chuông", "còi", "nói", "gọi",
      "hát", "vang", "kẻng", "sấm", "gầm", "hô", "reo", "rên", "thở", "ồn", "đàn", "trống", "ho", "gõ", "la",
      "tổng", "hạng", "đợt", "quyết", "thị", "trường", "ánh", "chuyện",
      "triệu", "người", "usd", "tấn", "hay", "xa", "tuyển", "công", "tcn", "scn", "thiên",
      "đang", "đều", "chẳng", "bấy", "bao", "đúng", "khung", "bù", "câu", "ngoài", "kể", "tính", "đi", "tôi", "em",
      "anh", "chị", "mình", "chúng", "họ", "ta", "tỉ", "nhiệm", "học", "lâu", "ngân", "càng", "nhiêu",
      "dẫn", "chót", "ngủ", "địa", "cần", "chậm", "trễ", "biệt", "rằng", "cũng", "trí", "hệ", "giới", "chiến", "họp", "khóa", "khoá", "đứng", "xếp", "nào", "đội", "trận", "ca", "tỉnh", "nước", "nhằm", "chế", "hán", "viên", "hội", "chờ", "đợi", "dành", "ngồi", "tốn", "kéo", "phải", "đủ",
      "về", "nhanh", "sang", "ông", "bà", "bọn", "nó", "cô", "cậu", "vạn", "q", "nọ", "ấy", "đẹp", "hiếm", "giá", "báu", "muốn", "bắt", "bữa", "kì", "độ",
      "xảy", "xế", "chập", "sẩm", "chuyến", "thăm", "du", "tác",
      "quận", "lộ", "tiết", "luận", "vực", "phường", "tổ", "khu", "phòng", "điều", "khoản", "mục",
      "để", "thành", "dịch", "luân", "luật", "tận", "chớm",
      "an", "bình", "bội", "dồi", "giỏi", "hanh", "hạnh", "khoẻ", "khỏe", "kém", "may", "mát", "ngót", "ngập", "như", "năng", "rực", "song", "sung", "thuận", "thuộc", "thật", "thịnh", "tràn", "trọn", "tuyệt", "tốt", "vui", "xong", "ấm",
      "gấp", "lớn", "nặng", "rộng", "sâu", "hoà", "hòa", "đấu",
      "quốc", "khánh", "thiếu", "nhi", "phụ", "nữ", "liệt", "sĩ", "giáng", "lao", "việt", "nam", "miền", "phóng", "giáo",
      "tế", "vô", "hữu", "quyền", "ngắn", "vụ", "nhìn", "sách", "kinh", "cáo", "hiệu", "lực", "phần", "mạng", "trúng", "gật", "lắc", "cúi", "ngẩng",
      "hầu", "dường", "ai", "biết", "mua", "chơi", "xem", "ăn", "bằng", "nếu", "sở", "bộ", "xã", "huyện", "lãnh", "văn", "cơ", "nợ",
      "valentine", "noel", "halloween", "tình", "vu", "nhân", "lan");
  private static final String[] TABLE = new String[1024];

  static {
    for (String w : VOCABULARY) {
      int k = w.hashCode() & (TABLE.length - 1);
      while (TABLE[k] != null) k = (k + 1) & (TABLE.length - 1);
      TABLE[k] = w;
    }
  }

  /** The vocabulary word equal to text[s, e) lower-cased (hash h as String.hashCode of it), or "". */
  private static String vocab(String text, int s, int e, int h) {
    int k = h & (TABLE.length - 1);
    for (String w; (w = TABLE[k]) != null; k = (k + 1) & (TABLE.length - 1)) {
      if (w.length() != e - s || w.hashCode() != h) continue;
      boolean eq = true;
      for (int q = 0; q < w.length(); q++) {
        if (lower(text.charAt(s + q)) != w.charAt(q)) {
          eq = false;
          break;
        }
      }
      if (eq) return w.equals("kỉ") ? "kỷ" : w; // "thế kỉ", "thập kỉ": the other spelling of "kỷ"
    }
    return "";
  }

  private void add(int s, int e, byte k, String l, int v, boolean upper) {
    if (n == start.length) {
      int m = n * 2;
      start = Arrays.copyOf(start, m);
      end = Arrays.copyOf(end, m);
      kind = Arrays.copyOf(kind, m);
      low = Arrays.copyOf(low, m);
      val = Arrays.copyOf(val, m);
      cap = Arrays.copyOf(cap, m);
    }
    start[n] = s;
    end[n] = e;
    kind[n] = k;
    low[n] = l;
    val[n] = v;
    cap[n] = upper;
    n++;
  }

  boolean word(int i, String w) { return i >= 0 && i < n && kind[i] == WORD && low[i].equals(w); }

  boolean isWord(int i) { return i >= 0 && i < n && kind[i] == WORD; }

  boolean num(int i) { return i >= 0 && i < n && kind[i] == NUM; }

  /** A number of at most {@code maxDigits} digits. */
  boolean num(int i, int maxDigits) { return num(i) && end[i] - start[i] <= maxDigits; }

  int digits(int i) { return end[i] - start[i]; }

  boolean punct(int i, char c) { return i >= 0 && i < n && kind[i] == PUNCT && text.charAt(start[i]) == c; }

  boolean isPunct(int i) { return i >= 0 && i < n && kind[i] == PUNCT; }

  char ch(int i) { return text.charAt(start[i]); }

  /** Token i touches token i-1 (no whitespace between). */
  boolean glued(int i) { return i > 0 && i < n && start[i] == end[i - 1]; }
}
