package dev.storyline.analysis.quantity;

import dev.storyline.analysis.WordMap;
import dev.storyline.analysis.WordSet;
import dev.storyline.analysis.quantity.Tokens.Kind;
import dev.storyline.analysis.quantity.Tokens.Token;
import dev.storyline.model.Quantity;
import dev.storyline.model.Sentence;
import dev.storyline.model.TimeExpression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds quantities with units and qualifiers in one linear pass over the tokens; numbers inside
 * time expressions are not quantities. Conventions follow eval/gold/NLP-GUIDELINES.md.
 *
 * <p>Choices (the integrator may rely on them):
 * <ul>
 *   <li>Only numbers written in digits count ("hai nhà máy", "hàng nghìn người" do not). A number
 *       is a quantity when a unit follows ({@link #UNITS}, glued "1.600km", "50%", per-unit
 *       "đồng/kg", "km/giờ") or any counted noun: a lower-case word that is not a function word,
 *       verb or time/age word ({@link #NOT_NOUNS}, {@link #TIME_NOUNS}). The span ends after one
 *       word, in this order: a measure unit ({@link #UNITS}, with a "/denominator"); a classifier from
 *       the closed list {@link #CLASSIFIERS} alone ("7 chiếc" of "7 chiếc điều hòa") unless the pair
 *       is a word ({@link #CLASSIFIER_WORDS}); two kin words ("2 cha con"); a listed compound
 *       ({@link #COMPOUNDS}: "nhà máy", "ứng cử viên", also before a "/": "hải lý/giờ") whole; a bound
 *       first syllable with the next ({@link #BOUND_FIRST}); otherwise one syllable. Modifiers,
 *       prepositions, verbs, possessives and places after it stay out. A scaled amount with no noun
 *       ("8-10 triệu mỗi tháng", "560 triệu mua…") is a quantity with an empty unit.</li>
 *   <li>The span runs from the qualifier (if any) to the end of the noun, plus a trailing
 *       "trở lên/trở xuống" when no qualifier precedes; modifiers ("lính Mỹ") stay outside.</li>
 *   <li>Hyphen ranges ("200-220km/giờ") are one quantity valued at the lower bound; an English
 *       decimal point before a scale word is decimal ("4.1 triệu euro"); "triệu phú" is a noun.</li>
 *   <li>Refused: numbers after date/ordinal/ratio words ({@link #DATE_CONTEXT}), after a
 *       capitalised word inside a sentence (end of a name: "Mỹ Đình 2"), plain 4+ digit integers
 *       without a unit (ids: Vietnamese groups thousands with '.'), leading zeros, day.month
 *       ("8.2") and ids ("15/2020/NĐ-CP").</li>
 * </ul>
 */
public final class QuantityRecognizer {
  /** Unit or counted-noun phrase (lower case) to its normalised unit; immutable. */
  static final Map<String, String> UNITS;
  static final Map<String, String> GLUED_UNITS = WordMap.copyOf(Map.ofEntries(
      Map.entry("km", "km"), Map.entry("m", "m"), Map.entry("kg", "kg"), Map.entry("ha", "ha"), Map.entry("cm", "cm"),
      Map.entry("mm", "mm"), Map.entry("usd", "USD"), Map.entry("t", "tấn"), Map.entry("km2", "km²"),
      Map.entry("m2", "m²"), Map.entry("g", "gram"), Map.entry("gb", "GB"),
      // "3.990.000đ": a glued "đ" is the dong
      Map.entry("đ", "VND"), Map.entry("mp", "MP"), Map.entry("hz", "Hz"),
      // round 8: "1.210.000đồng", "26MW", "5kW": power and a glued "đồng"
      Map.entry("đồng", "VND"), Map.entry("mw", "MW"), Map.entry("kw", "kW"), Map.entry("gw", "GW"),
      Map.entry("kwh", "kWh"), Map.entry("kv", "kV"), Map.entry("cv", "CV"), Map.entry("ml", "ml"),
      Map.entry("vnđ", "VND"), Map.entry("vnd", "VND"),
      // round 9: "1.400gram", "2mg", "5tấn", "20lít"
      Map.entry("gram", "gram"), Map.entry("mg", "mg"), Map.entry("tấn", "tấn"), Map.entry("lít", "lít")));
  /** Qualifier phrase (lower case) before a number to its name; immutable. */
  static final Map<String, String> QUALIFIERS;
  static final Map<String, Double> MULTIPLIERS = WordMap.copyOf(Map.of(
      "nghìn", 1e3, "ngàn", 1e3, "triệu", 1e6, "tỷ", 1e9, "tỉ", 1e9, "trăm", 1e2, "vạn", 1e4));
  /** A number right after these is a date, ordinal, ratio or reference, not an amount. */
  static final Set<String> DATE_CONTEXT = WordSet.of(
      "ngày", "tháng", "năm", "hôm", "nay", "thứ", "số", "lúc", "khóa", "điều", "khoản", "quý", "tuần",
      "đời", "kỳ", "đợt", "lần", "giờ", "phiên", "hạng", "top", "phần", "gấp", "cấp", "mã", "tuổi", "chương",
      "tập", "phòng", "tầng", "lô", "quận", "phường", "đường", "tuyến", "quốc lộ", "km", "bảng", "nhóm", "mục",
      "trang", "câu", "bài", "ván", "vòng", "lớp", "tốp",
      // addresses: "ngõ 603 đường X", "tổ 3", "xóm 5" name a place, they count nothing
      "ngõ", "ngách", "hẻm", "kiệt", "tổ", "khối", "xóm", "thôn", "ấp",
      // round 8: the halves and sets of a match ("hiệp 2", "séc 1") are ordinals
      "hiệp", "séc");
  /**
   * Verbs ending in a DATE_CONTEXT syllable, keyed by that syllable: "cung cấp 120 máy thở" supplies,
   * "dự phòng 21 cơ sở" keeps in reserve; neither is "cấp 3" (a level) or "phòng 306" (a room).
   */
  static final Map<String, Set<String>> VERB_BEFORE_CONTEXT = WordMap.copyOf(Map.of(
      "cấp", WordSet.of("cung", "được", "đã", "sẽ", "vừa", "phân", "mới", "tái"),
      "phòng", WordSet.of("dự", "đề")));
  /** Two-word designations: the number after them names a document or a level ("Nghị định 39"). */
  static final Set<String> DESIGNATIONS = WordSet.of(
      "nghị định", "quyết định", "thông tư", "nghị quyết", "chỉ thị", "công văn", "cấp độ", "mức độ", "số áo",
      "quốc lộ", "tỉnh lộ",
      // round 10: "Đại hội 19 Đảng" numbers a congress
      "đại hội");
  /** "trong số 11 người", "tổng số 300 ca": here "số" means "amount", not "number N". */
  static final Set<String> AMONG = WordSet.of("trong", "tổng", "con");
  /** Time, duration and age nouns: a number before them is a date or duration, never a quantity. */
  static final Set<String> TIME_NOUNS = WordSet.of(
      "năm", "tháng", "ngày", "giờ", "phút", "giây", "tuần", "tuổi", "quý", "thế kỷ", "thế kỉ", "thập kỷ",
      "thập niên", "đêm", "buổi", "tiếng", "hôm", "sáng", "chiều", "tối", "trưa", "mùa", "kỳ", "khóa", "niên",
      "tiếng đồng hồ", "tháng tuổi", "năm tuổi", "h",
      // "250 mili giây" is a duration
      "mili giây", "micro giây", "nano giây", "phần nghìn giây",
      // round 9: "Đêm 14 âm lịch" is a lunar date, "2 thiên niên kỷ" a duration
      "âm lịch", "thiên niên");
  /** "19,16 độ vĩ bắc": a coordinate, never a quantity (the guidelines leave coordinates out). */
  static final Set<String> COORDINATE_PAIRS = WordSet.of("độ vĩ", "độ kinh");
  /**
   * Words that are not nouns, so a number before them has no counted noun: conjunctions,
   * prepositions, verbs and adverbs that commonly follow a bare number, and ordinal/ratio words.
   */
  static final Set<String> NOT_NOUNS = WordSet.of(
      "và", "hoặc", "hay", "với", "của", "là", "đến", "tới", "trong", "tại", "ở", "mà", "thì", "cho", "từ",
      "so", "sau", "trước", "khi", "nếu", "vì", "do", "bởi", "theo", "về", "trên", "dưới", "có", "không",
      "đã", "sẽ", "đang", "được", "bị", "cũng", "còn", "lên", "xuống", "ra", "vào", "đi", "này", "đó", "kia",
      "nữa", "rồi", "thôi", "gồm", "như", "hơn", "nhất", "lại", "mới", "vẫn", "đều", "chỉ", "phải", "cần",
      "nên", "để", "thêm", "chưa", "mỗi", "các", "những", "một", "nào", "gì", "ai", "trở", "rưỡi",
      "tăng", "giảm", "đạt", "qua", "nay", "sớm", "muộn", "thứ", "kể", "bằng", "ngoài", "giữa",
      "tính", "thuộc", "x", "chọi", "cùng", "ấy", "đây", "kèm", "liên", "tiếp", "nhé", "ạ", "vs",
      // first syllables of verbs that follow a designation ("tàu 4033 vui mừng", "vùng 2 chia sẻ")
      "nói", "chia", "khẳng", "nhấn", "tuyên", "xác", "kêu", "bày", "tiết", "thừa", "vui", "tham",
      // adjectives after a designation or a rank ("nguyện vọng 2 cao hơn", "top 3 mạnh nhất")
      "cao", "thấp", "lớn", "nhỏ", "nhiều", "ít", "dài", "ngắn", "rộng", "hẹp", "nặng", "nhẹ", "mạnh", "yếu",
      "nhanh", "chậm", "tốt", "xấu", "dày", "mỏng",
      // verbs after a house or item number ("biệt thự 191 nằm ở…", "đội 2 thắng")
      "nằm", "đứng", "sống", "làm", "gặp", "thắng", "thua", "hòa", "hoà", "dẫn", "lọt", "bước",
      // "sau hiệp 1 khiến…", "giai đoạn 2 họ sẽ…": a verb or a pronoun after an ordinal
      "khiến", "họ", "giúp",
      // adverbs after a designation ("Bệnh viện 108 hiện là…", "đội 2 vừa thắng")
      "hiện", "vừa", "từng", "luôn", "sắp", "ngay",
      // "khách sạn 5 sao" is a rating, not five stars counted
      "sao",
      // round 8: "đường dây nóng 111 nhằm…", "Công ty 369 đảm nhiệm…", "1-2 chung cuộc" (a score)
      "nhằm", "đảm", "chung",
      // "560 triệu mua heo", "gần 16 tỉ trả nợ": a verb after a scaled amount, its noun left implicit;
      // "1 số người" is "some people", "1 chút đường" "a little sugar"
      "mua", "bán", "trả", "dùng", "vay", "nộp", "mất", "gửi", "số", "chút",
      // "phút 110 nhưng…": a conjunction after a number
      "nhưng");
  /** Two-syllable verbs and prepositions after a number: no counted noun there. */
  static final Set<String> NOT_NOUN_PAIRS = WordSet.of("diễn ra", "thông qua", "đối với", "tiến hành", "trở thành",
      "kết thúc", "bắt đầu",
      "hạ cánh", "cất cánh", "lưu thông", "tuyệt đối",
      // round 10: "Á hậu 1 trị giá 1 tỷ đồng": the rank is followed by the verb "trị giá" (is worth)
      "trị giá");
  /** "triệu phú", "nghìn tỷ"…: a scale word followed by these is part of a noun. */
  static final Set<String> NOT_SCALE_AFTER = WordSet.of("phú", "chứng"); // "4 triệu chứng" are four symptoms
  /**
   * Counted nouns of two or three syllables, so the span takes the whole word ("nhà máy", "hộ dân",
   * "ứng cử viên"); a noun not listed is taken as its first syllable.
   */
  static final Set<String> COMPOUNDS = WordSet.of(
      "nhà máy", "hộ dân", "hộ gia đình", "nhân khẩu", "đơn vị", "ứng cử viên", "ứng viên", "đại biểu",
      "công hàm", "người con", "khẩu trang", "quốc gia", "trường hợp", "binh sĩ", "binh sỹ", "bệnh nhân",
      "bệnh viện", "học sinh", "sinh viên", "giáo viên", "giảng viên", "bác sĩ", "bác sỹ", "y tá", "y bác sĩ",
      "nhân viên", "công nhân", "lao động", "người lao động", "người dân", "cư dân", "du khách", "hành khách",
      "khách hàng", "thành viên", "chiến binh", "tay súng", "phiến quân", "dân thường", "thường dân",
      "trẻ em", "con tin", "tù nhân", "cố vấn", "sĩ quan", "nạn nhân", "gia đình", "máy bay", "tàu chiến",
      "tàu sân bay", "tàu ngầm", "tàu cá", "tên lửa", "xe tăng", "xe máy", "xe tải", "xe buýt", "ô tô",
      "ôtô", "điện thoại", "máy tính", "ngôi nhà", "tòa nhà", "căn hộ", "căn nhà", "thành phố", "tỉnh thành",
      "doanh nghiệp", "công ty", "tổ chức", "cơ sở", "trường học", "ngân hàng", "cửa hàng", "nhà hàng",
      "khách sạn", "sản phẩm", "mặt hàng", "dự án", "hợp đồng", "văn bản", "quyết định", "chương trình",
      "ca khúc", "bài hát", "bộ phim", "tác phẩm", "cuốn sách", "huy chương", "bàn thắng", "trận đấu",
      "cầu thủ", "vận động viên", "đội bóng", "câu lạc bộ", "tiền đạo", "hậu vệ", "tuyển thủ", "cử tri",
      "lá phiếu", "phiếu bầu", "ghế", "nghị sĩ", "thượng nghị sĩ", "hạ nghị sĩ", "quan chức", "lãnh đạo",
      "chuyên gia", "nhà khoa học", "nhà báo", "phóng viên", "cảnh sát", "chiến sĩ", "bộ đội", "quân nhân",
      "lính thủy", "mẫu xét nghiệm", "xét nghiệm", "vắc xin", "vaccine",
      "chốt", "điểm", "hecta", "héc ta", "mẫu đất", "căn cứ", "đoàn xe", "chuyến bay",
      "chuyến xe", "chuyến tàu", "đầu người", "cổ phiếu", "cổ phần", "trái phiếu",
      "thùng dầu", "container", "mét vuông", "mét khối", "ki lô gam", "kilogam", "kilômét",
      "héc-ta", "người thân", "người bệnh", "thi thể", "vụ án", "vụ việc", "bị can",
      "đối tượng", "nghi phạm", "thí sinh", "hồ sơ", "đề tài", "bài báo", "ý kiến", "tài khoản", "thiết bị",
      "camera", "cây xanh", "con vật", "cá thể", "loài vật", "ngôi sao", "ca sĩ", "diễn viên", "nghệ sĩ",
      "người hâm mộ", "khán giả", "bình luận", "bài viết", "văn phòng", "trụ sở",
      "đại sứ quán", "lãnh sự quán", "hòn đảo", "hòn đá", "quả bom", "quả đạn", "viên đạn", "bệ phóng", "hệ thống", "chiến đấu cơ", "trực thăng", "phương tiện", "ngư dân", "ngư lôi",
      "nông dân", "hộ nghèo", "suất ăn", "phần quà", "phần thưởng", "giải thưởng", "gói thầu", "tuyến đường",
      "cây cầu", "con đường", "km đường", "làn xe", "quả trứng", "con cua", "con bò", "con lợn", "con gà",
      "ca nô", "sà lan", "khu vực", "cơ quan", "tình tiết", "công binh", "đứa trẻ", "đứa con", "đứa bé",
      "con trai", "con gái", "đời vợ", "đời chồng", "anh chị em", "chị em", "anh em",
      "hộ kinh doanh", "bình luận viên", "tình nguyện viên", "tiền án", "tiền sự", "độ c",
      "độ f", "mũi tiêm", "viên thuốc", "thuyền viên", "thủy thủ", "thuỷ thủ", "hải lý", "nhà ga", "toa tàu",
      "tỷ phú", "tỉ phú", "triệu phú", "bệnh ung thư",
      // common two- and three-syllable nouns a word segmenter would keep whole (general vocabulary)
      "giai đoạn", "thế hệ", "trợ lý", "ân nhân", "nội dung", "phân môn", "môn thi", "huấn luyện viên",
      "trọng tài", "sân vận động", "sân bay", "bị hại", "người bị hại", "bị cáo", "khu chợ", "khu dân cư",
      "khu công nghiệp", "súng máy", "súng trường", "xe ô tô", "xe ôtô", "xe cứu thương", "xe cứu hỏa",
      "xe khách", "xe đạp", "xe bọc thép", "tàu hỏa", "tàu thuyền", "nhà đầu tư", "nhà sản xuất",
      "nhà nghiên cứu", "nhà du hành", "nhà ngoại giao", "nhà tài trợ", "nhà cung cấp", "nhà thầu", "nhà văn", "nhà thơ",
      "cổ đông", "hội viên", "đảng viên", "đoàn viên", "kỹ sư", "công chức", "viên chức", "cán bộ",
      "tài xế", "phi công", "phi hành gia", "cổ động viên", "học viên", "nghiên cứu sinh", "tiến sĩ",
      "thạc sĩ", "giáo sư", "điều dưỡng", "dược sĩ", "luật sư", "thẩm phán", "nghi can", "tội phạm",
      "phạm nhân", "tù binh", "trẻ sơ sinh", "thanh niên", "thiếu niên", "phụ nữ", "nam giới", "nữ giới",
      "dân quân", "lô hàng", "đơn hàng", "giấy phép", "tài liệu", "ứng dụng", "trò chơi", "tập phim",
      "trang web", "địa điểm", "điểm đến", "điểm thi", "phòng thi", "phòng học", "lớp học", "địa phương",
      "công trình", "hạng mục", "chỉ tiêu", "tiêu chí", "giải pháp", "nhiệm vụ", "vấn đề", "ngành nghề",
      "ngành hàng", "loại hình", "mẫu xe", "phiên bản", "tàu bay", "cá nhân", "du học sinh", "thủy điện", "thuỷ điện",
      // two-syllable words seen cut in half on unannotated articles ("9 vị trí", "5 mã lực")
      "vị trí", "tầng hầm", "người dùng", "người lớn", "mã lực", "phân khối", "tín chỉ", "hình thức",
      "quảng cáo", "dấu hiệu", "danh hiệu", "giám khảo", "vệ tinh", "động cơ", "đề cử", "vợ chồng",
      "thanh thiếu niên", "đường bay", "cô gái", "toa xe", "bao tải", "chế độ", "thị trường", "đột biến",
      "chữ ký", "biệt thự", "chỗ ngồi", "nền tảng", "báo cáo", "bài thi", "bài tập", "kế hoạch", "tùy chọn",
      "màu sắc", "ống kính", "ngôn ngữ", "chàng trai", "kiểm lâm", "việc làm", "môn học", "dòng họ", "học kỳ",
      "hoạt động", "địa bàn", "con số", "khối lớp", "độ richter", "câu hỏi", "máy chủ", "vòng đấu", "làng nghề", "đội tuyển", "bàn thua", "chiến thắng", "siêu anh hùng", "đội viên", "đội ngũ", "đội hình", "nguyện vọng",
      // round 7, from unannotated articles: words a segmenter keeps whole ("2 đầu xe", "3 chức vô địch")
      "đầu xe", "đầu máy", "đầu đạn", "kết quả", "kịch bản", "chức vô địch", "tân sinh viên", "tiểu đoàn",
      "thao tác", "thể loại", "núi lửa", "siêu núi lửa", "mô hình", "sỹ quan", "nội binh", "cụ bà", "cụ ông",
      "thủy phi cơ", "thuỷ phi cơ", "trình tự", "giao dịch", "hoa hậu", "nam sinh", "nữ sinh", "em bé",
      "đường chuyền", "cẳng tay", "dùi cui", "ống phóng", "chủng loại", "tiểu thuyết", "tiểu học", "chu kỳ", "rủi ro", "lái xe", "nhu cầu", "nhịp cầu", "phân khu", "giác quan", "cự ly",
      "tội danh", "giấy khen", "triệu chứng", "danh mục",
      // frequent after numbers on 4,500 unannotated articles and cut in half before (general vocabulary)
      "trường đại học", "giường bệnh", "thị trấn", "trang trại", "mục tiêu", "nô lệ", "hình ảnh", "màn hình",
      "thỏa thuận", "thoả thuận", "cuộc gọi", "thiếu nữ", "thai phụ", "kíp nổ", "dấu chân", "tiêu bản",
      "ghế ngồi", "bảng đấu", "khách mời", "bộ trưởng", "bộ ngành", "bộ phận", "bộ môn", "bộ luật",
      "tổ dân phố", "tổ viên", "tổ máy", "nhà thám hiểm", "nhà vô địch", "nhà chung cư", "nhà thiết kế",
      "nhà phân tích", "nhà hoạt động", "nhà lãnh đạo", "nhà kinh tế", "nhà sáng lập", "máy tạo ôxy",
      "máy tạo oxy", "máy bán hàng", "đơn đặt hàng", "đơn tố cáo", "đơn khiếu nại", "đơn đăng ký", "yếu tố",
      "khóa đào tạo", "khoá đào tạo", "khóa học", "khoá học",
      "chu kì",
      // round 8, from 150 unannotated articles: general words cut in half before ("4 giá treo",
      // "2 tiêu chuẩn", "22 tiểu hành tinh", "300 tay vợt", "7 đề án", "1 chỉ huy", "3 chỉ số")
      "giá treo", "tiêu chuẩn", "hành tinh", "tiểu hành tinh", "tay vợt", "tay đua", "tay chơi", "tay golf",
      "đề án", "đề xuất", "đề thi", "chỉ huy", "chỉ số", "chung cư", "phòng vệ sinh", "phòng ngủ", "phòng tắm",
      "phòng khách", "phòng họp", "hàng rào", "hàng hóa", "tiểu bang", "tiểu khu", "tiểu đội", "hải quân",
      "hải cảng",
      // from a second sample of 150 unannotated articles
      "sân thượng", "ưu điểm", "nhược điểm", "đường ống", "sắc màu", "vai diễn", "vai trò", "nhãn hàng",
      "nhãn hiệu", "cấp độ", "biến thể", "doanh nhân", "nữ doanh nhân", "thái cực", "cửa khẩu",
      // round 9, from 150 unannotated articles: "3 sư đoàn", "3 thời kỳ" were cut in half
      "sư đoàn", "lữ đoàn", "thời kỳ", "thời kì",
      // round 10, from 150 unannotated articles of other outlets: "2 lái tàu", "2 vương miện", "6 cường
      // quốc", "4 lý do", "2 góc độ", "170.000 điều dưỡng viên", "02 hồ điều hòa", "3 kỳ họp" were cut
      "lái tàu", "vương miện", "cường quốc", "lý do", "góc độ", "điều dưỡng viên", "hồ điều hòa", "hồ điều hoà",
      "kỳ họp", "kỳ thi");
  /**
   * Sino-Vietnamese syllables that open a two-syllable noun and are not counted nouns alone, so an
   * unlisted compound still gets its whole word ("1.052 trung tâm", "8 lĩnh vực").
   */
  static final Set<String> BOUND_FIRST = WordSet.of(
      "trung", "nhân", "hội", "cộng", "vấn", "lĩnh", "chuyên", "công", "tín", "đại", "gương", "viên", "nữ",
      "sinh", "thành", "học", "giáo", "bác", "chiến", "quốc", "doanh", "cơ", "phóng", "nghệ",
      "diễn", "ứng", "tình", "tiền", "cổ", "thiết", "phương", "hệ", "tài", "văn", "trụ", "cử", "đối", "thí",
      "hồ", "ý", "dự", "hợp", "sản", "chương", "tác", "vận", "điện", "nông", "ngư", "thường", "binh", "phiến",
      "nạn", "tù", "cố", "lao", "bệnh", "du", "hành", "kỹ", "kĩ", "kiến", "thẩm", "thạc", "giảng", "nghiên",
      "chủ", "ngân", "chi", "đơn", "nhà", "tòa", "dòng", "đoàn", "chính", "quan", "tư", "thủ", "phụ",
      "dịch", "thương", "thực", "quân", "cán", "nghị", "ủy", "uỷ", "cầu", "tuyển",
      // "hóa đơn", "quy trình", "đáp án", "mỹ nhân", "kỷ lục", "siêu thị", "đăng ký", "tổn thất"
      "hóa", "hoá", "quy", "đáp", "mỹ", "kỷ", "kỉ", "siêu", "đăng", "tổn",
      // "nguyên nhân", "nguyên tắc", "nguyên thủ"
      "nguyên",
      // "120 máy thở", "5 máy soi": a machine is named by its function word
      "máy",
      // round 8: "tiêu chí", "tiểu bang", "hải quân" ("tiêu", "tiểu", "hải" do not count alone)
      "tiêu", "tiểu", "hải");
  /**
   * Classifiers (a closed list): before a noun the classifier is the counted word ("7 chiếc" of "7 chiếc
   * điều hòa", "14 con" of "14 con voi", "1 ngôi" of "1 ngôi mộ", as the guidelines and the gold have it),
   * unless the pair is a word of its own ({@link #CLASSIFIER_WORDS}).
   */
  static final Set<String> CLASSIFIERS = WordSet.of("chiếc", "con", "cái", "quả", "trái", "ngôi", "căn", "cuốn", "quyển",
      "bức", "tấm", "lá", "viên", "hòn", "đứa", "khẩu", "cục", "sợi", "tờ", "pho", "ngọn");
  /** Classifier-led pairs that are words of their own ("con tin" hostages, "khẩu trang" masks, "căn hộ" flats). */
  static final Set<String> CLASSIFIER_WORDS = WordSet.of("con tin", "con trai", "con gái", "con số", "con người",
      "con cháu", "con đường", "ngôi sao", "viên chức", "khẩu trang", "căn hộ", "căn cứ", "cái chết", "tờ khai",
      "con chiên", "lá chắn", "cục trưởng", "cục diện", "con em", "con cái");
  /** Words after which "trên" is the preposition "on" ("dựa trên", "hành khách trên 3 chuyến bay"). */
  static final Set<String> ON_BEFORE = WordSet.of("dựa", "đi", "ngồi", "nằm", "đứng", "chở", "khách", "chạy", "bay",
      "đăng", "đặt", "in", "ghi", "viết");
  /**
   * Kin words: two of them in a row name one group ("2 cha con", "2 mẹ con", "3 ông cháu"), the
   * counted word whole, like the listed "vợ chồng" and "anh em".
   */
  static final Set<String> KIN = WordSet.of("cha", "bố", "mẹ", "má", "ông", "bà", "anh", "chị", "em", "con", "cháu",
      "vợ", "chồng", "cô", "chú", "dì", "cậu", "mợ", "thím", "bác", "dượng");
  private static final Tokens.Lexicon COMPOUND_LEX = Tokens.Lexicon.of(COMPOUNDS);
  /** Institution heads written with a capital inside a name, counted all the same after a number. */
  /** Acronym heads counted after a number ("15 CLB sáng lập", "3 HTX"). */
  static final Set<String> CAPITAL_ACRONYM_HEADS = WordSet.of("clb", "htx", "chk", "dn", // "2 CHK" (airports), "5 DN"
      // round 9: coaches, athletes and fans ("4 HLV", "38 VĐV", "200 CĐV")
      "hlv", "vđv", "cđv");
  static final Set<String> CAPITAL_HEADS = WordSet.of(
      "trung tâm", "bệnh viện", "công ty", "ngân hàng", "tập đoàn", "trạm y", "phòng khám", "ủy ban", "uỷ ban");

  static {
    Map<String, String> u = new HashMap<>();
    Map<String, String> q = new HashMap<>();
    u.put("%", "%"); u.put("phần trăm", "%");
    u.put("km", "km"); u.put("ki-lô-mét", "km"); u.put("kilômét", "km"); u.put("cây số", "km");
    u.put("m", "m"); u.put("mét", "m"); u.put("kg", "kg"); u.put("ki-lô-gam", "kg"); u.put("tấn", "tấn");
    u.put("ha", "ha"); u.put("km2", "km²"); u.put("km vuông", "km²"); u.put("ki-lô-mét vuông", "km²"); u.put("m2", "m²"); u.put("héc-ta", "ha"); u.put("lít", "lít"); u.put("thùng", "thùng");
    // "3 tỷ đô la Mỹ": the country is part of the currency name ("đô la Úc" is another currency)
    u.put("đô la mỹ", "USD"); u.put("đôla mỹ", "USD"); u.put("đô la úc", "AUD"); u.put("đô la canada", "CAD");
    u.put("đô la singapore", "SGD"); u.put("đô la hồng kông", "HKD"); u.put("đô la đài loan", "TWD");
    u.put("usd", "USD"); u.put("đô la", "USD"); u.put("đôla", "USD"); u.put("đô-la", "USD"); u.put("đô", "USD");
    u.put("đồng", "VND"); u.put("vnd", "VND");
    // round 10: "268.302.000 đ": the dong written apart from the digits
    u.put("đ", "VND"); u.put("vnđ", "VND"); u.put("euro", "euro"); u.put("eur", "euro");
    u.put("bảng anh", "GBP"); u.put("nhân dân tệ", "CNY"); u.put("rúp", "RUB");
    u.put("quân", "quân"); u.put("binh sĩ", "binh sĩ"); u.put("binh sỹ", "binh sĩ"); u.put("lính", "lính");
    u.put("người", "người"); u.put("thành viên", "thành viên"); u.put("chiến binh", "chiến binh");
    u.put("tay súng", "tay súng"); u.put("phiến quân", "phiến quân"); u.put("dân thường", "dân thường");
    u.put("thường dân", "dân thường"); u.put("trẻ em", "trẻ em"); u.put("con tin", "con tin");
    u.put("tù nhân", "tù nhân"); u.put("nhân viên", "nhân viên"); u.put("cố vấn", "cố vấn");
    u.put("sĩ quan", "sĩ quan"); u.put("nạn nhân", "nạn nhân"); u.put("hộ", "hộ"); u.put("gia đình", "gia đình");
    u.put("cuộc tấn công", "cuộc tấn công"); u.put("vụ tấn công", "vụ tấn công");
    u.put("vụ đánh bom", "vụ đánh bom"); u.put("vụ nổ", "vụ nổ"); u.put("cuộc không kích", "cuộc không kích");
    u.put("vụ không kích", "vụ không kích"); u.put("vụ", "vụ"); u.put("cuộc", "cuộc");
    u.put("căn cứ", "căn cứ"); u.put("quốc gia", "quốc gia"); u.put("nước", "quốc gia");
    u.put("máy bay", "máy bay"); u.put("máy bay không người lái", "máy bay không người lái");
    u.put("tàu", "tàu"); u.put("chiếc", "chiếc"); u.put("tên lửa", "tên lửa"); u.put("quả tên lửa", "tên lửa");
    u.put("xe", "xe"); u.put("xe tăng", "xe tăng"); u.put("rocket", "rocket"); u.put("quả", "quả");
    u.put("ngôi nhà", "ngôi nhà"); u.put("tòa nhà", "tòa nhà"); u.put("tỉnh", "tỉnh"); u.put("thành phố", "thành phố");
    u.put("lượt", "lượt"); u.put("trường hợp", "trường hợp"); u.put("gram", "gram"); u.put("gam", "gram");
    u.put("g", "gram"); u.put("cm", "cm"); u.put("mm", "mm"); u.put("inch", "inch"); u.put("gb", "GB");
    u.put("mp", "MP"); u.put("chf", "CHF"); u.put("yên", "JPY"); u.put("won", "KRW"); u.put("baht", "THB");
    u.put("yen", "JPY"); u.put("rupee", "INR"); u.put("ringgit", "MYR"); u.put("peso", "peso");
    u.put("franc", "franc"); u.put("franc thụy sĩ", "CHF");
    // round 8: horsepower and power ("tàu 1.150 CV", "công suất 26 MW")
    // round 9: "357 mẫu Anh" is an acre (the area unit, "Anh" part of its name)
    u.put("mẫu anh", "acre");
    u.put("cv", "CV"); u.put("hp", "hp"); u.put("kv", "kV"); u.put("ml", "ml"); u.put("mw", "MW"); u.put("kw", "kW"); u.put("gw", "GW");

    q.put("khoảng", "about"); q.put("chừng", "about"); q.put("tầm", "about"); q.put("ước tính", "about");
    q.put("ước khoảng", "about"); q.put("gần", "nearly"); q.put("xấp xỉ", "nearly");
    q.put("hơn", "more_than"); q.put("trên", "more_than"); q.put("vượt", "more_than"); q.put("vượt quá", "more_than");
    q.put("trên dưới", "about"); q.put("ngót", "nearly"); q.put("gần như", "nearly");
    q.put("ít nhất", "at_least"); q.put("tối thiểu", "at_least");
    q.put("chưa đầy", "less_than"); q.put("dưới", "less_than"); q.put("chưa tới", "less_than");
    q.put("chưa đến", "less_than"); q.put("tối đa", "at_most"); q.put("không quá", "at_most");
    // "ít hơn 3%" is less than; "nhiều hơn 5 người" more than ("hơn" alone would flip the first)
    q.put("ít hơn", "less_than"); q.put("nhiều hơn", "more_than");
    UNITS = WordMap.copyOf(u);
    QUALIFIERS = WordMap.copyOf(q);
  }

  private static final Tokens.Lexicon UNIT_LEX = Tokens.Lexicon.of(UNITS.keySet());
  private static final Tokens.Lexicon QUALIFIER_LEX = Tokens.Lexicon.of(QUALIFIERS.keySet());


  public List<Quantity> find(String text, List<Sentence> sentences, List<TimeExpression> times) {
    return find(text, sentences, times, Tokens.scan(text, 0, text.length()));
  }

  /** As above with the article's tokens already made ({@code Tokens.scan(text, 0, text.length())}, shared with the quote stage). */
  public List<Quantity> find(String text, List<Sentence> sentences, List<TimeExpression> times, List<Token> ts) {
    List<Quantity> out = new ArrayList<>();
    int[] timeCursor = {0};
    int i = 0;
    while (i < ts.size()) {
      // most tokens start with no digit: decided here, without a call into tryAt, which is too big to be inlined
      if (!startsWithDigit(ts.get(i))) {
        i++;
        continue;
      }
      int next = tryAt(text, ts, i, times, timeCursor, out);
      i = next > i ? next : i + 1;
    }
    return List.copyOf(out);
  }

  /** A word or number whose first character is a digit: where a quantity written in figures starts. */
  private static boolean startsWithDigit(Token t) {
    if (t.kind() == Kind.PUNCT) return false;
    char c = t.lower().charAt(0);
    return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /** Tries to read a quantity starting at token i; returns the index after it, or i when none. */
  private int tryAt(String text, List<Token> ts, int i, List<TimeExpression> times, int[] timeCursor,
                    List<Quantity> out) {
    Token t = ts.get(i);
    if (!startsWithDigit(t)) return i;
    String s = t.lower();
    int p = 0;
    while (p < s.length() && !Character.isLetter(s.charAt(p))) p++;
    String num = s.substring(0, p);
    String suffix = s.substring(p);
    if (!Character.isDigit(num.charAt(num.length() - 1))) return i;
    String unit = null;
    int end = -1;
    int heightCm = -1;
    if (!suffix.isEmpty()) {
      unit = gluedUnit(suffix);
      // round 10: "cao 1m67", "hơn 1m75": metres and centimetres written as one token (three character
      // checks at a number with a letter suffix)
      if (unit == null && num.length() == 1 && suffix.length() == 3 && suffix.charAt(0) == 'm'
          && Character.isDigit(suffix.charAt(1)) && Character.isDigit(suffix.charAt(2))) {
        unit = "m";
        heightCm = (suffix.charAt(1) - '0') * 10 + (suffix.charAt(2) - '0');
      }
      // "4G", "5G" are network generations; grams are written with a lower-case "g"
      if (suffix.equals("g") && text.charAt(t.start() + p) == 'G') return i;
      if (unit == null) return i; // "19K", "3a", "22h": ids and clock times, not quantities
      end = t.end();
    }
    if (refusedByContext(text, ts, i)) return i;
    int j = i + 1;
    // "22 - 25 độ C", "20 – 30 chiếc": a spaced range is one quantity valued at its lower bound
    if (unit == null && j + 1 < ts.size() && (ts.get(j).lower().equals("-") || ts.get(j).lower().equals("–"))
        && ts.get(j + 1).kind() == Kind.NUMBER
        && isSpacedRange(num, ts.get(j + 1).lower(), amountWordAt(text, ts, j + 2))) {
      j += 2;
    } else if (unit == null && j + 1 < ts.size() && (ts.get(j).lower().equals("-") || ts.get(j).lower().equals("–"))
        && Character.isDigit(ts.get(j + 1).lower().charAt(0))) {
      // "khoảng 3 - 5cm": the upper end carries the glued measure for both
      String hi = ts.get(j + 1).lower();
      int hp = 0;
      while (hp < hi.length() && !Character.isLetter(hi.charAt(hp))) hp++;
      String hiUnit = hp > 0 && hp < hi.length() ? gluedUnit(hi.substring(hp)) : null;
      Double lo = parseNumber(num), up = hiUnit == null ? null : parseNumber(hi.substring(0, hp));
      if (hiUnit != null && MEASURES.contains(hiUnit) && lo != null && up != null && up > lo) {
        unit = hiUnit;
        end = ts.get(j + 1).end();
        j += 2;
      }
    }
    // An English decimal point before a scale word is a decimal ("4.1 triệu euro"), never a date.
    boolean scaled = unit == null && j < ts.size() && multiplierAt(ts, j) != null;
    // round 9: …and before a measure unit ("hơn 4.8 kg", "dự án 2.4ha"): a day.month is never
    // followed by kilograms (one check of the unit already read, or a look-up of the next words)
    boolean decimal = scaled || num.indexOf('-') < 0
        && (unit != null ? MEASURES.contains(unit) : j == i + 1 && measureAfter(ts, i));
    // "5-10%", "1-2 hệ thống": a short hyphen range before a unit or noun is no day-month
    Double v = parseAmount(num, decimal, num.indexOf('-') > 0 && (unit != null || amountWordAt(text, ts, j)));
    if (v == null) return i;
    double value = heightCm < 0 ? v : v + heightCm / 100.0;
    // Vietnamese groups thousands with '.', so "4033" written plain is an id or code, not an amount,
    // unless a measure unit from the list follows ("1500 km" in a careless text)
    boolean plainLong = num.length() >= 4 && num.chars().allMatch(Character::isDigit);
    // "tương ứng 1068 nhân khẩu": a listed counted noun of two or more syllables after a lower-case word
    // makes it a count too (never a year: "1990 học sinh" stays out)
    if (plainLong && unit == null && !scaled && i > 0 && j < ts.size() && num.length() == 4
        && (num.charAt(0) != '1' && num.charAt(0) != '2' || num.compareTo("1900") < 0 || num.compareTo("2099") > 0)
        && Character.isLowerCase(text.charAt(ts.get(i - 1).start())) && Character.isLowerCase(text.charAt(ts.get(j).start()))) {
      String listed = Tokens.matchForward(ts, j, COMPOUND_LEX);
      if (listed != null && Tokens.words(listed) > 1) plainLong = false;
    }
    // A qualifier before it ("gần 1000 công dân") also makes it an amount: ids are not approximated.
    if (plainLong && unit == null && !scaled && (j >= ts.size() || Tokens.matchForward(ts, j, UNIT_LEX) == null)
        && !(i > 0 && Tokens.matchBackward(ts, i - 1, QUALIFIER_LEX) != null)) return i;
    int lastNumberToken = i;
    if (unit == null) {
      for (Double m; j < ts.size() && (m = multiplierAt(ts, j)) != null; j++) {
        value *= m;
        lastNumberToken = j;
      }
    }
    int after = j;
    if (unit == null) {
      Token u = j < ts.size() ? ts.get(j) : null;
      if (u != null && u.lower().equals("%")) {
        unit = "%";
        end = u.end();
        after = j + 1;
      } else if (u != null && quotedNounAt(text, ts, j)) {
        // 'danh sách 100 "phụ nữ vĩ đại nhất"': the counted noun opens a quoted phrase; a quote
        // closing right after the noun belongs to the span
        // a quote closing within three syllables holds one word, whole ('6 "ông lớn"', '17 "địa chỉ"')
        int n = 0;
        for (int k = j + 1; k < ts.size() && k <= j + 3 && ts.get(k).kind() == Kind.WORD; k++) {
          Token w = ts.get(k);
          if (w.end() < text.length() && (text.charAt(w.end()) == '"' || text.charAt(w.end()) == '”')) { n = k - j; break; }
        }
        if (n == 0) n = countedNoun(text, ts, j + 1);
        if (n <= 0) return i;
        StringBuilder sb = new StringBuilder();
        for (int k = j + 1; k < j + 1 + n; k++) sb.append(k > j + 1 ? " " : "").append(ts.get(k).lower());
        unit = sb.toString();
        after = j + 1 + n;
        end = ts.get(after - 1).end();
        if (end < text.length() && (text.charAt(end) == '"' || text.charAt(end) == '”')) {
          end++;
          after++;
        }
      } else if (u != null && u.kind() == Kind.WORD && u.start() > ts.get(j - 1).end()) {
        String phrase = Tokens.matchForward(ts, j, UNIT_LEX);
        String slash = u.lower().indexOf('/') > 0 ? slashUnit(u.lower()) : null;
        if (slash != null) {
          unit = slash;
          after = j + 1 + slashContinuation(text, ts, j);
          if (after > j + 1) unit = unit + " " + ts.get(j + 1).lower();
        } else if (phrase != null && Tokens.words(phrase) > 1 && classifierAlone(text, ts, j)) {
          // "3 quả tên lửa", "2 ngôi nhà": the classifier is the counted word
          unit = ts.get(j).lower();
          after = j + 1;
        } else if (phrase != null && !longerCompound(ts, j, phrase)) {
          unit = UNITS.get(phrase);
          after = j + Tokens.words(phrase);
        } else if (lastNumberToken > i && u.lower().equals("bảng")) {
          // "5 triệu bảng": after a scale word a bare "bảng" is the pound ("3 bảng đấu" are groups)
          unit = "GBP";
          after = j + 1;
        } else {
          int n = countedNoun(text, ts, j);
          if (n < 0) return i; // a time word ("93 triệu năm", "37 tuổi") or no noun at all
          if (n > 0) {
            // "3 sản phẩm/khách hàng": a per-unit noun whose denominator runs into the next token
            if (ts.get(j + n - 1).lower().indexOf('/') > 0) n += slashContinuation(text, ts, j + n - 1);
            StringBuilder sb = new StringBuilder();
            for (int k = j; k < j + n; k++) sb.append(k > j ? " " : "").append(ts.get(k).lower());
            unit = sb.toString();
            after = j + n;
          }
        }
        if (unit != null) end = ts.get(after - 1).end();
      }
      if (unit == null && lastNumberToken == i) {
        // "từ 50.000 đến 3 triệu đồng/lần": the lower end shares the upper end's unit
        Quantity upper = rangeUpperEnd(text, ts, i, j, times, timeCursor);
        if (upper == null) return i;
        double raw = upper.value();
        Double hi = parseAmount(ts.get(j + 1).lower(), false);
        if (hi != null && hi > 0 && raw / hi > 1.5 && value < hi) value *= raw / hi; // "từ 5 đến 10 triệu đồng"
        else if (hi != null && raw == hi) value = shorthandLower(t.lower(), ts.get(j + 1).lower(), value); // "từ 400 đến 600.000 đồng"
        // "khoảng 300 đến 400 tấn": without "từ" a qualifier before the lower end is its own
        int ls = t.start();
        String lq = null;
        if (!ts.get(i - 1).lower().equals("từ")) {
          String q = Tokens.matchBackward(ts, i - 1, QUALIFIER_LEX);
          if (q != null && !(q.equals("trên") && i > 1 && ON_BEFORE.contains(ts.get(i - 2).lower()))) {
            lq = QUALIFIERS.get(q);
            ls = ts.get(i - Tokens.words(q)).start();
          }
        }
        out.add(new Quantity(ls, t.end(), text.substring(ls, t.end()), value, upper.unit(), lq));
        return i + 1;
      }
      if (unit == null) {
        // "lương 8-10 triệu mỗi tháng": a scaled amount with its noun left implicit
        unit = "";
        end = ts.get(lastNumberToken).end();
        after = lastNumberToken + 1;
      }
    }
    int start = t.start();
    String qualifier = null;
    if (i > 0) {
      String q = Tokens.matchBackward(ts, i - 1, QUALIFIER_LEX);
      // "dựa trên 3 yếu tố", "đi trên 2 chiếc xe": after these "trên" means "on", not "more than"
      if (q != null && q.equals("trên") && i > 1 && ON_BEFORE.contains(ts.get(i - 2).lower())) q = null;
      if (q != null) {
        qualifier = QUALIFIERS.get(q);
        start = ts.get(i - Tokens.words(q)).start();
        // "khoảng trên 40 kg": a vague word before the bound belongs to the span; the bound names it
        int before = i - Tokens.words(q) - 1;
        if (before >= 0 && (ts.get(before).lower().equals("khoảng") || ts.get(before).lower().equals("chừng"))
            && !q.equals("khoảng") && !q.equals("chừng")) start = ts.get(before).start();
      }
    }
    // "400 gram trở lên" / "trở xuống": the bound follows the amount and belongs to the span
    if (qualifier == null && after + 1 < ts.size() && ts.get(after).lower().equals("trở")) {
      String w = ts.get(after + 1).lower();
      if (w.equals("lên") || w.equals("xuống")) {
        qualifier = w.equals("lên") ? "at_least" : "at_most";
        end = ts.get(after + 1).end();
        after += 2;
      }
    }
    // round 9: "xe 4 chỗ", "ô tô dưới 9 chỗ", "máy bay 13 chỗ": the seats name the vehicle's class
    // (a designation like a model name), they count nothing; one look-up of the word before the span
    if (unit.equals("chỗ") || unit.equals("chỗ ngồi")) {
      int b = i - 1;
      while (b >= 0 && ts.get(b).start() >= start) b--;
      if (b >= 0 && VEHICLE_ENDS.contains(ts.get(b).lower())) return i;
    }
    // round 10: "loạt đá luân lưu 11 m", "chấm 11m": the penalty spot names a place on the pitch, it
    // measures nothing (one compare of the value, one look-up of the word before)
    if (value == 11 && unit.equals("m") && qualifier == null && i > 0 && PENALTY_BEFORE.contains(ts.get(i - 1).lower())) return i;
    if (overlapsTime(times, timeCursor, t.start(), end)) return i;
    out.add(new Quantity(start, end, text.substring(start, end), value, unit, qualifier));
    return after;
  }

  /**
   * For a bare number at i after "từ" and before "đến/tới/lên" + number (token j): the quantity that
   * upper end makes on its own, or null (no unit there, or not a "từ … đến …" range).
   */
  private Quantity rangeUpperEnd(String text, List<Token> ts, int i, int j, List<TimeExpression> times, int[] cursor) {
    if (i == 0 || j + 1 >= ts.size()) return null;
    boolean from = ts.get(i - 1).lower().equals("từ");
    String link = ts.get(j).lower();
    // "khoảng 300 đến 400 tấn", "giá 600.000 đến 700.000 đồng/kg": "đến"/"tới" make a range without
    // "từ" too; "lên" only after "từ" ("tăng từ 32 lên 36")
    if (!(link.equals("đến") || link.equals("tới") || from && link.equals("lên")) || ts.get(j + 1).kind() != Kind.NUMBER) return null;
    List<Quantity> tmp = new ArrayList<>(1);
    tryAt(text, ts, j + 1, times, cursor, tmp);
    if (tmp.isEmpty() || tmp.get(0).start() != ts.get(j + 1).start() || tmp.get(0).unit().isEmpty()) return null;
    return tmp.get(0);
  }

  private static boolean isSpacedRange(String lo, String hi, boolean amountAfter) {
    Double a = parseNumber(lo), b = parseNumber(hi);
    if (a == null || b == null || b <= a) return false;
    // "3 - 5" may be a day-month, unless a scale word, a percent or a counted noun follows ("7 - 9 triệu con")
    return amountAfter || !(lo.length() <= 2 && hi.length() <= 2 && b <= 12);
  }

  /**
   * True when token k makes the number before it an amount rather than a day-month: a scale word,
   * a percent sign, or a lower-case word that may be a counted noun (not a time or function word).
   */
  private static boolean amountWordAt(String text, List<Token> ts, int k) {
    if (k >= ts.size()) return false;
    Token w = ts.get(k);
    if (w.lower().equals("%") || multiplierAt(ts, k) != null) return true;
    if (w.kind() != Kind.WORD || !Character.isLowerCase(text.charAt(w.start()))) return false;
    String lw = w.lower();
    return !TIME_NOUNS.contains(lw) && !NOT_NOUNS.contains(lw) && !DATE_CONTEXT.contains(lw)
        && !(k + 1 < ts.size() && TIME_NOUNS.contains(lw + " " + ts.get(k + 1).lower()));
  }

  /**
   * 1 when the denominator after the last '/' of token k is the first syllable of a two-syllable noun
   * that continues in the next token ("đồng/cổ" + "phiếu", "phẩm/khách" + "hàng"), else 0.
   */
  private static int slashContinuation(String text, List<Token> ts, int k) {
    if (k + 1 >= ts.size()) return 0;
    Token t = ts.get(k), n = ts.get(k + 1);
    if (n.kind() != Kind.WORD || n.start() != t.end() + 1 || text.charAt(t.end()) != ' '
        || !Character.isLowerCase(text.charAt(n.start()))) return 0;
    String den = t.lower().substring(t.lower().lastIndexOf('/') + 1);
    String pair = den + " " + n.lower();
    return COMPOUND_LEX.phrases().contains(pair) ? 1 : 0;
  }

  /** "hộ dân", "người con": a listed compound longer than the unit phrase found at j wins. */
  private static boolean longerCompound(List<Token> ts, int j, String unitPhrase) {
    String c = Tokens.matchForward(ts, j, COMPOUND_LEX);
    return c != null && Tokens.words(c) > Tokens.words(unitPhrase);
  }

  /** The scale word at token j ("triệu", "tỷ"), or null; "triệu phú" is a noun (millionaire). */
  private static Double multiplierAt(List<Token> ts, int j) {
    Token w = ts.get(j);
    if (w.kind() != Kind.WORD) return null;
    Double m = MULTIPLIERS.get(w.lower());
    if (m == null) return null;
    if (j + 1 < ts.size() && NOT_SCALE_AFTER.contains(ts.get(j + 1).lower())) return null;
    return m;
  }

  /** "km", "km/h", "m2": a unit glued to the digits; null when the suffix is not one. */
  private static String gluedUnit(String suffix) {
    String u = GLUED_UNITS.get(suffix);
    if (u != null) return u;
    int slash = suffix.indexOf('/');
    return slash > 0 ? slashUnit(suffix) : null;
  }

  private static final Set<String> PERIODS = WordSet.of("ngày", "tuần", "tháng", "năm", "giờ");

  /** "đồng/kg", "km/giờ": a unit per unit, normalised; null unless the first part is a unit. */
  static String slashUnit(String w) {
    int slash = w.indexOf('/');
    String a = w.substring(0, slash), b = w.substring(slash + 1);
    if (b.length() > 1 && b.charAt(0) == '1' && Character.isLetter(b.charAt(1))) b = b.substring(1); // "đồng/1kg"
    String ua = UNITS.getOrDefault(a, GLUED_UNITS.get(a));
    // "300.000 ca/ngày", "2.000 lượt/tháng": a counted noun per period
    if (ua == null && allLetters(a) && !NOT_NOUNS.contains(a) && !TIME_NOUNS.contains(a) && PERIODS.contains(b)) return a + "/" + b;
    if (ua == null || b.isEmpty() || b.indexOf('/') >= 0 || !Character.isLetter(b.charAt(0))) return null;
    String ub = switch (b) {
      case "giờ", "h" -> "h";
      case "tháng", "năm", "ngày", "người", "lít", "kg", "tấn", "m2", "km" -> b;
      default -> UNITS.getOrDefault(b, GLUED_UNITS.get(b));
    };
    // a price or measure per any counted thing: "đồng/vé", "đồng/cp", "đồng/lần", "USD/thùng"
    if (ub == null && MEASURES.contains(ua) && allLetters(b) && !NOT_NOUNS.contains(b)) ub = b;
    return ub == null ? null : ua + "/" + ub;
  }

  /**
   * Words of the counted noun starting at token j (a known compound of up to three syllables, else
   * one syllable); 0 when the word there cannot be a counted noun (function word, verb, capitalised
   * name); -1 for a time or age word, which makes the number a date or duration.
   */
  static int countedNoun(String text, List<Token> ts, int j) {
    Token w = ts.get(j);
    String lw = w.lower();
    // a listed compound that opens with a time word is still a noun ("50 khóa đào tạo", "3 khóa học")
    if (TIME_NOUNS.contains(lw) && Character.isLowerCase(text.charAt(w.start()))) {
      String timeCompound = Tokens.matchForward(ts, j, COMPOUND_LEX);
      if (timeCompound != null && Tokens.words(timeCompound) > 1) return Tokens.words(timeCompound);
    }
    if (TIME_NOUNS.contains(lw)) return -1;
    if (j + 1 < ts.size() && TIME_NOUNS.contains(lw + " " + ts.get(j + 1).lower())) return -1;
    if (j + 1 < ts.size() && COORDINATE_PAIRS.contains(lw + " " + ts.get(j + 1).lower())) return -1;
    // verbs and prepositions whose first syllable could open a noun ("3 diễn ra", "tỷ thông qua")
    if (j + 1 < ts.size() && NOT_NOUN_PAIRS.contains(lw + " " + ts.get(j + 1).lower())) return 0;
    // a classifier before a noun is the counted word ("14 con voi" → "14 con"), unless the pair is a word
    if (classifierAlone(text, ts, j)) return 1;
    // a listed compound wins over a function word it starts with ("12 bị hại", "3 bị can")
    String listed = Tokens.matchForward(ts, j, COMPOUND_LEX);
    if (listed != null && Tokens.words(listed) > 1 && Character.isLowerCase(text.charAt(w.start()))) {
      return Tokens.words(listed);
    }
    // round 9: "Vành đai 2 vượt qua…": right after a number "vượt" is the verb (before one it qualifies;
    // inside a word it stays: "2 cầu vượt")
    if (NOT_NOUNS.contains(lw) || lw.equals("vượt")) return 0;
    // "tăng 5 lần so với…" is a ratio
    if (j + 1 < ts.size() && lw.equals("lần") && ts.get(j + 1).lower().equals("so")) return 0;
    // round 10: "tăng 20 lần, lên mức…", "giảm hơn 3 lần": times after a verb of change are a ratio
    // (one or two look-ups left of the number)
    // ("tăng 3 lần, mỗi lần …" counts occasions)
    if (lw.equals("lần") && ratioVerbBefore(ts, j - 1) && !eachTimeAfter(ts, j + 1)) return 0;
    boolean hasDigit = false;
    for (int c = 0; c < lw.length(); c++) if (Character.isDigit(lw.charAt(c))) hasDigit = true;
    // a capitalised word after a number is a name ("iPhone 12 Pro", "năm 2020 Honda"), unless it
    // is a code like "F2" (contacts of a patient)
    if (Character.isUpperCase(text.charAt(w.start())) && !hasDigit) {
      // "9 Trung tâm Y tế", "3 Bệnh viện": a capitalised institution head is still counted (the name
      // that follows tells which ones)
      if (j + 1 < ts.size() && CAPITAL_HEADS.contains(lw + " " + ts.get(j + 1).lower())) return 2;
      return CAPITAL_ACRONYM_HEADS.contains(lw) ? 1 : 0;
    }
    if (lw.indexOf('-') >= 0 || lw.indexOf('/') >= 0 || lw.indexOf('.') >= 0 || lw.indexOf(',') >= 0) return 0;
    String compound = Tokens.matchForward(ts, j, COMPOUND_LEX);
    if (compound != null) return Tokens.words(compound);
    if (j + 1 < ts.size()) {
      Token n = ts.get(j + 1);
      boolean lowerNext = n.kind() == Kind.WORD && n.start() == w.end() + 1 && Character.isLowerCase(text.charAt(n.start()));
      // "2 cha con", "2 mẹ con": two kin words name one group
      if (lowerNext && KIN.contains(lw) && KIN.contains(n.lower())) return 2;
      // "21,5 hải lý/giờ", "7 hạng mục/mục tiêu": a listed compound whose last syllable carries a "/…"
      int slash = n.lower().indexOf('/');
      if (lowerNext && slash > 0 && COMPOUND_LEX.phrases().contains(lw + " " + n.lower().substring(0, slash))) return 2;
    }
    // a bound first syllable ("trung tâm", "lĩnh vực", "hội viên") does not stand alone as a noun
    if (BOUND_FIRST.contains(lw) && j + 1 < ts.size()) {
      Token n = ts.get(j + 1);
      String ln = n.lower();
      if (n.kind() == Kind.WORD && !Character.isUpperCase(text.charAt(n.start())) && !NOT_NOUNS.contains(ln)
          && !TIME_NOUNS.contains(ln) && !MULTIPLIERS.containsKey(ln)) return 2;
    }
    return 1;
  }

  /** Words before the penalty spot's "11 m" ("luân lưu", "chấm", "phạt đền"). */
  private static final Set<String> PENALTY_BEFORE = WordSet.of("lưu", "chấm", "đền");

  /** Verbs of change: "tăng 20 lần" multiplies, it counts no times. */
  private static final Set<String> RATIO_VERBS = WordSet.of("tăng", "giảm");

  /** The number ending at token k follows a verb of change, directly or after a one-word qualifier. */
  private static boolean ratioVerbBefore(List<Token> ts, int k) {
    int b = k;
    while (b >= 0 && multiplierAt(ts, b) != null) b--;
    if (b >= 0 && ts.get(b).kind() == Kind.NUMBER) b--;
    if (b >= 0 && QUALIFIERS.containsKey(ts.get(b).lower())) b--;
    return b >= 0 && RATIO_VERBS.contains(ts.get(b).lower());
  }

  /** "mỗi" at k, or after a comma at k: "tăng 2 lần, mỗi lần …" */
  private static boolean eachTimeAfter(List<Token> ts, int k) {
    if (k < ts.size() && ts.get(k).lower().equals(",")) k++;
    return k < ts.size() && ts.get(k).lower().equals("mỗi");
  }

  /** Token j is a lower-case classifier whose pair with the next word is not a word of its own. */
  private static boolean classifierAlone(String text, List<Token> ts, int j) {
    Token w = ts.get(j);
    if (!CLASSIFIERS.contains(w.lower()) || !Character.isLowerCase(text.charAt(w.start())) || j + 1 >= ts.size()) return false;
    Token n = ts.get(j + 1);
    if (n.kind() != Kind.WORD || !Character.isLowerCase(text.charAt(n.start()))) return false;
    return !CLASSIFIER_WORDS.contains(w.lower() + " " + n.lower());
  }

  /** A quote mark after a space at token j, glued to a lower-case word that follows it. */
  private static boolean quotedNounAt(String text, List<Token> ts, int j) {
    Token q = ts.get(j);
    if (q.kind() != Kind.PUNCT || !(q.lower().equals("\"") || q.lower().equals("“")) || j + 1 >= ts.size()) return false;
    Token w = ts.get(j + 1);
    return q.start() > ts.get(j - 1).end() && w.start() == q.end() && w.kind() == Kind.WORD
        && Character.isLowerCase(text.charAt(w.start()));
  }

  /** Date-ish left context, ordinals, phone-number runs and leading zeros. */
  private static boolean refusedByContext(String text, List<Token> ts, int i) {
    Token t = ts.get(i);
    // leading zeros are codes and phone numbers, except the official "01 trường hợp", "08 cán bộ"
    if (t.lower().length() > 1 && t.lower().charAt(0) == '0' && Character.isDigit(t.lower().charAt(1))
        && !(t.lower().length() == 2 && amountWordAt(text, ts, i + 1))) return true;
    if (i > 0) {
      Token prev = ts.get(i - 1);
      if (prev.kind() == Kind.NUMBER) return true;
      // round 9: "1.640 x 2.360 pixel", "40 x 60 cm": the second side of a dimension counts nothing
      if ((prev.lower().equals("x") || prev.lower().equals("×")) && i > 1 && ts.get(i - 2).kind() == Kind.NUMBER) return true;
      if (prev.kind() == Kind.WORD && DATE_CONTEXT.contains(prev.lower())
          // round 10: "vượt chặng đường 400 km", "quãng đường 300km": a distance, not road number 400
          && !(prev.lower().equals("đường") && distanceAt(ts, i))
          && !(prev.lower().equals("số") && i > 1 && AMONG.contains(ts.get(i - 2).lower()))
          && !(i > 1 && VERB_BEFORE_CONTEXT.getOrDefault(prev.lower(), Set.of()).contains(ts.get(i - 2).lower()))
          && !(prev.lower().equals("điều") && dispatchedAfter(text, ts, i))) return true;
      if (prev.kind() == Kind.WORD && i > 1 && ts.get(i - 2).kind() == Kind.WORD
          && DESIGNATIONS.contains(ts.get(i - 2).lower() + " " + prev.lower())) return true;
      // a number after a capitalised word inside a sentence ends a name ("phường Mỹ Đình 2", "Galaxy S 21"),
      // unless a measure follows ("cách Seoul 280 km")
      if (prev.kind() == Kind.WORD && hasUpper(text, prev) && !sentenceInitial(text, prev.start())
          && !QUALIFIERS.containsKey(prev.lower()) && !measureAfter(ts, i) && !gluedMeasure(t.lower())
          && !listedNounAfter(text, ts, i)) return true;
      // "tăng gấp hơn 4 lần": a qualifier between "gấp" and the number keeps it a ratio
      String q = Tokens.matchBackward(ts, i - 1, QUALIFIER_LEX);
      if (q != null && i - Tokens.words(q) - 1 >= 0 && ts.get(i - Tokens.words(q) - 1).lower().equals("gấp")) return true;
      // A digit glued to a preceding letter or hyphen ("G 7" is already one token; this is "Covid -19")
      if (prev.end() == t.start() && prev.kind() == Kind.PUNCT && "-+#№".contains(prev.lower())) return true;
    }
    if (i + 1 < ts.size() && ts.get(i + 1).kind() == Kind.NUMBER && t.kind() == Kind.NUMBER) return true;
    return false;
  }

  /**
   * "tỉnh Quảng Nam 16 dự án": a listed counted noun of two or more syllables, in lower case, right
   * after the number makes it a count even after a name (a name's number is followed by other words).
   */
  private static boolean listedNounAfter(String text, List<Token> ts, int i) {
    if (i + 1 >= ts.size() || ts.get(i).lower().indexOf('.') >= 0 && ts.get(i).lower().length() <= 4) return false;
    Token n = ts.get(i + 1);
    if (n.kind() != Kind.WORD || !Character.isLowerCase(text.charAt(n.start()))) return false;
    String c = Tokens.matchForward(ts, i + 1, COMPOUND_LEX);
    return c != null && Tokens.words(c) > 1 && !VERB_LIKE_COMPOUNDS.contains(c);
  }

  /** Listed nouns that are verbs as often ("Trường X 2 tổ chức lễ…" organises): no count after a name. */
  static final Set<String> VERB_LIKE_COMPOUNDS = WordSet.of("tổ chức", "hoạt động", "lao động", "báo cáo", "quyết định",
      "giao dịch", "quảng cáo", "đề xuất", "chỉ huy", "thỏa thuận", "thoả thuận", "kế hoạch", "điều dưỡng",
      "chiến thắng", "xét nghiệm", "bình luận", "đột biến", "thiết bị", "lái xe", "trợ lý", "bị hại", "bị cáo");

  private static boolean allLetters(String w) {
    for (int c = 0; c < w.length(); c++) if (!Character.isLetter(w.charAt(c))) return false;
    return !w.isEmpty();
  }

  /** "2km", "200m": a measure glued to the digits ("cách Quốc lộ 5A 2km" is a distance, not a name). */
  private static boolean gluedMeasure(String w) {
    int p = 0;
    while (p < w.length() && !Character.isLetter(w.charAt(p))) p++;
    if (p == 0 || p == w.length()) return false;
    String u = gluedUnit(w.substring(p));
    return u != null && MEASURES.contains(u.indexOf('/') > 0 ? u.substring(0, u.indexOf('/')) : u);
  }

  /** The number at i carries a distance ("300km") or is followed by one ("400 km", "5 cây số"). */
  private static boolean distanceAt(List<Token> ts, int i) {
    String w = ts.get(i).lower();
    int p = 0;
    while (p < w.length() && !Character.isLetter(w.charAt(p))) p++;
    if (p < w.length()) return "km".equals(GLUED_UNITS.get(w.substring(p)));
    if (i + 1 >= ts.size()) return false;
    String u = Tokens.matchForward(ts, i + 1, UNIT_LEX);
    return u != null && "km".equals(UNITS.get(u));
  }

  /** "Mỹ Đình", "iPhone", "eKYC": a capital anywhere makes the word part of a name. */
  private static boolean hasUpper(String text, Token t) {
    for (int c = t.start(); c < t.end(); c++) if (Character.isUpperCase(text.charAt(c))) return true;
    return false;
  }

  /** Units that measure rather than count: after a name they still make an amount ("Seoul 280 km"). */
  private static final Set<String> MEASURES = WordSet.of("km", "m", "kg", "tấn", "ha", "km²", "m²", "%", "cm", "mm",
      "MW", "kW", "GW", "kWh", "CV", "hp", "kV", "ml", "mg", "acre",
      "USD", "VND", "euro", "lít", "gram", "GB", "MP", "inch", "JPY", "KRW", "THB", "CHF", "GBP", "CNY", "RUB", "INR",
      "MYR", "peso", "franc", "AUD", "CAD", "SGD", "HKD", "TWD");

  private static boolean measureAfter(List<Token> ts, int i) {
    int k = i + 1;
    while (k < ts.size() && multiplierAt(ts, k) != null) k++; // "Mexico 8,6 triệu USD"
    if (k >= ts.size()) return false;
    String w = ts.get(k).lower();
    if (w.equals("%")) return true;
    if (w.indexOf('/') > 0) return slashUnit(w) != null;
    String u = Tokens.matchForward(ts, k, UNIT_LEX);
    return u != null && MEASURES.contains(UNITS.get(u));
  }

  /** First syllables of what is dispatched: "điều 18 xe", "điều 200 cán bộ" (a verb, not "Điều 5" of a law). */
  private static final Set<String> DISPATCHED = WordSet.of("xe", "tàu", "máy", "chiếc", "người", "cán", "chiến", "quân",
      "binh", "lực", "đội", "tổ", "trực", "thuyền", "ca", "y", "bác", "nhân", "chuyên", "cảnh", "công");

  private static boolean dispatchedAfter(String text, List<Token> ts, int i) {
    if (i + 1 >= ts.size() || Character.isUpperCase(text.charAt(ts.get(i - 1).start()))) return false;
    Token n = ts.get(i + 1);
    return n.kind() == Kind.WORD && DISPATCHED.contains(n.lower());
  }

  /** Last syllables of vehicle words before a seat count ("xe 7 chỗ", "xe khách 45 chỗ", "máy bay 6 chỗ"). */
  static final Set<String> VEHICLE_ENDS = WordSet.of("xe", "tô", "ôtô", "buýt", "khách", "taxi", "bay", "loại", "dòng",
      "limousine");

  /** Times are sorted by start in the analyser's output; a forward cursor keeps the pass linear. */
  private static boolean sentenceInitial(String text, int pos) {
    int k = pos - 1;
    while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) k--;
    return k < 0 || ".!?:\n\"“”'‘(–-—…".indexOf(text.charAt(k)) >= 0;
  }

  private static boolean overlapsTime(List<TimeExpression> times, int[] cursor, int s, int e) {
    int c = cursor[0];
    while (c < times.size() && times.get(c).end() <= s && (c == 0 || times.get(c - 1).start() <= times.get(c).start())) c++;
    cursor[0] = c;
    for (int k = c; k < times.size(); k++) {
      TimeExpression te = times.get(k);
      if (te.start() >= e) break;
      if (te.start() < e && s < te.end()) return true;
    }
    return false;
  }

  /**
   * Digits with an optional hyphen range ("8-10", "200-220": the lower bound; a day-month or
   * year span is refused), with {@code scaled} a lone '.' before a scale word is a decimal point.
   */
  static Double parseAmount(String s, boolean scaled) {
    return parseAmount(s, scaled, false);
  }

  /**
   * "10-15.000 đồng", "từ 400 đến 600.000 đồng": the lower end {@code a} leaves out the thousands
   * that the upper end {@code b} writes; returns the lower value with them, else {@code lo} unchanged.
   */
  static double shorthandLower(String a, String b, double lo) {
    int dot = b.indexOf('.');
    if (dot <= 0 || a.indexOf('.') >= 0 || a.indexOf(',') >= 0 || b.indexOf(',') >= 0 || a.length() > dot) return lo;
    Double first = parseNumber(b.substring(0, dot));
    if (first == null || lo >= first) return lo;
    for (int g = dot; g >= 0; g = b.indexOf('.', g + 1)) lo *= 1000;
    return lo;
  }

  /** As {@link #parseAmount(String, boolean)}; {@code amountAfter}: a unit or noun follows, so "3-5" is no day-month. */
  static Double parseAmount(String s, boolean scaled, boolean amountAfter) {
    int dash = s.indexOf('-');
    if (dash >= 0) {
      if (dash == 0 || s.indexOf('-', dash + 1) >= 0) return null;
      Double lo = parseAmount(s.substring(0, dash), scaled), hi = parseAmount(s.substring(dash + 1), scaled);
      if (lo == null || hi == null) return null;
      String a = s.substring(0, dash), b = s.substring(dash + 1);
      if (!scaled) lo = shorthandLower(a, b, lo);
      if (hi <= lo) return null;
      if (b.length() == 4 && hi >= 1000 && hi <= 2100) return null; // "10-2023", "2007-2009"
      if (!scaled && !amountAfter && a.length() <= 2 && b.length() <= 2 && hi <= 12) return null; // "3-5": day-month
      return lo;
    }
    if (scaled && s.indexOf(',') < 0 && s.indexOf('.') > 0 && s.indexOf('.') == s.lastIndexOf('.')
        && s.length() - s.indexOf('.') - 1 != 3) {
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return parseNumber(s);
  }

  /**
   * Parses Vietnamese digit writing: "2.500" = 2500, "1,5" = 1.5, "2.500,75"; null for dates and
   * ids ("8.2", "20/11", "10-2023") and malformed groupings.
   */
  static Double parseNumber(String s) {
    if (s.indexOf('/') >= 0 || s.indexOf('-') >= 0) return null;
    int comma = s.indexOf(',');
    // round 9: "10,000 học sinh", "1,000,000 USD": an English thousands comma. Vietnamese writes a
    // decimal comma, but never three zero decimals, nor two commas
    if (comma > 0 && comma <= 3 && s.indexOf('.') < 0 && englishThousands(s, comma)) {
      try {
        return Double.parseDouble(s.replace(",", ""));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (comma >= 0 && s.indexOf(',', comma + 1) >= 0) return null;
    String intPart = comma >= 0 ? s.substring(0, comma) : s;
    String frac = comma >= 0 ? s.substring(comma + 1) : "";
    if (frac.indexOf('.') >= 0) return null;
    String digits;
    int dot = intPart.indexOf('.');
    if (dot < 0) {
      digits = intPart;
    } else {
      String[] groups = intPart.split("\\.", -1);
      boolean thousands = groups[0].length() >= 1 && groups[0].length() <= 3;
      for (int g = 1; g < groups.length && thousands; g++) thousands = groups[g].length() == 3;
      if (thousands) {
        digits = intPart.replace(".", "");
      } else if (groups.length == 2 && comma < 0) {
        // "8.2" / "24.12": day.month in Vietnamese news; anything else is a decimal point
        if (isDayMonth(groups[0], groups[1])) return null;
        digits = groups[0];
        frac = groups[1];
      } else {
        return null;
      }
    }
    if (digits.isEmpty()) return null;
    try {
      return Double.parseDouble(frac.isEmpty() ? digits : digits + "." + frac);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Groups of three digits after every comma, and either two commas or a single ",000". */
  private static boolean englishThousands(String s, int comma) {
    int groups = 0;
    for (int c = comma; c >= 0; c = s.indexOf(',', c + 1)) {
      int e = s.indexOf(',', c + 1);
      if ((e < 0 ? s.length() : e) - c - 1 != 3) return false;
      groups++;
    }
    return groups > 1 || s.endsWith(",000");
  }

  private static boolean isDayMonth(String a, String b) {
    if (a.length() > 2 || b.length() > 2) return false;
    int d = Integer.parseInt(a);
    int m = Integer.parseInt(b);
    return d >= 1 && d <= 31 && m >= 1 && m <= 12;
  }
}
