package dev.storyline.analysis.entity;

import dev.storyline.analysis.WordSet;
import dev.storyline.analysis.entity.Lexicon.Entry;
import dev.storyline.analysis.entity.Lexicon.Kind;
import dev.storyline.analysis.LowerWords;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds people, organisations, places and other named things in one article without a trained model:
 * a token scanner, capitalisation, cue words before a name ("ông", "Thủ tướng", "tỉnh", "căn cứ"),
 * head words of Vietnamese organisation names ("Bộ", "Ủy ban") and gazetteers. One left-to-right pass;
 * mentions come out sorted and never overlap. Thread-safe: all state is local to a call.
 */
public final class EntityRecognizer {
  private static final Lexicon LEX = Lexicon.INSTANCE;

  /** Lower-case particles inside foreign names: "bin Salman", "van der Leyen". */
  private static final Set<String> NAME_PARTICLES =
      WordSet.of("al", "el", "bin", "ibn", "de", "van", "von", "der", "den", "da", "di", "du", "dos", "das", "del", "ter");
  /** Lower-case words that may sit between a title and its name: "Đại sứ Mỹ tại Iraq Alina Romanowski". */
  private static final Set<String> TITLE_CONNECTORS = WordSet.of("tại", "ở", "của", "nước");
  /** Last words that make an unknown capitalised run an organisation. */
  private static final Set<String> ORG_SUFFIXES = WordSet.of("group", "inc", "corp", "corporation", "company", "university",
      "credit", "telecom", "sport", "sports",
      "bank", "agency", "council", "party", "army", "front", "brigade", "brigades", "organization", "organisation",
      "institute", "times", "post", "news", "airlines", "airways", "land", "petro", "hezbollah", "foundation", "ministry", "forces",
      "motor", "motors", "electronics", "holdings", "industries", "fc", "club", "shipping", "logistics", "lines",
      "marine", "energy", "capital", "partners", "ltd", "llc", "plc", "gmbh", "solutions", "technologies",
      "technology", "systems", "media", "entertainment", "studios", "pharma", "engineering", "airline", "investment",
      "investments", "securities", "insurance", "reinsurance", "alliance", "association", "federation", "union",
      "coffee", "foods", "retail", "realty", "properties", "consulting", "labs", "ventures", "trading", "management",
      "co", "co.", "jsc", "ltd.", "inc.", "corp.", "committee", "commission", "fund", "school", "college", "hospital",
      "utd", "spa", "salon", "studio", "clinic", "karaoke", "restaurant", "cafe", "café", "shop", "store", "boutique",
      // Round 19 audit: publishers, labels, academies and clubs typed people ("X Books", "X Records", "Boca Juniors").
      "books", "records", "academy", "juniors",
      // Round 20 audit: an outlet's online edition ("Tuổi Trẻ Online") and a research body's last word, which came out
      // as people after the known name before them.
      "online", "observatory",
      // Round 26: a forecaster's and a robot maker's last word ("X Economics" typed a person or a place, "X Robotics").
      "economics", "robotics",
      // Round 27 audit: an air charter's, an adviser's, a research firm's and a cosmetics brand's last word.
      "aviation", "service", "services", "research", "advisors", "analytics", "cosmetics",
      // Round 29 audit: a holding's and a cab firm's last word ("X Holding", "X Cabs") typed a person.
      "holding", "cabs");
  /** Administrative levels that join an organisation head to the place it serves: "UBND xã X", "Sở Y tế tỉnh Y". */
  /** Levels whose places are not named after people, so a full name after them is an official's ("tỉnh Lê Văn A"). */
  private static final Set<String> PEOPLE_LEVELS = WordSet.of("tỉnh", "huyện", "xã");
  private static final Set<String> ADMIN_LEVELS = WordSet.of("tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "xã",
      "phường", "thị xã", "thị trấn", "thôn");
  /** Acronyms of Vietnamese local bodies that take the place they serve: "UBND Hà Nội", "CDC Hà Nam". */
  /** Bodies of a locality, named by the level alone when the place is clear ("Công an tỉnh", "UBND huyện"). */
  private static final Set<String> LOCAL_HEADS = WordSet.of("công an", "ủy ban nhân dân", "uỷ ban nhân dân",
      "hội đồng nhân dân", "ubnd", "hđnd", "viện kiểm sát nhân dân", "tòa án nhân dân", "toà án nhân dân", "tand",
      "vksnd");
  /** Where a report's figures or words come from: a foreign name after these is a source, not a person. */
  private static final Set<String> SOURCE_CUES = WordSet.of("số liệu của", "dữ liệu của", "thống kê của",
      "trang tin", "trang web", "website", "tạp chí");
  /** Words before a name that speak of a company's shares, products or results ("cổ phiếu của Theranos"). */
  private static final Set<String> COMPANY_CONTEXT = WordSet.of("cổ phiếu của", "cổ phần tại", "sản phẩm của",
      "doanh thu của", "lợi nhuận của", "thị phần của", "nhà sáng lập của", "người sáng lập của",
      "giám đốc điều hành của", "cổ đông của", "công ty con của", "chủ sở hữu của");
  /** Last words of news outlets' names ("Android Authority", "Business Insider", "Saigon Times"). */
  private static final Set<String> OUTLET_WORDS = WordSet.of("authority", "insider", "times", "post", "news", "today",
      "daily", "journal", "magazine", "herald", "tribune", "telegraph", "guardian", "observer", "gazette", "monitor",
      "weekly", "chronicle", "reporter", "express", "mail", "wire", "digest", "review");
  private static final Set<String> LOCAL_BODIES = WordSet.of("ubnd", "hđnd", "cdc", "mttq", "ca", "bch", "bchqs");
  /** Heads of bodies that sit abroad or in a region, whose "tại <place>" is part of the name. */
  private static final Set<String> MISSIONS = WordSet.of("đại sứ quán", "lãnh sự quán", "tổng lãnh sự quán", "bộ chỉ huy",
      "bộ tư lệnh", "văn phòng", "phái đoàn", "cơ quan", "đại diện", "hội đồng");
  /** Platforms that Vietnamese news often writes in lower case ("đăng trên facebook"); still names. */
  private static final Set<String> LOWER_CASE_PLATFORMS = WordSet.of("facebook", "youtube", "twitter", "instagram",
      "tiktok", "zalo", "telegram", "whatsapp", "google", "shopee", "lazada", "tiki", "grab", "netflix");
  /** Prepositions of place before a name: "tại Manesar", "về Liêm Tuyền". */
  private static final Set<String> AT_PLACE = WordSet.of("tại", "ở");
  private static final Set<String> TO_FROM_PLACE = WordSet.of("tại", "ở", "về", "đến", "tới", "từ", "khỏi");
  /** Words before a quoted title that make it a work or event (MISC): ca khúc "…", huy chương "…". */
  private static final Set<String> WORK_CUES = WordSet.of("ca khúc", "bài hát", "mv", "music video", "phim", "bộ phim",
      "album", "chương trình", "huy chương", "danh hiệu", "cuốn sách", "sách", "tác phẩm", "vở kịch", "tiểu thuyết",
      "single", "tựa game", "trò chơi", "giải thưởng", "cuộc thi", "show", "đêm nhạc", "đêm diễn", "đêm mở màn",
      "ấn phẩm", "bản nhạc", "bài thơ", "truyện", "gameshow", "liveshow", "trailer");
  /** Last words that make an unknown capitalised run a place or facility. */
  private static final Set<String> PLACE_SUFFIXES = WordSet.of("hall", "center", "centre", "airport", "stadium", "street",
      "square", "bridge", "palace", "tower", "city", "province", "island", "islands", "valley", "base", "camp", "park",
      "plaza", "hotel", "resort", "mall", "village", "bay", "beach", "port", "station", "lake", "river", "road",
      "avenue", "boulevard", "district", "county", "harbour", "harbor", "garden", "gardens", "residence", "towers",
      // Round 19: resorts named by their kind of lodging ("X Villas", "X Condotel"), like "X Resort".
      "villas", "condotel");
  /** Last English words that make an unknown capitalised run a vessel or other named thing: "Minh Hải Star". */
  private static final Set<String> MISC_SUFFIXES = WordSet.of("star", "express", "queen", "princess", "glory", "spirit",
      "explorer", "voyager", "navigator", "carrier", "report", "rankings", "ranking", "index", "award", "awards",
      "prize", "cup", "festival", "series", "edition", "pro", "max", "plus", "ultra", "keyboard", "inverter",
      "box", "show", "tour", "games", "championship", "league", "summit", "forum", "expo", "conference", "week",
      "marathon", "open", "masters", "rally");
  /** Words before a name that make it a vessel (MISC): "tàu Minh Hải Star", "tàu chở hàng …", "con tàu …". */
  private static final Set<String> SHIP_CUES = WordSet.of("tàu", "tàu chở hàng", "tàu hàng", "con tàu", "tàu cá",
      "tàu chở dầu", "tàu container", "du thuyền", "tàu du lịch", "tàu khu trục", "tàu sân bay", "tàu ngầm",
      "tàu hộ vệ", "tàu vũ trụ", "chiến hạm", "tàu chiến", "tàu kéo", "sà lan", "tàu hỏa", "chuyến tàu");
  /** Heads of bodies often named after a person ("Trường THPT Phan Bội Châu"), where a full name belongs to the body. */
  private static final Set<String> NAMESAKE_HEADS = WordSet.of("trường", "học viện", "đại học", "trường đại học",
      "bệnh viện", "nhà văn hóa", "nhà văn hoá", "quỹ", "giải");
  /** First syllables of Central Highlands place names ("Đắk Lắk", "Krông Bông", "Chư Sê"). */
  private static final Set<String> PLACE_PREFIXES = WordSet.of("đắk", "đăk", "đắc", "krông", "ea", "buôn", "cư", "ia",
      "kon", "chư", "đak");
  /** Units written as acronyms after a number ("300 MW", "128 GB"): measures, not organisations. */
  private static final Set<String> UNIT_ACRONYMS = WordSet.of("mw", "gw", "kw", "kwh", "mwh", "gwh", "gb", "tb", "mb",
      "kb", "hp", "cc", "mp", "ghz", "mhz", "ppm", "teu", "dwt", "cbm",
      // Round 11: horsepower ("1.150 CV"), kilovolts, BTU, era marks ("năm 300 TCN"), GMT, currencies ("112 triệu NDT").
      "cv", "kv", "btu", "tcn", "scn", "gmt", "ndt", "isk", "nok", "sek", "dkk");
  /**
   * Words before a code that names nothing ("mã QR", "mã OTP"). Stop 21: a stock ticker after "cổ phiếu", "mã cổ
   * phiếu", "mã chứng khoán" or "mã CK" is the company (the round-18 guideline, as the linking gold has it), so those
   * cues no longer hide it; after a bare "mã" the code may be anything, and stays unnamed.
   */
  private static final Set<String> TICKER_CUES = WordSet.of("mã");

  /** Capitalised words after a place or an acronym that make the whole a club or a firm: "Sài Gòn FC", "T&T Group". */
  private static final Set<String> CLUB_FIRM_SUFFIXES = WordSet.of("fc", "united", "group", "corp", "corporation", "ag",
      "holdings", "jsc", "inc", "ltd", "bank", "airlines", "airways", "telecom", "motors", "motor", "media");
  /** Heads of facility names that are places, not bodies: "Công viên Thống nhất", "Khu du lịch Tràng An". */
  private static final Set<String> PLACE_HEADS = WordSet.of("công viên", "khu du lịch");
  /** One-syllable countries that are also common Vietnamese given names. */
  private static final Set<String> GIVEN_NAME_COUNTRIES = WordSet.of("anh", "đức", "nga", "mỹ");
  /** Kinship pronouns before a given name: "anh Đức", "chị Mỹ", "bà Anh" name people, never the countries. */
  private static final Set<String> KIN_CUES = WordSet.of("anh", "chị", "em", "ông", "bà", "cô", "chú", "bác", "cháu", "bầu",
      "bé", "cụ", "bạn", "cậu", "thím", "dì", "mợ", "dượng");
  /** Lower-case words before a name that make it a product, show, prize or edition (MISC): "phiên bản Pro". */
  private static final Set<String> MISC_CUES = WordSet.of("phiên bản", "chương trình", "giải", "giải đấu", "gameshow",
      "show", "ứng dụng", "hệ điều hành", "dòng sản phẩm", "tính năng", "trò chơi", "tựa game",
      "tên lửa", "hệ thống tên lửa", "tiêm kích", "máy bay", "trực thăng", "xe tăng", "mẫu xe", "mẫu điện thoại",
      "phim", "bộ phim", "series", "loạt phim", "album", "ca khúc", "bài hát", "cuốn sách", "tác phẩm", "tiểu thuyết",
      "vở kịch", "giải thưởng", "danh hiệu", "huy chương");
  /** Vehicle words before a foreign model name ("chiếc xe Fortuner", "xe Camry"); a Vietnamese name there is a firm. */
  private static final Set<String> VEHICLE_CUES = WordSet.of("xe", "chiếc xe", "xe ô tô", "ô tô", "chiếc ô tô", "dòng xe",
      "xe xe", "mẫu ô tô", "ôtô", "chiếc ôtô", "xe ôtô");
  /** Words before "số <n> <street>" that make it an address. */
  private static final Set<String> ADDRESS_WORDS = WordSet.of("tại", "ở", "nhà", "địa chỉ", "trụ sở", "căn nhà", "cửa hàng",
      "khách sạn", "chung cư", "đường", "phố", "tòa nhà", "văn phòng", "quán");
  /** Last words of football clubs' names ("Leicester City", "Newcastle United"): a name after them is a player. */
  private static final Set<String> CLUB_ENDINGS = WordSet.of("city", "united", "fc");
  /** Words that make "giải" part of a verb or noun ("phân giải", "hòa giải"), not the prize cue. */
  private static final Set<String> GIAI_COMPOUNDS = WordSet.of("phân", "hòa", "hoà", "lý", "tháo", "độ", "giảng", "biện",
      "lời", "tan", "hóa", "hoá", "trúng");
  /** Acronyms that close product names: "Face ID", "Apple TV", "Galaxy SE"; not "Full HD" (a resolution). */
  private static final Set<String> PRODUCT_ACRONYMS = WordSet.of("id", "tv", "os", "se", "xr", "xs", "gt", "rs", "fe");
  /** Words that make "cầu" part of another word ("yêu cầu", "nhu cầu", "bán cầu"), not a bridge. */
  private static final Set<String> CAU_COMPOUNDS = WordSet.of("yêu", "nhu", "toàn", "địa", "khẩn", "thỉnh", "mưu", "bán",
      "khất", "cung", "sân", "quả", "nhãn", "tiểu", "hồng", "bạch", "đá", "bóng", "lông", "mắt", "vẽ", "mong", "nguyện");
  /** School levels written as acronyms after "trường". */
  private static final Set<String> SCHOOL_LEVELS = WordSet.of("thcs", "thpt", "đh", "cđ", "th", "mn", "ptth", "ptcs",
      "ptdtnt", "thpt chuyên", "tiểu học");
  /** English function words inside titles: "Dawn of Justice", "Days of Future Past". */
  private static final Set<String> TITLE_CONNECTORS_EN = WordSet.of("of", "the", "and", "in", "on", "at", "to", "for",
      "a", "an", "vs", "vs.", "with", "from", "by");
  /** Lower-case variant words that end a product name: "iPhone 12 mini", "iPhone 12 series". */
  /**
   * Makers whose name followed by a foreign word names a product, not the maker and a person: "Suzuki Ertiga",
   * "Ford Ranger", "Apple Watch", "Garmin Enduro" (the model needs no number). Keys.
   */
  private static final Set<String> PRODUCT_BRANDS = WordSet.of("honda", "toyota", "suzuki", "yamaha", "nissan", "mazda",
      "hyundai", "kia", "ford", "tesla", "bmw", "mercedes-benz", "mercedes", "volkswagen", "audi", "porsche", "ferrari",
      "vinfast", "samsung", "apple", "google", "sony", "lg", "nokia", "oppo", "xiaomi", "huawei", "vivo", "realme",
      "lenovo", "asus", "acer", "dell", "motorola", "oneplus", "canon", "nikon", "fujifilm", "leica", "mitsubishi",
      "subaru", "lexus", "volvo", "peugeot", "renault", "lamborghini", "rolls-royce", "bentley", "ducati", "piaggio",
      "vespa", "chevrolet", "isuzu", "kawasaki", "maserati", "bugatti", "cadillac", "infiniti", "acura", "skoda",
      "citroen", "opel", "boeing", "airbus", "garmin", "vsmart", "mediatek", "microsoft", "casio");
  /** Words after a maker that make a company or a unit of it, not a product: "LG Display", "FPT Software". */
  private static final Set<String> DIVISION_WORDS = WordSet.of("display", "consumer", "software", "electronics", "energy",
      "motor", "motors", "capital", "finance", "financial", "bank", "pictures", "entertainment", "music", "services",
      "solutions", "technology", "technologies", "research", "foundation", "labs", "enterprise", "mobile", "store",
      "life", "card", "insurance", "securities", "chemical", "heavy", "engineering", "construction");
  /** Vietnamese outlets whose names go on in lower case, read only after a capitalised "Báo" ("Báo Giao thông"). Keys. */
  private static final Set<String> VN_OUTLETS = WordSet.of("giao thông", "công lý", "người đưa tin", "pháp luật việt nam",
      "đời sống và pháp luật", "xây dựng", "kinh tế đô thị", "hà nội mới", "an ninh thủ đô", "nông thôn ngày nay",
      "đầu tư", "văn hóa", "phụ nữ việt nam", "tuổi trẻ thủ đô", "giáo dục và thời đại", "tài nguyên và môi trường",
      "công thương", "nông nghiệp việt nam", "đại đoàn kết", "quân đội nhân dân", "công an nhân dân", "sài gòn giải phóng",
      "pháp luật", "lao động", "tiền phong", "thanh niên", "tuổi trẻ", "nhân dân", "dân trí", "đất việt", "bóng đá",
      "thể thao và văn hóa", "sức khỏe và đời sống", "gia đình và xã hội", "người cao tuổi", "người lao động",
      "lao động và xã hội", "thanh tra", "biên phòng", "hải quan", "kiểm sát", "công an thành phố hồ chí minh",
      "gia đình việt nam");
  /** Words right before a capitalised "Báo" that make it the newspaper cue: "phóng viên", "PV", "nhà báo" is not. */
  private static final Set<String> REPORTER_WORDS = WordSet.of("viên", "pv", "của", "với", "trên", "theo", "như", "đạo",
      "tại");
  /** Sentence-initial words before a capitalised "Báo" that make it the newspaper cue: "Như Báo X đã đưa tin". */
  private static final Set<String> INITIAL_SOURCE_WORDS = WordSet.of("như", "theo");
  /** Words before "Cộng hòa" that make it the party or its side, not a republic. */
  private static final Set<String> PARTY_SIDE_WORDS = WordSet.of("đảng", "phe", "phía", "viên", "nghị");
  private static final Set<String> XOM_COMPOUNDS = WordSet.of("hàng", "làng", "chòm", "lối");
  /** Product lines named without their maker: "Galaxy Note20", "Redmi Note 10", "MacBook Air", "Pixel 5". Keys. */
  private static final Set<String> PRODUCT_LINES = WordSet.of("galaxy", "redmi", "xperia", "macbook", "playstation",
      "xbox", "thinkpad", "pixel");
  private static final Set<String> VARIANT_WORDS = WordSet.of("mini", "pro", "max", "plus", "ultra", "lite", "series",
      "air", "se", "fold", "flip");
  /** Heads of units named by a number: "Sư đoàn 470", "Trạm 18", "Quân khu 7", "Bệnh viện 108". */
  private static final Set<String> NUMBERED_HEADS = WordSet.of("sư đoàn", "lữ đoàn", "trung đoàn", "tiểu đoàn", "quân đoàn",
      "binh đoàn", "hạm đội", "hải đoàn", "trạm", "quân khu", "bệnh viện");
  /** Offices named after the post they serve: "Văn phòng Tổng thống", "Văn phòng Chủ tịch nước". */
  private static final Set<String> OFFICE_POSTS = WordSet.of("tổng thống", "thủ tướng", "chủ tịch nước", "chủ tịch",
      "quốc vương", "nhà vua", "nhà trắng");
  /** Compass words: "Tây Nam Pakistan", "Đông Bắc Syria" give a part of the place, not a name of their own. */
  private static final Set<String> COMPASS = WordSet.of("đông", "tây", "nam", "bắc");
  /** Round 23: listed name words that are also verbs right after a body's name ("Bộ GTVT chỉ đạo …"). */
  private static final Set<String> VERB_PAIRS = WordSet.of("chỉ đạo", "dự báo", "cảnh báo");
  /** Two-word school levels after a lower-case "trường": "trường Trung cấp CSND", "trường Cao đẳng Y tế". */
  private static final Set<String> SCHOOL_LEVELS_2 = WordSet.of("trung cấp", "cao đẳng", "đại học", "tiểu học", "mầm non",
      "trung học");
  /** Heads of ministries and departments whose names list fields: "Bộ Văn hóa, Thể thao và Du lịch". */
  private static final Set<String> LISTING_HEADS = WordSet.of("bộ", "sở", "ủy ban", "uỷ ban", "ban", "cục", "tổng cục",
      "vụ", "viện", "học viện", "trường", "trường đại học", "đại học", "khoa", "phòng", "trung tâm", "hội");

  public List<EntityMention> find(String text, List<Sentence> sentences) {
    return find(text, sentences, false);
  }

  /** The mentions, and the words the recogniser cut, for the quantity/quote tokenizer over the same text. */
  public record Recognized(List<EntityMention> mentions, LowerWords words) {}

  /** As {@link #find(String, List)}, also handing on the words it cut (see {@link LowerWords}). */
  public Recognized recognize(String text, List<Sentence> sentences) {
    TokenWords words = new TokenWords(text.length() / 5 + 8);
    List<Token> ts = Tokenizer.tokens(text, sentences, words);
    return new Recognized(findIn(text, ts, false), words);
  }

  /**
   * The lower-case words of a token list: a token whose key is its own surface (the same string: nothing was
   * lower-cased or re-accented) is its lower-cased form. A cursor follows increasing look-ups; others search.
   */
  static final class TokenWords implements LowerWords {
    // Plain arrays filled by the tokenizer as it cuts each word (no second walk over the tokens): a look-up later
    // reads ints, not Token objects scattered behind the recogniser's own allocations. Words only: a punctuation
    // token never starts where a word of the other tokenizer does.
    private int[] starts;
    private int[] ends;
    private String[] lowers;
    private boolean[] plain;
    private int size;
    private int k;

    TokenWords(int capacity) {
      starts = new int[capacity];
      ends = new int[capacity];
      lowers = new String[capacity];
      plain = new boolean[capacity];
    }

    /**
     * The word text[start, end) as the tokenizer cut it, with its key; plainWord when every character of it is a
     * letter or a digit ({@link dev.storyline.analysis.Letters}).
     */
    void add(int start, int end, String text, String key, boolean plainWord) {
      if (size == starts.length) {
        int c = size * 2 + 8;
        starts = java.util.Arrays.copyOf(starts, c);
        ends = java.util.Arrays.copyOf(ends, c);
        lowers = java.util.Arrays.copyOf(lowers, c);
        plain = java.util.Arrays.copyOf(plain, c);
      }
      starts[size] = start;
      ends[size] = end;
      lowers[size] = key == text ? text : lowerKey(text, key);
      plain[size] = plainWord;
      size++;
    }

    /** The key when it is exactly the surface lower-cased (not re-accented, "Hoà" → "hòa"), else null. */
    private static String lowerKey(String text, String key) {
      if (key.length() != text.length()) return null;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        // String.toLowerCase treats these two by context or expands them; a char-by-char test cannot vouch for them
        if (c == '\u0130' || c == '\u03a3' || Character.toLowerCase(c) != key.charAt(i)) return null;
      }
      return key;
    }

    @Override
    public String at(int start, int end) {
      int i = seek(start);
      return i < size && starts[i] == start && ends[i] == end ? lowers[i] : null;
    }

    @Override
    public int plainEnd(int start) {
      int i = seek(start);
      return i < size && starts[i] == start && plain[i] ? ends[i] : -1;
    }

    /** The first word starting at or after start, by the cursor when look-ups go forward, else by a search. */
    private int seek(int start) {
      if (k > 0 && (k >= size || starts[k - 1] >= start)) k = firstAtOrAfter(start);
      while (k < size && starts[k] < start) k++;
      return k;
    }

    private int firstAtOrAfter(int start) {
      int lo = 0, hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < start) lo = mid + 1; else hi = mid;
      }
      return lo;
    }
  }

  /**
   * As {@link #find(String, List)}; with trustInitialCaps a lone capitalised word at the start counts as a
   * name, which suits a short phrase known to name someone (a quote's speaker "Romanowski").
   */
  List<EntityMention> find(String text, List<Sentence> sentences, boolean trustInitialCaps) {
    return findIn(text, Tokenizer.tokens(text, sentences), trustInitialCaps);
  }

  private List<EntityMention> findIn(String text, List<Token> ts, boolean trustInitialCaps) {
    // A word capitalised in mid-sentence somewhere in the article is a name there, so it is probably one
    // at the start of a sentence as well; a lone sentence-initial capital proves nothing by itself.
    Set<String> capsElsewhere = new HashSet<>();
    for (Token t : ts) if (t.capitalised() && (trustInitialCaps || !t.initial())) capsElsewhere.add(t.key());
    Scan scan = new Scan(text, ts, capsElsewhere);
    List<EntityMention> found = places(text, firmsByApposition(text, teams(text, scan.run(), scan.weak), scan.weak), scan.weak);
    // A speaker phrase is known to name someone ("Romanowski"): no evidence is asked of it.
    if (!trustInitialCaps) found = unevidencedForeignWords(text, found, scan.weak);
    // The passes after the scan, in order (each returns its input when it changes nothing).
    found = harmonise(text, found, scan.weak);
    found = titledNames(text, found);
    found = wards(text, found);
    found = parties(text, found);
    found = continents(text, found);
    found = nationalTails(text, found);
    found = compoundTails(text, found);
    found = acronymBodies(text, found);
    found = boardsAndBranches(text, found);
    found = firmPlaces(text, found);
    found = numberedStreets(text, found);
    found = levelTails(text, found);
    found = placeLists(text, found);
    found = capitalisedCompounds(text, found);
    found = surnameHeads(text, found);
    found = forces(text, found);
    found = gluedSources(text, found);
    found = clubCities(text, found);
    found = sourceLines(text, found);
    found = shoutedHeadings(text, found);
    found = initialDots(text, found);
    found = eventEnds(text, found);
    found = initialWords(text, found);
    found = codedNames(text, found);
    found = photoCredits(text, found);
    found = gluedBodyWords(text, found);
    found = firmTails(text, found);
    found = bodyPlaceTails(text, found);
    found = classifiedThings(text, found);
    found = honorifics(text, found);
    found = ideaWords(text, found);
    found = bracketPlaces(text, found);
    found = surnameRests(text, found);
    found = gluedBylines(text, found);
    found = routeChains(text, found);
    found = provinceTowns(text, found);
    found = agencyAndSchoolTails(text, found);
    found = givenNameHeads(text, found);
    found = ofNames(text, found);
    found = bodyPersons(text, found);
    found = workLists(text, found);
    found = acronymEditions(text, found);
    found = speciesInitials(text, found);
    found = gluedTails(text, found);
    found = firmKinds(text, found);
    found = stateHeads(text, found);
    found = addressPlaces(text, found);
    found = headedPlaces(text, found);
    found = productCues(text, found);
    found = hoChiMinhCity(text, found);
    found = levelAbbreviations(text, found);
    found = joinedBodies(text, found);
    found = splitOutlets(text, found);
    found = firmShortNames(text, found);
    found = spacedHyphenNames(text, found);
    found = modelDesignations(text, found);
    found = premisesCues(text, found);
    found = genericAndProductBodies(text, found);
    found = majorityBodies(found);
    return dropUnsupportedLoneWords(text, found);
  }

  /**
   * Round 24: "F-15E Strike Eagle", "RS-24 Yars", "RQ -4 Global Hawk", "E -2 C Hawkeye": a name typed a person right after
   * a model designation (capital letters, a hyphen, a number and maybe a capital: "F-15E", "B-2A") is the model's name,
   * MISC as aircraft and missile models are (guidelines). Trigger: a digit, or a digit then a capital, before the space.
   */
  static List<EntityMention> modelDesignations(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      int s = m.start();
      if (m.type() == EntityType.PERSON && s > 3 && text.charAt(s - 1) == ' ' && (Character.isDigit(text.charAt(s - 2))
          || text.charAt(s - 2) >= 'A' && text.charAt(s - 2) <= 'Z' && Character.isDigit(text.charAt(s - 3)))
          && designationBefore(text, s - 1)) fixed = m.withType(EntityType.MISC);
      else if (m.type() == EntityType.PERSON && s > 3 && text.charAt(s - 1) == ' ' && text.charAt(s - 2) >= 'A'
          && text.charAt(s - 2) <= 'Z' && digitCodeBefore(text, s - 1)) {
        // Round 32: "3D Wallpapers", "4K Image", "iPhone 12S Mini", "Mi 10T Pro": after a code of digits and capitals
        // the name is an app's, a label's or a model's tail, never a person.
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        continue;
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Round 32: whether a word of digits then one to three capitals ("3D", "4K", "12S") ends right before e. */
  static boolean digitCodeBefore(String text, int e) {
    int c = e;
    while (c > 0 && e - c < 3 && text.charAt(c - 1) >= 'A' && text.charAt(c - 1) <= 'Z') c--;
    int d = c;
    while (d > 0 && Character.isDigit(text.charAt(d - 1))) d--;
    return c < e && d < c && (d == 0 || !Tokenizer.isWordChar(text.charAt(d - 1)));
  }

  /**
   * Round 25: lower-case words for business premises right before a name, with a space before and after each; the
   * first three name a chain when a plural word or a number stands before them ("300 cửa hàng X", "chuỗi siêu thị X").
   */
  private static final List<String> PREMISES_CUES = List.of(" cửa hàng ", " siêu thị ", " siêu thị điện máy ", " cơ sở ",
      " nhà nghỉ ", " quán ", " nhà máy ", " cây xăng ", " trang trại ");
  /**
   * Round 26: lower-case words for a place right before a name, with a space before and after each: an area ("khu"), a
   * stream, a forest, a palace, a mine, a cave, a battlefield or a building site ("chiến trường", "công trường"), a
   * tower (round 13), a hill, a border crossing, a makeshift bridge.
   */
  private static final List<String> PLACE_CUES = List.of(" khu ", " suối ", " rừng ", " dinh ", " mỏ ", " hang ",
      " chiến trường ", " công trường ", " tháp ", " đồi ", " biên giới ", " cầu tạm ",
      // Round 29: a country's nickname after "xứ sở" (round 23 guideline: "xứ sở Bạch Dương" gives the name, a LOCATION)
      " xứ sở ",
      // Round 36: a palace and a theatre ("cung điện Kensington", "nhà hát Globe"), like "dinh"
      " cung điện ", " nhà hát ");
  /**
   * The last word of every lower-case cue {@link #premisesCues} looks for before a person ("máy" of "nhà máy", "trấn" of
   * "thị trấn"): one set look-up turns away the common case, a person after "ông" or "cho biết", before some thirty
   * startsWith.
   */
  private static final Set<String> CUE_LAST_WORDS = cueLastWords();

  private static Set<String> cueLastWords() {
    List<String> cues = new ArrayList<>(PREMISES_CUES);
    cues.addAll(PLACE_CUES);
    cues.addAll(List.of(" trường ", " xã ", " phường ", " thị trấn ", " dự án "));
    Set<String> last = new java.util.HashSet<>();
    for (String c : cues) {
      String t = c.strip();
      last.add(t.substring(t.lastIndexOf(' ') + 1));
    }
    return WordSet.copyOf(last);
  }

  /** Whether the word right before p (one space back) can end a cue of {@link #premisesCues}. */
  private static boolean cueWordBefore(String text, int p) {
    int w = wordStartBefore(text, p);
    return w >= 0 && CUE_LAST_WORDS.contains(text.substring(w, p - 1));
  }
  /**
   * Round 26: last words of a school's, a hospital's or a firm's head before the person it is named after ("THPT",
   * "Đại học", "chuyên", "Bệnh viện", "Công ty TNHH").
   */
  private static final Set<String> SCHOOL_TAILS = WordSet.of("học", "thpt", "thcs", "đh", "cđ", "chuyên", "trường", "ptth",
      "tiểu", "nhi", "viện", "tnhh", "cp", "mtv", "ty");
  /** Round 26: capitalised titles right before a place name that make it a person ("GS Đức", "Ông Vinh" at a start). */
  private static final Set<String> TITLES_BEFORE_PLACES = WordSet.of("GS", "BS", "PGS", "TS", "ThS", "Ông", "Bà", "Anh",
      "Chị", "Cô", "Chú", "Bác", "Cụ", "Thầy");
  /** Round 25: words before "cửa hàng"/"siêu thị" that make the name after them a chain's ("các", "chuỗi", "hệ thống"). */
  private static final Set<String> CHAIN_WORDS = WordSet.of("các", "những", "chuỗi", "thống", "nhiều", "mấy", "vài");
  /** Round 25: words right before a lower-case "trường" that make it a school ("học sinh trường X", "tại trường X"). */
  private static final Set<String> SCHOOL_LEADS = WordSet.of("nhà", "sinh", "tại", "ở", "của", "các", "ngôi", "vào",
      "học", "viên", "trưởng", "thầy", "cô", "em", "giáo", "cựu", "với", "và", "từ", "cho", "thuộc");

  /**
   * Round 25: "cơ sở Minh Tú", "nhà nghỉ Hoa Hồng", "quán Năm Tài", "cửa hàng Ngọc Lan": a name typed a person right
   * after a lower-case word for business premises is the premises, a LOCATION without the cue (the guidelines' round 14
   * convention for shops); after plural "cửa hàng" or "siêu thị" ("300 cửa hàng Blue Mart") it is the chain, an
   * ORGANIZATION (round 23). A full Vietnamese name stays a person (the owner: "chủ quán Lê Thị Hà"). And "học sinh
   * trường Lê Văn Tám": a name typed a person after a lower-case "trường" that follows a word making it a school (not
   * "môi trường", "thị trường", "chiến trường") is the school, an ORGANIZATION with its cue, as the gold keeps
   * "trường THCS X". And "công ty G.", "nhóm F.O.E": a person named by initials right after a lower-case cue of a body is
   * that body (ORGANIZATION). And "đại diện UBND xã Lê Văn Tám": a full name right after "UBND xã" (or "phường", "thị
   * trấn") that the scanner left apart from a bare "UBND" (after a title it keeps "UBND xã" whole and the official apart)
   * is the commune, one ORGANIZATION with it (the gold's "UBND xã X"). Trigger: a space and a lower-case letter
   * before the name, then a few startsWith; the full-name test only where a cue matched.
   */
  static List<EntityMention> premisesCues(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    int commune, body;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      int p = m.start();
      if (m.type() == EntityType.PERSON && p > 5 && text.charAt(p - 1) == ' ' && Character.isLowerCase(text.charAt(p - 2))) {
        if (m.text().equals("Việt") && nationalityLead(text, p)) {
          if (out == null) out = new ArrayList<>(ms.subList(0, k)); // round 26: "người Việt", "doanh nghiệp Việt"
          continue;
        }
        if (dottedInitials(m.text())) {
          if (orgCueBefore(text, p)) fixed = m.withType(EntityType.ORGANIZATION);
        } else if (!cueWordBefore(text, p)) {
          fixed = null; // no place, premises, commune, school or project cue ends right before the name
        } else if (text.startsWith(" trường ", p - 8)) {
          int w = wordStartBefore(text, p - 7);
          if (w >= 0 && SCHOOL_LEADS.contains(text.substring(w, p - 8).toLowerCase(java.util.Locale.ROOT)))
            fixed = new EntityMention(p - 7, m.end(), text.substring(p - 7, m.end()), EntityType.ORGANIZATION, null);
          else fixed = placeOrProjectCue(text, m); // round 26: "chiến trường X", "công trường X"
        } else if ((commune = communeCueStart(text, p)) > 0) {
          EntityMention prev = k == 0 ? null : out == null ? ms.get(k - 1) : out.get(out.size() - 1);
          if (prev != null && prev.end() == commune && prev.type() == EntityType.ORGANIZATION
              && prev.text().equals("UBND") && fullVietnameseName(m.text())) {
            if (out == null) out = new ArrayList<>(ms.subList(0, k));
            out.remove(out.size() - 1);
            fixed = new EntityMention(prev.start(), m.end(), text.substring(prev.start(), m.end()), EntityType.ORGANIZATION,
                prev.entity());
          }
        } else {
          boolean cued = false;
          for (int c = 0; c < PREMISES_CUES.size(); c++) {
            String cue = PREMISES_CUES.get(c);
            int a = p - cue.length();
            if (a >= 0 && text.startsWith(cue, a)) {
              if (!fullVietnameseName(m.text()))
                fixed = m.withType(c < 3 && chainBefore(text, a) ? EntityType.ORGANIZATION : EntityType.LOCATION);
              cued = true;
              break;
            }
          }
          if (!cued) fixed = placeOrProjectCue(text, m);
        }
      } else if (m.type() != EntityType.PERSON && m.type() != EntityType.MISC && shipPrefix(m.text())) {
        fixed = m.withType(EntityType.MISC); // round 26: "USS Michigan", "HMS Kenya": warships are MISC (round 19)
      } else if (m.type() == EntityType.LOCATION && (body = capitalisedLevel(m.text())) > 0) {
        // Round 26: "Phường Xuân Tảo, Quận Bắc Từ Liêm": a capitalised level in an address is no part of the name.
        fixed = new EntityMention(p + body, m.end(), m.text().substring(body), EntityType.LOCATION, m.entity());
      } else if (m.type() == EntityType.LOCATION && p > 2 && text.charAt(p - 1) == ' ') {
        fixed = titledPlace(text, m, ms);
      } else if (m.type() == EntityType.ORGANIZATION && m.text().startsWith("Chính phủ giao ")
          && m.text().indexOf(' ', 15) > 0) {
        // Round 26: "Chính phủ giao UBND tỉnh X tiếp nhận": a body read on over the verb "giao" (assign) from "Chính
        // phủ": the body after the verb, and after a title also "Chính phủ" (as round 19 keeps it after a title).
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        if (p >= 10 && text.startsWith("Thủ tướng ", p - 10))
          out.add(new EntityMention(p, p + 9, "Chính phủ", EntityType.ORGANIZATION, m.entity()));
        out.add(new EntityMention(p + 15, m.end(), m.text().substring(15), EntityType.ORGANIZATION, null));
        continue;
      }
      if (fixed == null && m.type() != EntityType.PERSON && m.type() != EntityType.MISC
          && (body = officialTail(text, m, ms)) > 0) {
        // Round 26: "Giám đốc bệnh viện X Nguyễn Văn A": the body and the official it swallowed, as two mentions.
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        out.add(new EntityMention(m.start(), m.start() + body, m.text().substring(0, body), m.type(), m.entity()));
        int a = m.start() + body + 1;
        out.add(new EntityMention(a, m.end(), text.substring(a, m.end()), EntityType.PERSON, null));
        continue;
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 26: "khu Vạn Yên", "suối Huổi Pe", "dinh Độc Lập", "mỏ Cao Lanh", "chiến trường Khe Sanh": a name typed a person
   * right after a lower-case word for a place (PLACE_CUES; not "dầu mỏ", oil) is that place, a LOCATION without the cue,
   * as a bridge after "cầu" is (guidelines, round 12); "dự án Harmona": after a lower-case "dự án" it is the project,
   * MISC (round 11). A full Vietnamese name stays a person. Called only with a space and a lower-case letter before m.
   */
  private static EntityMention placeOrProjectCue(String text, EntityMention m) {
    int p = m.start();
    if (text.startsWith(" dự án ", p - 7)) return fullVietnameseName(m.text()) ? null : m.withType(EntityType.MISC);
    for (int c = 0; c < PLACE_CUES.size(); c++) {
      String cue = PLACE_CUES.get(c);
      int a = p - cue.length();
      if (a >= 0 && text.startsWith(cue, a)) {
        if (fullVietnameseName(m.text()) || c == 4 && a >= 3 && text.startsWith("dầu", a - 3)) return null;
        return m.withType(EntityType.LOCATION);
      }
    }
    return null;
  }

  /**
   * Round 26: "GS Đức thừa nhận", "Ông Vinh cho biết" (at a sentence start), "Chị Huế tưởng …": a one-word place right
   * after a capitalised title (TITLES_BEFORE_PLACES; the kinship words only at the start of a sentence or a line) and
   * before no capitalised word is the person so addressed. And "Hồ Ngọc Hà là …" at a start: two words typed a place
   * right after "Hồ" (a lake's cue) that, with "Hồ", are a person elsewhere in the article or have "Văn"/"Thị" first are
   * that person ("Hồ" is also a family name). Called only with a space before m; a set look-up or a startsWith first.
   */
  private static EntityMention titledPlace(String text, EntityMention m, List<EntityMention> ms) {
    int p = m.start();
    String t = m.text();
    int sp = t.indexOf(' ');
    if (p >= 3 && text.startsWith("Hồ ", p - 3)) {
      if (sp < 0 || t.indexOf(' ', sp + 1) >= 0 || !lineStartBefore(text, p - 3)) return null;
      boolean person = t.startsWith("Văn ") || t.startsWith("Thị ");
      for (int j = 0; j < ms.size() && !person; j++) {
        EntityMention o = ms.get(j);
        person = o.type() == EntityType.PERSON && o.text().length() == t.length() + 3 && o.text().startsWith("Hồ ")
            && o.text().endsWith(t);
      }
      return person ? new EntityMention(p - 3, m.end(), text.substring(p - 3, m.end()), EntityType.PERSON, m.entity())
          : null;
    }
    if (sp >= 0 || !Character.isLetter(text.charAt(p - 2))) return null;
    int w = wordStartBefore(text, p);
    if (w < 0 || !TITLES_BEFORE_PLACES.contains(text.substring(w, p - 1))) return null;
    int e = m.end();
    if (e + 1 < text.length() && text.charAt(e) == ' ' && Character.isUpperCase(text.charAt(e + 1))) return null;
    // Only GS, BS, PGS, TS, ThS (two or three letters, capital last or "ThS") anywhere; a kinship word at a start only.
    boolean academic = Character.isUpperCase(text.charAt(p - 2)) && p - 1 - w <= 3;
    return academic || lineStartBefore(text, w) ? m.withType(EntityType.PERSON) : null;
  }

  /** Whether only a sentence's or a line's start stands before q (the text's start, a new line, ". ", "- ", a quote). */
  private static boolean lineStartBefore(String text, int q) {
    int b = q - 1;
    while (b >= 0 && text.charAt(b) == ' ') b--;
    if (b < 0) return true;
    char c = text.charAt(b);
    return c == '\n' || c == '.' || c == '-' || c == '"' || c == '\u201c' || c == ':' || c == '!' || c == '?';
  }

  /**
   * Round 26: "Giám đốc bệnh viện Bạch Dương Trần Văn Khải cho biết … ông Khải": a body or a place of two words or more
   * whose last three words are a full Vietnamese name (a family name and two capitalised syllables, no family name
   * before it, no school's or hospital's head word before it) swallowed the official named after it, when a title stands
   * right before the mention or the article names that person elsewhere (the full name, its last word or its last two
   * words typed a person). Returns the length of the body's part, or 0. Trigger: three spaces in the mention and a
   * family-name look-up; only then one or two title look-ups and a walk over the article's mentions.
   */
  private static int officialTail(String text, EntityMention m, List<EntityMention> ms) {
    String t = m.text();
    int s3 = t.lastIndexOf(' '), s2 = s3 > 0 ? t.lastIndexOf(' ', s3 - 1) : -1, s1 = s2 > 0 ? t.lastIndexOf(' ', s2 - 1) : -1;
    if (s1 <= 0 || t.lastIndexOf(' ', s1 - 1) < 0 || !Character.isUpperCase(t.charAt(s1 + 1))
        || !Character.isUpperCase(t.charAt(s2 + 1)) || !Character.isUpperCase(t.charAt(s3 + 1))
        || !LEX.surnames.contains(NameKeys.nfcKey(t.substring(s1 + 1, s2)))) return 0;
    int s0 = t.lastIndexOf(' ', s1 - 1);
    // "Công ty TNHH thương mại Hoàng Phát Đạt": a firm's name opens with a family name as often as a person's.
    if (t.startsWith("Công ty") || t.startsWith("công ty") || t.startsWith("Tập đoàn") || t.startsWith("Tổng công ty"))
      return 0;
    String before = NameKeys.nfcKey(t.substring(s0 + 1, s1));
    // "Trường THPT Chu Văn An", "Trường Đại học Tôn Đức Thắng": a school named after a person keeps the name.
    if (LEX.surnames.contains(before) || SCHOOL_TAILS.contains(before)) return 0;
    String name = t.substring(s1 + 1), last = t.substring(s3 + 1), lastTwo = t.substring(s2 + 1);
    if (name.equals("Hồ Chí Minh")) return 0; // the city and the bodies named after him
    if (!vietnameseSyllable(NameKeys.key(last)) || !vietnameseSyllable(NameKeys.key(t.substring(s2 + 1, s3)))) return 0;
    if (titleBefore(text, m.start())) return s1;
    for (EntityMention o : ms) {
      if (o.type() != EntityType.PERSON) continue;
      String x = o.text();
      if (x.equals(name) || x.equals(last) || x.equals(lastTwo)) return s1;
    }
    return 0;
  }

  /** Whether the one or two words before p (a space back) are a person's title ("Giám đốc", "Chủ tịch"). */
  private static boolean titleBefore(String text, int p) {
    int w1 = wordStartBefore(text, p);
    if (w1 < 0) return false;
    if (LEX.find(NameKeys.key(text.substring(w1, p - 1)), Kind.PERSON_CUE) != null) return true;
    int w2 = wordStartBefore(text, w1);
    return w2 >= 0 && LEX.find(NameKeys.key(text.substring(w2, p - 1)), Kind.PERSON_CUE) != null;
  }

  /**
   * Round 26: "các bác sĩ NutiFood", "cầu thủ Leeds", "Phó chủ tịch EgyptAir": a name typed a person in some places and a
   * body in more places of the same article is the body everywhere (not a full Vietnamese name). A set of the body
   * names is made once per article, only when it has both a body and a person; each person is one set look-up, and only
   * on a hit are the mentions counted.
   */
  static List<EntityMention> majorityBodies(List<EntityMention> ms) {
    boolean person = false, body = false;
    for (EntityMention m : ms) {
      person |= m.type() == EntityType.PERSON;
      body |= m.type() == EntityType.ORGANIZATION;
    }
    if (!person || !body) return ms;
    Set<String> bodies = new HashSet<>();
    for (EntityMention m : ms) if (m.type() == EntityType.ORGANIZATION) bodies.add(m.text());
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      if (m.type() == EntityType.PERSON && bodies.contains(m.text()) && !fullVietnameseName(m.text())) {
        int orgs = 0, people = 0;
        for (EntityMention o : ms) {
          if (!o.text().equals(m.text())) continue;
          if (o.type() == EntityType.ORGANIZATION) orgs++;
          else if (o.type() == EntityType.PERSON) people++;
        }
        if (orgs > people) fixed = m.withType(EntityType.ORGANIZATION);
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 26: last words of a lower-case noun that makes "Việt" after it the nationality ("người Việt", "doanh nghiệp
   * Việt", "du khách Việt", "sản phẩm Việt"), not a person (as "ông Việt", "giao cho Việt" are): peoples and
   * nationalities are not annotated (guidelines), and the dev gold leaves "gốc Việt", "người dùng Việt" out.
   */
  private static final Set<String> NATIONALITY_LEADS = WordSet.of("người", "nghiệp", "phẩm", "sinh", "sĩ", "đình", "tế",
      "dùng", "gái", "trai", "đồng", "khách", "lực", "sự", "phú", "hiệu", "hàng", "gốc", "kiều", "việc", "thủ", "giả");

  /** Round 26: whether the word ending a space before p is one of NATIONALITY_LEADS (or "CEO", "DN"). */
  private static boolean nationalityLead(String text, int p) {
    int w = wordStartBefore(text, p);
    if (w < 0) return false;
    String word = text.substring(w, p - 1);
    return NATIONALITY_LEADS.contains(word) || word.equals("CEO") || word.equals("DN");
  }

  /** Round 26: capitalised administrative levels that open an address's place ("Phường X", "Huyện Y"). */
  private static final List<String> CAPITALISED_LEVELS = List.of("Phường ", "Xã ", "Huyện ", "Tỉnh ", "Thôn ", "Ấp ",
      "Quận ", "Thị xã ", "Thị trấn ");

  /**
   * Round 26: the length of a capitalised level opening t (with its space) when two or more capitalised words follow it
   * ("Phường Xuân Tảo", "Huyện Thanh Oai"), else 0: a one-word rest is a name of its own ("Xã Đàn" street, "Phường Đúc"
   * ward, "Tỉnh lộ 741" road). The guidelines keep the level out of the span, as for a lower-case one.
   */
  private static int capitalisedLevel(String t) {
    char c = t.charAt(0);
    if (c != 'P' && c != 'X' && c != 'H' && c != 'T' && c != 'Ấ' && c != 'Q') return 0;
    for (String lv : CAPITALISED_LEVELS) {
      if (!t.startsWith(lv)) continue;
      int n = lv.length(), sp = t.indexOf(' ', n);
      if (sp < 0 || !Character.isUpperCase(t.charAt(n))) return 0;
      for (int i = sp; i >= 0 && i + 1 < t.length(); i = t.indexOf(' ', i + 1))
        if (!Character.isUpperCase(t.charAt(i + 1))) return 0;
      return n;
    }
    return 0;
  }

  /** Round 26: whether t opens with a navy's ship prefix and a capital ("USS X", "HMS X", "HMAS X", "INS X"). */
  private static boolean shipPrefix(String t) {
    char c = t.charAt(0);
    if (c != 'U' && c != 'H' && c != 'I') return false;
    int sp = t.indexOf(' ');
    if (sp < 3 || sp > 4 || sp + 1 >= t.length() || !Character.isUpperCase(t.charAt(sp + 1))) return false;
    return t.startsWith("USS ") || t.startsWith("HMS ") || t.startsWith("HMAS ") || t.startsWith("INS ");
  }

  /** Where " xã ", " phường " or " thị trấn " ending at p starts, or -1. */
  private static int communeCueStart(String text, int p) {
    if (text.startsWith(" xã ", p - 4)) return p - 4;
    if (text.startsWith(" phường ", p - 8)) return p - 8;
    return text.startsWith(" thị trấn ", p - 10) ? p - 10 : -1;
  }

  /** Whether t is capitals and dots only, with at least one dot ("F.O.E", "G.", "N.T."). */
  private static boolean dottedInitials(String t) {
    if (t.length() < 2 || t.indexOf('.') < 0) return false;
    for (int i = 0; i < t.length(); i++) if (t.charAt(i) != '.' && !Character.isUpperCase(t.charAt(i))) return false;
    return true;
  }

  /**
   * Whether the one or two words before p (a space back) are a lower-case cue of a body ("công ty G.", "nhóm F.O.E",
   * "hãng V."), and the two words are no person's cue ("nhà báo T."), nor the cue an owner's ("chủ doanh nghiệp T.K.").
   */
  private static boolean orgCueBefore(String text, int p) {
    int w1 = wordStartBefore(text, p);
    if (w1 < 0 || !Character.isLowerCase(text.charAt(w1))) return false;
    int w2 = wordStartBefore(text, w1);
    String two = w2 < 0 ? null : NameKeys.key(text.substring(w2, p - 1));
    if (two != null && LEX.find(two, Kind.PERSON_CUE) != null) return false;
    int cue = LEX.find(NameKeys.key(text.substring(w1, p - 1)), Kind.ORG_CUE) != null ? w1
        : two != null && LEX.find(two, Kind.ORG_CUE) != null ? w2 : -1;
    // "chủ doanh nghiệp T.K.": the owner, named by initials (as EntityRecognizerGeneralCuesTest has it).
    return cue >= 0 && !(cue >= 4 && (text.startsWith("chủ ", cue - 4) || text.startsWith("Chủ ", cue - 4)));
  }

  /** Whether the word ending at a (exclusive) is a plural or chain word or a number ("các", "chuỗi", "300"). */
  private static boolean chainBefore(String text, int a) {
    int w = wordStartBefore(text, a + 1);
    if (w < 0) return false;
    if (Character.isDigit(text.charAt(w))) return true;
    return CHAIN_WORDS.contains(text.substring(w, a).toLowerCase(java.util.Locale.ROOT));
  }

  /** Capital letters, a hyphen (or " -"), digits and at most one capital, ending at e. */
  private static boolean designationBefore(String text, int e) {
    int q = e;
    if (text.charAt(q - 1) >= 'A' && text.charAt(q - 1) <= 'Z') q--;
    int d = q;
    while (d > 0 && Character.isDigit(text.charAt(d - 1))) d--;
    if (d == q || d < 2 || text.charAt(d - 1) != '-') return false;
    int h = d - 1;
    if (text.charAt(h - 1) == ' ') h--; // "RQ -4": the hyphen written with a space before it
    int c = h;
    while (c > 0 && text.charAt(c - 1) >= 'A' && text.charAt(c - 1) <= 'Z') c--;
    return c < h && h - c <= 4 && (c == 0 || !Tokenizer.isWordChar(text.charAt(c - 1)));
  }

  private static final Set<String> KOREAN_LAST_SYLLABLES = WordSet.of("in", "un", "sil", "hye", "hee", "bak", "jin", "min",
      "woo", "hoon", "hyun", "sook", "chul", "young", "yeon", "eun", "seok", "hwan", "jun", "gyu", "soo", "hwa", "joon",
      "yeol", "myung", "bin", "wook", "sung", "ryong");

  /**
   * Round 24: "Moon Jae - in", "Choi Soon - sil", "Kim Jong- un": a Korean name whose last syllable is written after a
   * spaced hyphen was cut before it; a person whose last word is a short capitalised Latin syllable goes on over the
   * hyphen and a listed lower-case last syllable. A character test first; nothing is built unless it holds.
   */
  static List<EntityMention> spacedHyphenNames(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    Boolean football = null; // round 29: asked once, only when a bracket after a person looks like a club
    Set<String> shortNames = null; // round 30: a long body's short name in brackets after it
    int n = text.length();
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      int e = m.end();
      if (m.type() == EntityType.ORGANIZATION && e + 2 < n && text.charAt(e + 1) == '(' && bodyShortName(text, ms, k)) {
        if (shortNames == null) shortNames = new HashSet<>();
        shortNames.add(ms.get(k + 1).text());
      }
      // Round 28: "Giải Vàng", "Giải Turing", "Giải Báo| chí Quốc gia": a prize is no person; its capitalised name is
      // MISC (round 15: a named contest keeps its capitalised head), and one cut before a lower-case word is dropped.
      if (m.type() == EntityType.PERSON && m.text().startsWith("Giải ")) {
        if (e + 1 < n && text.charAt(e) == ' ' && Character.isLowerCase(text.charAt(e + 1))) {
          if (out == null) out = new ArrayList<>(ms.subList(0, k));
          continue;
        }
        out = keep(out, ms, k, m.withType(EntityType.MISC));
        continue;
      }
      // Round 29: "Man.Utd", "Man.City": the club written with a dot was cut to a person "Man".
      if (m.type() == EntityType.PERSON && e < n && text.charAt(e) == '.' && m.text().equals("Man")) {
        int ce = text.startsWith("Utd", e + 1) ? e + 4 : text.startsWith("City", e + 1) ? e + 5 : -1;
        if (ce > 0 && (ce == n || !Tokenizer.isWordChar(text.charAt(ce)))
            && (k + 1 == ms.size() || ms.get(k + 1).start() >= ce)) {
          String club = text.substring(m.start(), ce);
          out = keep(out, ms, k, new EntityMention(m.start(), ce, club, EntityType.ORGANIZATION, null));
          continue;
        }
      }
      int p = e < n && text.charAt(e) == ' ' ? e + 1 : e;
      if (m.type() == EntityType.PERSON && p + 2 < n && text.charAt(p) == '-' && shortLatinLastWord(m.text())) {
        p++;
        if (text.charAt(p) == ' ') p++;
        int w = p;
        while (w < n && w - p < 6 && text.charAt(w) >= 'a' && text.charAt(w) <= 'z') w++;
        if (w > p && (w == n || !Tokenizer.isWordChar(text.charAt(w))) && KOREAN_LAST_SYLLABLES.contains(text.substring(p, w)))
          fixed = new EntityMention(m.start(), w, text.substring(m.start(), w), EntityType.PERSON, m.entity());
      }
      out = keep(out, ms, k, fixed);
      // Round 28: a line-up "Pikeno (Dorvalo, 46), Brastos (Umiteru 75')": the player who came on, named in brackets
      // with the minute right after a player, is a person too. Trigger: " (" right after a person.
      // Round 30: a player's rating may stand between him and the bracket ("Pikeno 6 (Dorvalo 78)", "5.5").
      int ob = -1; // the bracket's offset
      if (m.type() == EntityType.PERSON && e + 2 < n && text.charAt(e) == ' ') {
        if (text.charAt(e + 1) == '(') ob = e + 1;
        else if (e + 4 < n && Character.isDigit(text.charAt(e + 1))) ob = ratingBracket(text, e + 1);
      }
      if (ob > 0) {
        int se = substituteEnd(text, ob + 1);
        if (se > 0 && (k + 1 == ms.size() || ms.get(k + 1).start() >= se + 1)) {
          if (out == null) out = new ArrayList<>(ms.subList(0, k + 1));
          out.add(new EntityMention(ob + 1, se, text.substring(ob + 1, se), EntityType.PERSON, null));
        } else if (se < 0 && ob == e + 1) {
          int j = bracketClub(text, ms, k);
          if (j > k + 1 && (football != null ? football : (football = footballReport(text)))) {
            if (out == null) out = new ArrayList<>(ms.subList(0, k + 1));
            int ce = text.indexOf(')', e + 2);
            out.add(new EntityMention(e + 2, ce, text.substring(e + 2, ce), EntityType.ORGANIZATION, null));
            k = j - 1;
          }
        }
      }
    }
    return shortNames != null ? shortNamesAreBodies(changed(out, ms), shortNames) : changed(out, ms);
  }

  /**
   * Round 30: after a player, a rating of one digit (and a decimal "5.5", "6,5") then " (": the bracket's offset, else -1.
   * Reads at most five characters.
   */
  static int ratingBracket(String text, int d) {
    int n = text.length(), q = d + 1;
    if (q + 2 < n && (text.charAt(q) == '.' || text.charAt(q) == ',') && Character.isDigit(text.charAt(q + 1))) q += 2;
    return q + 1 < n && text.charAt(q) == ' ' && text.charAt(q + 1) == '(' ? q + 1 : -1;
  }

  /**
   * Round 30: "Tổng cục Phát thanh Quốc gia Velmar (Quảng Điện)": a name typed a person alone in brackets right after a
   * body of three words or more is that body's short name. A club's coach in brackets ("Real Madrid (Mourinho)") follows
   * a shorter name and stays a person. Character tests only: the next mention's bounds and the spaces of the body.
   */
  private static boolean bodyShortName(String text, List<EntityMention> ms, int k) {
    EntityMention m = ms.get(k);
    if (k + 1 >= ms.size() || text.charAt(m.end()) != ' ') return false;
    EntityMention b = ms.get(k + 1);
    if (b.type() != EntityType.PERSON || b.start() != m.end() + 2 || b.end() >= text.length()
        || text.charAt(b.end()) != ')') return false;
    int sp = m.text().indexOf(' ');
    return sp > 0 && m.text().indexOf(' ', sp + 1) > 0;
  }

  /**
   * Round 30: once a long body's short name has been read in brackets, its person mentions in the article are that body.
   * Runs only then: one more walk, a set look-up per person.
   */
  private static List<EntityMention> shortNamesAreBodies(List<EntityMention> ms, Set<String> names) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      out = keep(out, ms, k, m.type() == EntityType.PERSON && names.contains(m.text())
          ? m.withType(EntityType.ORGANIZATION) : null);
    }
    return changed(out, ms);
  }

  /**
   * Round 29: a squad list "Hanno Vell (Colorado Rapids), Bo Tarn (Heart of Midlothian)": two to four capitalised words
   * (and "of", "de") in brackets right after the person ms[k], which the recogniser split into places and persons or
   * typed a person or place as a whole, name his club. Returns the index after the last mention inside the brackets
   * when they hold such a club, else -1. A single place filling the brackets (a country "(Tây Ban Nha)") and a single
   * person with a Vietnamese letter ("(Thụy Sỹ)") are left alone, and so is a bracket whose mentions are all bodies
   * already. Walks at most 40 characters.
   */
  private static int bracketClub(String text, List<EntityMention> ms, int k) {
    int p = ms.get(k).end() + 2, n = text.length(), q = p, words = 0;
    while (q < n && q - p <= 40) {
      char c = text.charAt(q);
      if (c == ')') break;
      if (c == ' ') { q++; continue; }
      int w = q;
      while (q < n && (Character.isLetter(text.charAt(q)) || "&.'’-".indexOf(text.charAt(q)) >= 0)) q++;
      if (q == w) return -1;
      String word = text.substring(w, q);
      if (!Character.isUpperCase(c) && !word.equals("of") && !word.equals("de")) return -1;
      words++;
    }
    if (q >= n || text.charAt(q) != ')' || words < 2 || words > 4 || text.charAt(q - 1) == ' ') return -1;
    int j = k + 1;
    boolean split = false;
    while (j < ms.size() && ms.get(j).start() >= p && ms.get(j).end() <= q) {
      if (ms.get(j).type() != EntityType.ORGANIZATION) split = true;
      j++;
    }
    if (!split || j == k + 1) return -1;
    if (j == k + 2 && ms.get(k + 1).start() == p && ms.get(k + 1).end() == q) {
      if (ms.get(k + 1).type() == EntityType.LOCATION) return -1;
      String t = ms.get(k + 1).text();
      for (int i = 0; i < t.length(); i++) if (t.charAt(i) >= '\u1e00') return -1;
    }
    return j;
  }

  /**
   * End of a substitute's name starting at p in "(Dorvalo, 46)", "(Umiteru 75')", "(Van Brastos, 90)": one or two
   * capitalised words of letters (none with two Vietnamese marks) and hyphens, then a minute of one to three digits (an optional comma before it, an
   * optional apostrophe after it) and the closing bracket; else -1. Walks at most the bracket's characters.
   */
  static int substituteEnd(String text, int p) {
    int n = text.length();
    int w = p;
    for (int words = 1; words <= 2; words++) {
      if (w >= n || !Character.isUpperCase(text.charAt(w))) return -1;
      int q = w + 1;
      // letters below U+1E00 only: the Vietnamese vowels with two marks ("Quận 1", "Phường 12") are addresses
      while (q < n && (Character.isLetter(text.charAt(q)) && text.charAt(q) < '\u1e00' || text.charAt(q) == '-')) q++;
      if (q < n && Character.isLetter(text.charAt(q))) return -1;
      if (q - w < 2 || text.charAt(q - 1) == '-') return -1;
      if (words == 1 && q + 1 < n && text.charAt(q) == ' ' && Character.isUpperCase(text.charAt(q + 1))) {
        w = q + 1;
        continue;
      }
      int d = q < n && text.charAt(q) == ',' ? q + 1 : q;
      if (d >= n || text.charAt(d) != ' ') return -1;
      int ds = ++d;
      while (d < n && d - ds < 3 && Character.isDigit(text.charAt(d))) d++;
      if (d == ds) return -1;
      if (d < n && text.charAt(d) == '\'') d++;
      return d < n && text.charAt(d) == ')' ? q : -1;
    }
    return -1;
  }

  /** Two words or more, the last of 2-5 Latin letters with a capital first ("Jae", "Soon", "Jong"). */
  private static boolean shortLatinLastWord(String t) {
    int sp = t.lastIndexOf(' ');
    int len = t.length() - sp - 1;
    if (sp < 0 || len < 2 || len > 5) return false;
    char c = t.charAt(sp + 1);
    if (c < 'A' || c > 'Z') return false;
    for (int i = sp + 2; i < t.length(); i++) if (t.charAt(i) < 'a' || t.charAt(i) > 'z') return false;
    return true;
  }

  /**
   * Round 23: "Nature Ecology & Evolution", "Henley & Partners", "Procter & Gamble": a body's name goes on over " & " and
   * the capitalised foreign words after it (and over the mention that starts there), unless a lone capitals word and
   * another body meet there ("WHO & Unicef"). Returns the new end, or -1; a character test first.
   */
  private static int ampersandEnd(String text, EntityMention m, EntityMention next) {
    int e = m.end(), len = text.length();
    if (e + 4 >= len || text.charAt(e) != ' ' || text.charAt(e + 1) != '&' || text.charAt(e + 2) != ' '
        || !Character.isUpperCase(text.charAt(e + 3))) return -1;
    boolean nextHere = next != null && next.start() == e + 3;
    if (nextHere && next.type() == EntityType.ORGANIZATION && allCaps(m.text())) return -1;
    int x = e + 3, end = -1;
    while (x < len && Character.isUpperCase(text.charAt(x))) {
      int w = wordEndAt(text, x);
      if (w == x) break;
      String word = text.substring(x, w);
      if (!allCaps(word) && vietnameseSyllable(NameKeys.nfcKey(word))) break; // "Kỹ thuật & Khoa | học"
      end = w;
      if (w + 1 >= len || text.charAt(w) != ' ') break;
      x = w + 1;
    }
    if (end < 0) return -1;
    return nextHere ? Math.max(end, next.end()) : end;
  }

  /** Heads of firms and hospitals whose own name an article goes on to use alone ("Công ty Khang Điền" … "Khang Điền"). */
  private static final List<String> FIRM_NAME_HEADS = List.of("Công ty ", "Tập đoàn ", "Tổng công ty ", "Bệnh viện ",
      "Ngân hàng ");

  /**
   * Round 23: "Công ty Cổ phần than Hòa Sơn" … "Hòa Sơn là đơn vị khai thác": a name that the article has used as the
   * last words of a firm's or a hospital's name, found alone later and typed a person, is the firm (ORGANIZATION);
   * not after a kinship word or title ("ông Hòa Sơn"). One walk: a character test on every organisation, a list of
   * firm names made only when the article names a firm, and for a person of two or three words only then a look at
   * those names.
   */
  static List<EntityMention> firmShortNames(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    List<String> firms = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      String t = m.text();
      char c0 = t.charAt(0);
      if (m.type() == EntityType.ORGANIZATION && (c0 == 'C' || c0 == 'T' || c0 == 'B' || c0 == 'N')) {
        for (String h : FIRM_NAME_HEADS) {
          if (t.startsWith(h)) {
            if (firms == null) firms = new ArrayList<>();
            firms.add(t);
            // Round 29: "Công ty Cổ phần Lâm Hòa Việt Nam" … "Lâm Hòa": the national suffix is left out of the short name.
            if (t.endsWith(" Việt Nam") && t.length() > h.length() + 9) firms.add(t.substring(0, t.length() - 9));
            break;
          }
        }
      } else if (firms != null && m.type() == EntityType.PERSON && t.indexOf(' ') > 0) {
        for (String f : firms) {
          if (f.length() > t.length() + 1 && f.endsWith(t) && f.charAt(f.length() - t.length() - 1) == ' ') {
            int p = wordStartBefore(text, m.start());
            String before = p < 0 ? "" : NameKeys.key(text.substring(p, wordEndAt(text, p)));
            if (!KIN_CUES.contains(before) && LEX.find(before, Kind.PERSON_CUE) == null) fixed = m.withType(EntityType.ORGANIZATION);
            break;
          }
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Last words of an outlet's name that a place or a maker's name before them can be cut from: "Los Angeles Times". */
  private static final Set<String> OUTLET_TAILS = WordSet.of("Times", "News", "Post", "Journal", "Review", "Herald",
      "Tribune", "Telegraph", "Gazette", "Express", "Mail", "Today");
  /** Words right before "X TV" that make it a channel, not a product ("kênh", "truyền hình", "Theo"). */
  private static final Set<String> CHANNEL_CUES = WordSet.of("kênh", "Kênh", "hình", "đài", "Đài", "Theo", "theo", "tờ",
      "Tờ");

  /**
   * Round 22: "tờ Los Angeles Times", "Manchester Evening News", "Nikkei Asian Review", "Vientiane Times": the scanner
   * read the city (or the group) before an outlet's last word as a name of its own and kept only the tail as the body.
   * An outlet of at most two words ending in one of {@link #OUTLET_TAILS}, right after a place or a body (one space
   * between, or the dot of "U.S."), takes it in; "báo Anh The Times" keeps the country apart. And "kênh Ikhbariya TV", "Theo Press TV": a name ending in "TV" typed
   * a product after a channel cue is the channel.
   */
  static List<EntityMention> splitOutlets(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    int skipUntil = -1;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (m.start() < skipUntil) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        continue; // now inside the name joined over "&"
      }
      EntityMention fixed = null;
      String t = m.text();
      int amp = m.type() == EntityType.ORGANIZATION ? ampersandEnd(text, m, k + 1 < ms.size() ? ms.get(k + 1) : null) : -1;
      if (amp > 0) {
        fixed = new EntityMention(m.start(), amp, text.substring(m.start(), amp), EntityType.ORGANIZATION, m.entity());
        skipUntil = amp;
      } else if (m.type() == EntityType.ORGANIZATION && k > 0) {
        int sp = t.lastIndexOf(' ');
        EntityMention prev = out == null ? ms.get(k - 1) : out.get(out.size() - 1);
        int gap = m.start() - prev.end();
        if (OUTLET_TAILS.contains(sp < 0 ? t : t.substring(sp + 1)) && (sp < 0 || t.indexOf(' ') == sp && !t.startsWith("The "))
            && (prev.type() == EntityType.LOCATION || prev.type() == EntityType.ORGANIZATION)
            && (gap == 1 && text.charAt(prev.end()) == ' '
                || gap == 2 && text.charAt(prev.end()) == '.' && text.charAt(prev.end() + 1) == ' ')
            && Character.isUpperCase(prev.text().charAt(0)) && prev.text().indexOf(' ', prev.text().indexOf(' ') + 1) < 0) {
          if (out == null) out = new ArrayList<>(ms.subList(0, k));
          out.remove(out.size() - 1);
          fixed = new EntityMention(prev.start(), m.end(), text.substring(prev.start(), m.end()), EntityType.ORGANIZATION,
              prev.entity());
        }
      } else if (m.type() == EntityType.MISC && t.endsWith(" TV") && t.length() > 3) {
        int p = wordStartBefore(text, m.start());
        if (p >= 0 && CHANNEL_CUES.contains(text.substring(p, wordEndAt(text, p)))) fixed = m.withType(EntityType.ORGANIZATION);
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Words before a lower-case "đội" that make it part of another word: "đồng đội" (teammate), "quân đội" (army). */
  private static final Set<String> DOI_COMPOUNDS = WordSet.of("đồng", "quân", "toàn", "biệt", "cả", "phân", "trung", "tiểu",
      "hạm", "bộ", "binh", "lữ", "liên", "chi", "phi");

  /**
   * "đội Newell's", "đội San Martin Burzaco": a foreign name typed a person only by default right after a lower-case
   * "đội" (team) is a club. It becomes evidence, so the club's other mentions in the article follow it. Vietnamese
   * names stay people ("đội Trấn Thành" is a game-show team named after its captain), and so do names after "đồng
   * đội" (teammate) or "quân đội" (army); age groups ("đội U21 Đức") are no clubs.
   */
  static List<EntityMention> teams(String text, List<EntityMention> ms, java.util.BitSet weak) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      if (m.type() == EntityType.PERSON && weak.get(k) && !Character.isDigit(m.text().charAt(m.text().length() - 1))
          && !(m.text().length() > 1 && m.text().charAt(0) == 'U' && Character.isDigit(m.text().charAt(1)))) {
        int p = wordStartBefore(text, m.start());
        if (p >= 0 && text.startsWith("đội", p) && p + 3 == wordEndAt(text, p)) {
          int q = wordStartBefore(text, p);
          String before = q < 0 ? "" : text.substring(q, wordEndAt(text, q)).toLowerCase(java.util.Locale.ROOT);
          if (!DOI_COMPOUNDS.contains(before) && foreignWord(m.text())) {
            fixed = m.withType(EntityType.ORGANIZATION);
            weak.clear(k);
          }
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Lower-case words after a name and a comma or dash that say what kind of firm or body it is. */
  private static final List<String> APPOSITION_FIRM_CUES = List.of("công ty", "hãng", "tập đoàn", "nhà sản xuất",
      "tổ chức", "ngân hàng", "chuỗi", "startup", "nhà mạng", "nhà bán lẻ", "đội bóng", "câu lạc bộ");

  /**
   * Round 11: "Theranos, công ty chuyên xét nghiệm máu …", "Polar - nhà sản xuất thực phẩm …", "Worker Rights
   * Consortium, một tổ chức giám sát …": a foreign name typed a person only by default and described right after it (a
   * bracket such as "(Mỹ)" may come between) by a comma or dash and a lower-case firm word is a firm. Not when a
   * capital follows the firm word ("…, CLB Hà Nội đã thua": another name), nor "tổ chức tại/vào/ở" (organised in).
   * It becomes evidence, so the firm's other mentions in the article follow it.
   */
  static List<EntityMention> firmsByApposition(String text, List<EntityMention> ms, java.util.BitSet weak) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      int sp = m.text().indexOf(' ');
      if (m.type() == EntityType.PERSON && weak.get(k)
          && !vietnameseSyllable(NameKeys.key(sp < 0 ? m.text() : m.text().substring(0, sp)))) {
        int x = m.end();
        int len = text.length();
        if (x + 1 < len && text.charAt(x) == ' ' && text.charAt(x + 1) == '(') {
          int close = text.indexOf(')', x + 2);
          x = close > 0 && close - x <= 32 ? close + 1 : -1;
        }
        if (x > 0 && x + 2 < len) {
          while (x < len && text.charAt(x) == ' ') x++;
          boolean sep = x < len && (text.charAt(x) == ',' || text.charAt(x) == '-' || text.charAt(x) == '–');
          if (sep) {
            x++;
            while (x < len && text.charAt(x) == ' ') x++;
            if (text.startsWith("một ", x)) x += 4;
            else if (text.startsWith("là ", x)) x += 3;
            for (String cue : APPOSITION_FIRM_CUES) {
              int after = x + cue.length();
              if (!text.startsWith(cue, x) || after + 1 >= len || text.charAt(after) != ' '
                  || !Character.isLowerCase(text.charAt(after + 1))) continue;
              if (cue.equals("tổ chức") && (text.startsWith("tại", after + 1) || text.startsWith("vào", after + 1)
                  || text.startsWith("ở ", after + 1))) break;
              fixed = m.withType(EntityType.ORGANIZATION);
              weak.clear(k);
              break;
            }
          }
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * "đảng Cộng hòa", "đảng Dân chủ", "đảng Cực hữu": after a lower-case "đảng" a party named by one capitalised
   * syllable goes on over the lower-case syllable after it (the scanner ends a name there). Done after the
   * article-wide harmonising, so that "Xã hội" of "đảng Xã hội" is not looked for elsewhere in the article.
   */
  static List<EntityMention> parties(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      if (m.type() == EntityType.ORGANIZATION && m.text().indexOf(' ') < 0 && Character.isUpperCase(m.text().charAt(0))
          && vietnameseSyllable(NameKeys.key(m.text()))) {
        int p = wordStartBefore(text, m.start());
        int w = m.end();
        if (p >= 0 && text.startsWith("đảng", p) && p + 4 == wordEndAt(text, p) && w + 1 < text.length() && text.charAt(w) == ' ') {
          int x = wordEndAt(text, w + 1);
          String next = text.substring(w + 1, x);
          boolean free = k + 1 >= ms.size() || ms.get(k + 1).start() >= x;
          boolean freedom = next.equals("do") && m.text().equals("Tự"); // "đảng Tự do": "do" is no stop here
          if (x > w + 1 && Character.isLowerCase(next.charAt(0)) && vietnameseSyllable(next) && free
              && (freedom || !LEX.continuationStops.contains(NameKeys.key(next))))
            fixed = new EntityMention(m.start(), x, text.substring(m.start(), x), m.type(), m.entity());
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Head words of bodies whose names go on in lower case up to "Việt Nam", "quốc gia" or "Trung ương". */
  private static final List<String> TAIL_HEADS = List.of("Hội ", "Hiệp hội ", "Trung tâm ", "Tổng công ty ",
      "Tổng Công ty ", "Công ty ", "Viện ", "Đài ", "Trường ", "Học viện ", "Liên đoàn ", "Quỹ ", "Cục ", "Tổng cục ",
      "Văn phòng ", "Hội đồng ");
  /** The national words that close such a name. */
  private static final List<String> NATIONAL_ENDS = List.of("Việt Nam", "quốc gia", "Trung ương");
  /** Lower-case words that are verbs or links, never inside a body's name: "Bộ X xác định Việt Nam …". */
  private static final Set<String> TAIL_STOPS = WordSet.of("là", "có", "được", "bị", "đã", "sẽ", "đang", "vừa", "cho",
      "và", "của", "với", "tại", "ở", "từ", "đến", "về", "như", "xác", "định", "đề", "nghị", "yêu", "cầu", "khẳng",
      "kêu", "gọi", "ký", "nói", "biết", "cùng", "thuộc", "trong", "ngoài", "giúp", "để", "năm", "ngày", "tháng", "các",
      "những", "mọi", "người", "dân", "phải", "không", "nay", "này", "đó", "kiến");

  /**
   * Round 11: "Hiệp hội Gốm sứ mỹ nghệ Việt Nam", "Trung tâm Điều phối cấp cứu quốc gia", "Đài Thông tin … Việt
   * Nam": a body named by a head and capitalised words whose name goes on over one to four lower-case
   * words (none a verb or link) up to "Việt Nam", "quốc gia" or "Trung ương" ends there; the country inside it is no
   * mention of its own.
   */
  static List<EntityMention> nationalTails(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (out != null && !out.isEmpty() && out.get(out.size() - 1).end() > m.start()) continue; // inside the longer body
      EntityMention fixed = null;
      if (m.type() == EntityType.ORGANIZATION && m.text().indexOf(' ') > 0) {
        boolean head = false;
        for (String h : TAIL_HEADS) head |= m.text().startsWith(h);
        int x = m.end();
        int words = 0;
        int len = text.length();
        scan:
        while (head && words <= 4 && x + 1 < len && text.charAt(x) == ' ') {
          for (String ne : NATIONAL_ENDS) {
            int e = x + 1 + ne.length();
            if (text.startsWith(ne, x + 1) && (e == len || !Tokenizer.isWordChar(text.charAt(e)))) {
              if (ne.equals("quốc gia") && text.startsWith(" Việt Nam", e)) e += 9; // "… quốc gia Việt Nam"
              if (words > 0) fixed = new EntityMention(m.start(), e, text.substring(m.start(), e), m.type(), m.entity());
              break scan;
            }
          }
          if (words == 4 || !Character.isLowerCase(text.charAt(x + 1))) break;
          int w = wordEndAt(text, x + 1);
          if (w == x + 1) break;
          String word = text.substring(x + 1, w);
          if (TAIL_STOPS.contains(word) || LEX.continuationStops.contains(NameKeys.key(word))) break;
          x = w;
          words++;
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Portfolio phrases whose first words a body's name capitalises and whose last words stay in lower case, longest
   * first: "Cục Thi hành án dân sự", "Cục Quản lý Khám chữa bệnh", "Tổng cục Quản lý đất đai".
   */
  private static final List<String> PORTFOLIO_PHRASES = List.of("thi hành án dân sự", "thi hành án",
      "khám chữa bệnh", "quản lý đất đai", "phòng chống dịch Covid-19", "phòng, chống dịch Covid-19",
      "phòng chống dịch", "phòng, chống dịch",
      // Round 13: ministries, departments and schools whose portfolio words after the first stay in lower case.
      "giáo dục đại học", "kinh tế quốc dân", "thông tin và truyền thông", "chất lượng nông lâm sản và thủy sản",
      "nông nghiệp và phát triển nông thôn", "giáo dục và đào tạo", "kế hoạch và đầu tư", "khoa học và công nghệ",
      "tài nguyên và môi trường", "lao động - thương binh và xã hội");
  /** Administrative levels before the place that closes a body's name: "Cục … tỉnh Phú Thọ". */
  private static final List<String> BODY_PLACE_LEVELS = List.of("tỉnh", "huyện", "thành phố", "TP", "quận", "thị xã",
      "xã", "phường");

  /**
   * Round 12: "Cục Thi hành | án dân sự tỉnh Phú Thọ", "Cục Quản lý Khám chữa | bệnh": the scanner ends a body's name
   * at the last capitalised word, inside a portfolio phrase whose tail stays in lower case. When the name's last one
   * to three words open such a phrase and the text right after completes it, the name goes on to the phrase's end,
   * and over the place mention right after it, with or without its administrative level ("… tỉnh Phú Thọ").
   */
  static List<EntityMention> compoundTails(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    int skipUntil = -1;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (m.start() < skipUntil) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        continue; // the place now inside the longer body
      }
      EntityMention fixed = null;
      if (m.type() == EntityType.ORGANIZATION && m.text().indexOf(' ') > 0) {
        String t = m.text();
        int e = -1;
        int cut = t.length();
        for (int n = 1; n <= 3 && e < 0; n++) {
          cut = t.lastIndexOf(' ', cut - 1);
          if (cut <= 0) break;
          String tail = t.substring(cut + 1).toLowerCase(java.util.Locale.ROOT);
          for (String ph : PORTFOLIO_PHRASES) {
            if (ph.length() <= tail.length() + 1 || !ph.startsWith(tail) || ph.charAt(tail.length()) != ' ') continue;
            String rest = ph.substring(tail.length());
            int x = m.end() + rest.length();
            if (text.startsWith(rest, m.end()) && (x == text.length() || !Tokenizer.isWordChar(text.charAt(x)))) {
              e = x;
              break;
            }
          }
        }
        if (e > 0) {
          if (k + 1 < ms.size() && ms.get(k + 1).start() == e + 1 && text.charAt(e) == ' '
              && ms.get(k + 1).type() == EntityType.LOCATION) {
            e = ms.get(k + 1).end(); // "Cục Thi hành án dân sự Hà Nội"
            skipUntil = e;
          }
          for (String level : BODY_PLACE_LEVELS) {
            int p = e + 1 + level.length() + 1;
            if (k + 1 < ms.size() && text.startsWith(" " + level + " ", e) && ms.get(k + 1).start() == p
                && ms.get(k + 1).type() == EntityType.LOCATION) {
              e = ms.get(k + 1).end();
              skipUntil = e;
              break;
            }
          }
          fixed = new EntityMention(m.start(), e, text.substring(m.start(), e), m.type(), m.entity());
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 14: "Phó Trưởng Ban Tuyên giáo Trung ương Nguyễn Văn A": a board named right after "Trưởng" is part of the
   * title, whose word holds the board's head (the guidelines annotate no body there, as for "Trưởng ban X"); and
   * "Ngân hàng Nhà nước chi nhánh tỉnh Yên Hòa", "Agribank chi nhánh Bình Chánh": a body's branch keeps "chi
   * nhánh" and the place after it, with or without its level, as one organisation.
   */
  static List<EntityMention> boardsAndBranches(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    int skipUntil = -1;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      boolean drop = m.start() < skipUntil; // the place now inside the branch
      EntityMention fixed = null;
      if (!drop && m.type() == EntityType.ORGANIZATION) {
        int p = wordStartBefore(text, m.start());
        if (m.text().startsWith("Ban ") && p >= 0 && text.regionMatches(true, p, "trưởng", 0, 6) && p + 7 == m.start()
            && !(p >= 4 && text.startsWith("huy ", p - 4))) { // "Chỉ huy trưởng Ban CHQS …" heads the board's troops
          drop = true;
        } else if (text.startsWith(" chi nhánh ", m.end()) && k + 1 < ms.size()
            && ms.get(k + 1).type() == EntityType.LOCATION) {
          int x = m.end() + 11;
          for (String level : BODY_PLACE_LEVELS) {
            if (text.startsWith(level + " ", x)) {
              x += level.length() + 1;
              break;
            }
          }
          if (ms.get(k + 1).start() == x) {
            int e = ms.get(k + 1).end();
            fixed = new EntityMention(m.start(), e, text.substring(m.start(), e), m.type(), m.entity());
            skipUntil = e;
          }
        }
      }
      if ((fixed != null || drop) && out == null) out = new ArrayList<>(ms.subList(0, k));
      if (out != null && !drop) out.add(fixed != null ? fixed : m);
    }
    return changed(out, ms);
  }

  /**
   * Round 14: "cháu K.", "bệnh nhân N.V.Đ. (SN 1993)": a person named by initials keeps the dot after the last one,
   * also where the dot ends the sentence, as the guidelines write initials ("B.", "L.T.B.").
   */
  static List<EntityMention> initialDots(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      String t = m.text();
      if (m.type() == EntityType.PERSON && t.length() % 2 == 1 && m.end() < text.length() && text.charAt(m.end()) == '.'
          && (k + 1 == ms.size() || ms.get(k + 1).start() > m.end())) {
        boolean initials = true;
        for (int i = 0; i < t.length() && initials; i++) {
          initials = i % 2 == 0 ? Character.isUpperCase(t.charAt(i)) : t.charAt(i) == '.';
        }
        if (initials) fixed = new EntityMention(m.start(), m.end() + 1, t + ".", m.type(), m.entity());
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 14: "(23 - 25 Lê Văn Ninh, TP Huế)", "Địa chỉ: Số 36B Hàng Ngang, Hoàn Kiếm", "45B Lý Văn Phúc và 137 …": a
   * Vietnamese name right after a house number (digits with a letter, a slash or a range) that opens an address (after a
   * bracket, a colon, a comma, a list's dash, "số", "và" or a line start), and followed by a comma, a bracket, a dash, "và", a
   * full stop or the line's end, is the street (a place), not a person named after it.
   */
  static List<EntityMention> numberedStreets(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      if (m.type() == EntityType.PERSON && m.start() > 1 && text.charAt(m.start() - 1) == ' '
          && Character.isDigit(text.charAt(m.start() - 2)) || m.type() == EntityType.PERSON && m.start() > 2
          && text.charAt(m.start() - 1) == ' ' && Character.isUpperCase(text.charAt(m.start() - 2))
          && Character.isDigit(text.charAt(m.start() - 3))) {
        if (houseNumberEnds(text, m.start() - 1) && streetEnds(text, m.end()) && !foreignWord(m.text()))
          fixed = m.withType(EntityType.LOCATION);
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Whether a house number ("45", "45B", "778/10", "65 - 67", "Số 2N") that opens an address or goes on a list of
   * addresses ("…, 45B X và 137 Y") ends at offset e.
   */
  private static boolean houseNumberEnds(String text, int e) {
    int p = e;
    for (int part = 0; part < 2; part++) {
      int q = p;
      while (q > 0 && (Character.isLetterOrDigit(text.charAt(q - 1)) || text.charAt(q - 1) == '/')) q--;
      if (q == p || !Character.isDigit(text.charAt(q))) return false;
      p = q;
      int r = p;
      while (r > 0 && text.charAt(r - 1) == ' ') r--;
      if (part == 0 && r > 0 && text.charAt(r - 1) == '-' && r >= 2 && (text.charAt(r - 2) == ' '
          || Character.isDigit(text.charAt(r - 2)))) {
        int d = r - 1;
        while (d > 0 && text.charAt(d - 1) == ' ') d--;
        if (d > 0 && Character.isDigit(text.charAt(d - 1))) {
          p = d; // "65 - 67", "212-214": a range, walk on to its first number
          continue;
        }
      }
      break;
    }
    if (p > 0 && text.charAt(p - 1) != ' ' && text.charAt(p - 1) != '(' && text.charAt(p - 1) != '\n') return false;
    int r = p;
    while (r > 0 && text.charAt(r - 1) == ' ') r--;
    if (r == 0) return true;
    char c = text.charAt(r - 1);
    if ("(:,;\n/-".indexOf(c) >= 0) return true;
    return r >= 2 && (text.regionMatches(true, r - 2, "số", 0, 2) || text.startsWith("và", r - 2))
        && (r == 2 || !Tokenizer.isWordChar(text.charAt(r - 3))) || alleyBefore(text, r);
  }

  /** Round 17: lower-case words of an alley that open an address ("ngõ 170 X", "hẻm 80 Y"), ending at offset r. */
  private static final List<String> ALLEY_WORDS = List.of("ngõ", "hẻm", "ngách", "kiệt");

  private static boolean alleyBefore(String text, int r) {
    for (String a : ALLEY_WORDS) {
      int q = r - a.length();
      if (q >= 0 && text.startsWith(a, q) && (q == 0 || !Tokenizer.isWordChar(text.charAt(q - 1)))) return true;
    }
    return false;
  }

  /** Whether a street may end at offset e: a comma, a bracket, a dash, "và", a semicolon, a full stop, a line's end. */
  private static boolean streetEnds(String text, int e) {
    if (e >= text.length()) return true;
    char c = text.charAt(e);
    if (c == ',' || c == ')' || c == ';' || c == '\n' || c == '.' && (e + 1 == text.length() || text.charAt(e + 1) == ' '
        || text.charAt(e + 1) == '\n')) return true;
    return text.startsWith(" (", e) || text.startsWith(" -", e) || text.startsWith(" và ", e);
  }

  /**
   * Round 14: "Trung tâm Y tế | dự phòng huyện Cẩm Giang", "Hội Liên hiệp | phụ nữ tỉnh Yên Hòa": a body named by a head
   * whose name goes on over one to six lower-case words (no verb or link, see {@link #TAIL_STOPS}) and then an
   * administrative level and the place mention after it is one body with its place, as the gold writes "Sở Y tế tỉnh X".
   */
  static List<EntityMention> levelTails(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    int skipUntil = -1;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (m.start() < skipUntil) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        continue; // the place now inside the body
      }
      EntityMention fixed = null;
      EntityMention next = k + 1 < ms.size() ? ms.get(k + 1) : null;
      if (m.type() == EntityType.ORGANIZATION && next != null && next.type() == EntityType.LOCATION
          && next.start() - m.end() < 60) {
        boolean head = m.text().startsWith("Bệnh viện ");
        for (String h : ACRONYM_HEADS) head |= m.text().startsWith(h);
        int x = m.end();
        int words = 0;
        while (head && x + 1 < next.start() && text.charAt(x) == ' ' && Character.isLowerCase(text.charAt(x + 1))) {
          int w = wordEndAt(text, x + 1);
          String word = text.substring(x + 1, w);
          if (w == x + 1 || TAIL_STOPS.contains(word) || word.equals("nghị")
              || word.equals("dự") && !text.startsWith(" phòng", w)) break; // "dự" (attends), not "dự phòng" (preventive)
          boolean level = false;
          for (String l : BODY_PLACE_LEVELS) level |= text.startsWith(l + " ", x + 1) && x + 2 + l.length() == next.start();
          if (level) {
            if (words > 0) {
              fixed = new EntityMention(m.start(), next.end(), text.substring(m.start(), next.end()), m.type(), m.entity());
              skipUntil = next.end();
            }
            break;
          }
          if (++words > 6) break;
          x = w;
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Round 14: words that make a noun plural or counted ("các tỉnh", "nhiều huyện", "một số xã"). */
  private static final Set<String> PLURAL_WORDS = WordSet.of("các", "nhiều", "những", "số");
  /** Round 14: place nouns that open a list of places ("các tỉnh như A, B", "các huyện: A, B và C"). */
  private static final Set<String> PLACE_NOUNS = WordSet.of("tỉnh", "huyện", "xã", "quận", "phường", "bang", "vùng",
      "nước", "thành", "thị", "địa", "quốc");
  /** Round 14: links between a plural place noun and its list ("như", "gồm", "là"). */
  private static final Set<String> LIST_LINKS = WordSet.of("như", "gồm", "là");
  /** Round 14: separators between the items of a list of names. */
  private static final List<String> LIST_SEPARATORS = List.of(", ", " và ", ", và ", " hay ", " hoặc ");

  /**
   * Round 14: "nhiều tỉnh giáp biên giới như Savakhet, Bokhara và …", "các huyện: Quảng Xuyên, Nông Hà": a name typed a
   * person in a list opened by a plural place noun (with up to eight words between, no punctuation) and "như", "gồm",
   * "là" or a colon is a place, like the other items that the gazetteer knows.
   */
  static List<EntityMention> placeLists(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      if (m.type() == EntityType.PERSON && placeListOpens(text, listStart(text, m.start()))) {
        fixed = m.withType(EntityType.LOCATION);
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Start of the list of capitalised names that the item at offset s ends ("A, B Cd và E"): walks back over up to 12 items. */
  private static int listStart(String text, int s) {
    return listStart(text, s, false);
  }

  /**
   * Start of the list that the item at offset s ends, walking back over up to 12 items; an item is a run of
   * capitalised words, or with {@code titles} a run of words opening with a capital or a number that may hold
   * apostrophes, hyphens and dots ("A, B-C, L'D và E").
   */
  private static int listStart(String text, int s, boolean titles) {
    int p = s;
    for (int n = 0; n < 12; n++) {
      int sepStart = -1;
      for (String sep : LIST_SEPARATORS) {
        if (p >= sep.length() && text.startsWith(sep, p - sep.length())) sepStart = Math.max(sepStart, p - sep.length());
      }
      if (sepStart < 0) return p;
      int itemStart = titles ? titleItemStart(text, sepStart) : nameItemStart(text, sepStart);
      if (itemStart < 0) return p;
      p = itemStart;
    }
    return p;
  }

  /** Start of the capitalised words ending at offset q (a list item), or -1. */
  private static int nameItemStart(String text, int q) {
    int itemStart = -1;
    while (q > 0 && Tokenizer.isWordChar(text.charAt(q - 1))) {
      int w = q;
      while (w > 0 && Tokenizer.isWordChar(text.charAt(w - 1))) w--;
      if (!Character.isUpperCase(text.charAt(w))) break;
      itemStart = w;
      q = w > 0 && text.charAt(w - 1) == ' ' ? w - 1 : w;
      if (q == w) break;
    }
    return itemStart;
  }

  /** Start of the title ending at offset q (a list item of words opening with a capital or a number), or -1. */
  private static int titleItemStart(String text, int q) {
    int itemStart = -1;
    while (q > 0) {
      int w = q;
      while (w > 0 && " ,;:()\n\"“”".indexOf(text.charAt(w - 1)) < 0) w--;
      if (w == q || !(Character.isUpperCase(text.charAt(w)) || Character.isDigit(text.charAt(w)))) break;
      itemStart = w;
      if (w == 0 || text.charAt(w - 1) != ' ') break;
      q = w - 1;
    }
    return itemStart;
  }

  /** Whether a list of places opens right before offset s: "<plural> <place noun> … như|gồm|là|:" (see placeLists). */
  private static boolean placeListOpens(String text, int s) {
    int p = s;
    while (p > 0 && text.charAt(p - 1) == ' ') p--;
    boolean colon = p > 0 && text.charAt(p - 1) == ':';
    if (colon) p--;
    String prevWord = null;
    for (int n = 0; n < 10; n++) {
      int q = p;
      while (q > 0 && Tokenizer.isWordChar(text.charAt(q - 1))) q--;
      if (q == p) return false; // punctuation: the list's opening is not in this clause
      String w = text.substring(q, p);
      if (n == 0 && !colon && !LIST_LINKS.contains(w)) return false;
      if (PLURAL_WORDS.contains(w) && prevWord != null && PLACE_NOUNS.contains(prevWord)) return true;
      if (colon && n > 0) return false; // "các huyện:" only
      prevWord = w;
      p = q;
      while (p > 0 && text.charAt(p - 1) == ' ') p--;
    }
    return false;
  }

  /**
   * Round 21: compounds whose first syllable, capitalised at a sentence start or as the first word of a department or a
   * title after a post ("Trưởng ban Kiểm tra", "Chánh văn phòng Nội các", "giám đốc Bảo tàng …", "Thông tin ban đầu"), was
   * read as a one-word name: common words, whether or not the article also writes them in lower case.
   */
  private static final Set<String> KNOWN_COMPOUNDS = WordSet.of(
      "thông tin", "phát triển", "quyết định", "liên quan", "chương trình", "quốc tế", "kiểm tra", "công tác",
      "giáo dục", "chất lượng", "đại diện", "nguyên nhân", "báo cáo", "kế hoạch", "thành viên", "tìm kiếm", "an ninh",
      "quân sự", "tốt nghiệp", "nhà máy", "chính trị", "hồ sơ", "nhà trường", "giải thưởng", "cửa hàng", "vận động",
      "cao cấp", "trung bình", "tuyên truyền", "công văn", "thủy sản", "thuỷ sản", "huy động", "phương thức",
      "kịch bản", "đại dương", "trung học", "trung cấp", "phụ trách", "huyền thoại", "công chức", "bảo tàng",
      "dự thảo", "thiếu niên", "đồng minh", "lợi dụng", "bách khoa", "tư tưởng", "tình báo", "khởi công", "thiên văn",
      "tọa đàm", "toạ đàm", "y khoa", "điều phối", "trị sự", "nội các", "bến tàu", "triệu phú", "sinh năm", "nam diễn",
      "nữ diễn", "kiểm sát", "thanh tra", "tài chính", "kinh tế", "ngoại giao", "nội vụ", "tư pháp", "quốc phòng",
      "văn hóa", "văn hoá", "khoa học", "công nghệ", "bảo vệ", "bảo hiểm", "quản lý", "tổ chức", "tuyên giáo",
      "dân vận", "thi đua", "khen thưởng", "truyền thông", "nội dung", "hiện trường", "công trình", "căn nhà", "tình yêu",
      "khát vọng", "thủ hiến", "nghị viện", "phiên họp", "việc làm", "an toàn", "không lực", "kiến trúc");

  /**
   * Round 26: common words whose first syllable, capitalised, is a country's name and was typed a place ("Mỹ nhân" a
   * beauty, "Anh hùng" a hero, "Pháp chủ" a Buddhist rank, "Áo dài", "Nhật báo" a daily).
   */
  private static final Set<String> PLACE_COMPOUNDS = WordSet.of("mỹ nhân", "mỹ thuật", "mỹ phẩm", "anh hùng", "anh em",
      "anh ngữ", "pháp chủ", "pháp luật", "nhật báo", "áo dài", "cộng hòa", "cộng hoà", "phật đản");

  /**
   * Round 14: "Giáo dục Mầm non", "Tạp chí Cộng sản", "Bến tàu Du lịch", "tổ chức Kỳ thi": one capitalised syllable typed
   * a person or (after "tổ chức", which also means "organise") an organisation, with no person cue before it, whose
   * lower-case word after it makes a compound that the article also writes in lower case ("giáo dục", "tạp chí", "kỳ
   * thi") is the start of a capitalised common word, not a name.
   */
  static List<EntityMention> capitalisedCompounds(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    java.util.Map<String, Boolean> written = null; // compound -> written in lower case somewhere: one search each
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      boolean drop = false;
      String t = m.text();
      int e = m.end();
      if (m.type() == EntityType.LOCATION && t.length() > 1 && t.indexOf(' ') < 0 && e + 2 < text.length()
          && text.charAt(e) == ' ' && Character.isLowerCase(text.charAt(e + 1))) {
        // Round 26: "Mỹ nhân", "Anh hùng", "Pháp chủ": a country's syllable opening a listed common word.
        drop = PLACE_COMPOUNDS.contains(t.toLowerCase(java.util.Locale.ROOT) + text.substring(e, wordEndAt(text, e + 1)));
      } else if ((m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) && t.length() > 1
          && t.indexOf(' ') < 0 && e + 2 < text.length()
          && text.charAt(e) == ' ' && Character.isLowerCase(text.charAt(e + 1)) && vietnameseSyllable(NameKeys.nfcKey(t))) {
        int w = wordEndAt(text, e + 1);
        String compound = t.toLowerCase(java.util.Locale.ROOT) + text.substring(e, w);
        int p = wordStartBefore(text, m.start());
        String before = p < 0 ? "" : NameKeys.key(text.substring(p, wordEndAt(text, p)));
        boolean cued = LEX.find(before, Kind.PERSON_CUE) != null || KIN_CUES.contains(before);
        if (KNOWN_COMPOUNDS.contains(compound) && !KIN_CUES.contains(before)) drop = true; // round 21: listed, any cue
        else if (!cued) {
          if (written == null) written = new java.util.HashMap<>();
          Boolean known = written.get(compound);
          if (known == null) {
            boolean found = false;
            for (int q = text.indexOf(compound); q >= 0 && !found; q = text.indexOf(compound, q + 1)) {
              int qe = q + compound.length();
              found = (q == 0 || !Tokenizer.isWordChar(text.charAt(q - 1)))
                  && (qe == text.length() || !Tokenizer.isWordChar(text.charAt(qe)));
            }
            written.put(compound, known = found);
          }
          drop = known;
        }
      }
      if (drop && out == null) out = new ArrayList<>(ms.subList(0, k));
      if (!drop && out != null) out.add(m);
    }
    return changed(out, ms);
  }

  /**
   * Round 14: "ở tuổi U50", "đội U23", "lứa U19": an age group ("U" and two digits) is never a person; nor is a name with
   * a code in it ("B61-12", "Su-25SM3", "Hummer H2", "V40 ThinQ"): a model or product (MISC), or, after a Vietnamese
   * common noun ("Tầng B2", "Xăng E5", "Dịch Covid-19") or as a disease, a road milestone or a ranking ("Covid-19đã",
   * "Km41", "Top10"), nothing; nor a unit's head word ("Đội trưởng Đội …", "Tổ …", "Chi bộ"). The scanner typed them
   * people by default.
   */
  static List<EntityMention> codedNames(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      String t = m.text();
      EntityMention fixed = null;
      boolean drop = m.type() == EntityType.PERSON && t.length() == 3 && t.charAt(0) == 'U'
          && Character.isDigit(t.charAt(1)) && Character.isDigit(t.charAt(2));
      // "Đội trưởng Đội cơ động", "Tổ công tác", "Bí thư Chi bộ": a unit's head word is no given name.
      drop |= m.type() == EntityType.PERSON && (t.equals("Đội") || t.equals("Tổ") || t.equals("Chi")
          && (text.startsWith(" bộ", m.end()) || text.startsWith(" hội", m.end()) || text.startsWith(" nhánh", m.end())));
      if (!drop && m.type() == EntityType.PERSON && codeWord(t)) {
        int sp = t.indexOf(' ');
        String first = sp < 0 ? "" : t.substring(0, sp);
        if (!first.isEmpty() && !codeWord(first) && vietnameseSyllable(NameKeys.key(first))) drop = true;
        else if (t.startsWith("Covid") || t.startsWith("Km") || t.startsWith("Top")) drop = true; // a disease, a milestone
        else fixed = new EntityMention(m.start(), m.end(), t, EntityType.MISC, m.entity());
      }
      if (drop && out == null) out = new ArrayList<>(ms.subList(0, k));
      if (!drop) out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Whether a word of the text mixes letters and digits ("B61-12", "H2", "JBee7"), as model codes do; not initials. */
  private static boolean codeWord(String t) {
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ') {
        if (letter && digit) return true;
        letter = digit = false;
      } else if (c == '.') {
        return false; // initials ("N.V.Đ.") and abbreviations
      } else {
        letter |= Character.isLetter(c);
        digit |= Character.isDigit(c);
      }
    }
    return letter && digit;
  }

  /** Round 14: heads of bodies that are also given names ("Trường", "Bộ", "Khoa"). */
  private static final Set<String> GIVEN_NAME_HEADS = WordSet.of("Trường", "Bộ", "Khoa");
  /** Round 14: family names that are also nouns before a body ("Đoàn luật sư", "Văn phòng", "Cao Đài"). */
  private static final Set<String> NOUN_SURNAMES = WordSet.of("Đoàn", "Văn", "Âu", "Cao", "Dương", "Mai", "Hà", "La");

  /**
   * Round 14: "ông Lương Trường Sơn", "Đỗ Trường Duy", "Đinh Bộ Lĩnh": a family name right before a body named by a head
   * that is also a given name ("Trường", "Bộ", "Khoa") and one or two capitalised syllables makes a person's full name;
   * lower-case words the body took after them are left out.
   */
  static List<EntityMention> surnameHeads(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      String t = m.text();
      int sp = m.type() == EntityType.ORGANIZATION ? t.indexOf(' ') : -1;
      // the cheap test first: most mentions are no body named by such a head, and need no look behind
      int p = sp > 0 && GIVEN_NAME_HEADS.contains(t.substring(0, sp)) ? wordStartBefore(text, m.start()) : -1;
      boolean glued = k > 0 && p >= 0 && ms.get(k - 1).start() == p && ms.get(k - 1).end() == wordEndAt(text, p);
      if (p >= 0 && p + 1 < m.start() && (k == 0 || ms.get(k - 1).end() <= p || glued)) {
        String surname = text.substring(p, wordEndAt(text, p));
        int e = m.start() + sp;
        int syllables = 0;
        while (syllables < 2 && e + 1 < m.end() && text.charAt(e) == ' ' && Character.isUpperCase(text.charAt(e + 1))) {
          int w = wordEndAt(text, e + 1);
          if (!vietnameseSyllable(NameKeys.key(text.substring(e + 1, w)))) break;
          e = w;
          syllables++;
        }
        if (syllables > 0 && (e == m.end() || Character.isLowerCase(text.charAt(e + 1))) && !NOUN_SURNAMES.contains(surname)
            && LEX.surnames.contains(NameKeys.key(surname)) && Character.isUpperCase(surname.charAt(0))) {
          int q = wordStartBefore(text, p);
          String cue = q < 0 ? "" : text.substring(q, wordEndAt(text, q)).toLowerCase(java.util.Locale.ROOT);
          EntityType type = cue.equals("đường") || cue.equals("phố") ? EntityType.LOCATION : EntityType.PERSON;
          fixed = new EntityMention(p, e, text.substring(p, e), type, m.entity()); // a street named after the person
          if (glued) { // the family name, read as a name of its own, joins the person
            if (out == null) out = new ArrayList<>(ms.subList(0, k));
            out.remove(out.size() - 1);
          }
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Round 14: last words of agencies' and outlets' names in photo credits ("Getty Images", "Hà Nam TV"). */
  private static final Set<String> CREDIT_OUTLET_ENDS = WordSet.of("Images", "News", "TV", "Times", "Post", "Press", "Photo",
      "Photos", "Online", "Today", "UK", "Bridal", "Map");

  /** Whether a word is an initial with its dot, alone or before a name ("M.", "M.Khương", "P.T.V"). */
  private static boolean initialsDot(String w) {
    return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
  }

  /** Whether a word of two letters or more is written in capitals only ("AP", "SYT"). */
  private static boolean allCaps(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) return false;
      if (Character.isLetter(c)) letters++;
    }
    return letters >= 2;
  }

  /** Round 14: photo credits that name no one ("Ảnh: Internet", "Ảnh: minh họa"). */
  private static final Set<String> NO_CREDIT = WordSet.of("Internet", "IT", "Minh họa", "Minh hoạ", "NVCC", "TL", "Tư liệu",
      "CTV", "PV", "Chụp màn hình");

  /**
   * Round 14: "(Ảnh: Getty)", "(Ảnh: M.Khương)", "(Ảnh: Lò Văn Sính)": a photo credit in brackets names its source: a
   * Vietnamese name or initials is the photographer (PERSON, as the guidelines write bylines), a foreign name is an
   * agency or outlet (ORGANIZATION). The credit is one to four capitalised words; the mentions inside it give way.
   */
  static List<EntityMention> photoCredits(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int a = text.indexOf("nh:"); a >= 0; a = text.indexOf("nh:", a + 3)) {
      if (a < 2 || text.charAt(a - 2) != '(' || (text.charAt(a - 1) != 'Ả' && text.charAt(a - 1) != 'ả')) continue;
      int s = a + 3;
      while (s < text.length() && text.charAt(s) == ' ') s++;
      int close = text.indexOf(')', s);
      int e = close;
      while (e > s && text.charAt(e - 1) == ' ') e--;
      if (close < 0 || e - s < 2 || e - s > 40 || text.substring(s, close).indexOf('\n') >= 0) continue;
      String credit = text.substring(s, e);
      String[] words = credit.split(" ");
      boolean names = words.length <= 4 && !NO_CREDIT.contains(credit) && credit.indexOf('/') < 0
          && credit.indexOf(',') < 0 && credit.indexOf(" - ") < 0 && credit.indexOf('–') < 0;
      boolean vietnamese = true;
      for (String w : words) {
        names &= !w.isEmpty() && Character.isUpperCase(w.charAt(0));
        vietnamese &= !w.isEmpty() && (initialsDot(w) || vietnameseSyllable(NameKeys.key(w)) && !allCaps(w));
      }
      String last = words[words.length - 1];
      // A foreign credit is an agency or outlet when it is one word ("Getty") or ends like one ("Getty Images"); a
      // longer foreign credit may be a photographer or a place, and is left to the scanner.
      if (!names || !vietnamese && words.length > 1 && !CREDIT_OUTLET_ENDS.contains(last)) continue;
      EntityType type = vietnamese ? EntityType.PERSON : EntityType.ORGANIZATION;
      List<EntityMention> cur = out == null ? ms : out;
      List<EntityMention> next = new ArrayList<>(cur.size() + 1);
      boolean same = false;
      int at = -1;
      for (EntityMention m : cur) {
        if (m.start() == s && m.end() == e && m.type() == type) same = true;
        if (m.end() <= s || m.start() >= e) {
          if (at < 0 && m.start() >= e) at = next.size();
          next.add(m);
        }
      }
      if (same) continue;
      next.add(at < 0 ? next.size() : at, new EntityMention(s, e, credit, type, null));
      out = next;
    }
    return changed(out, ms);
  }

  /** Round 14: heads of firms' names, which go on over the place that ends them ("Tập đoàn X Gia Lai"). */
  private static final List<String> FIRM_HEADS = List.of("Công ty ", "CTCP ", "Tập đoàn ", "Tổng công ty ",
      "Tổng Công ty ");
  /** Round 14: levels whose place name the scanner may end early at a syllable that is also a country ("huyện Kỳ | Anh"). */
  private static final List<String> SPLIT_LEVELS = List.of(" huyện ", " xã ", " thị xã ", " quận ", " phường ",
      " tỉnh ", " thị trấn ");

  /**
   * Round 14: "Tập đoàn Hoàng Hà | Gia Lai", "Công ty Viễn thông | Hà Nội": a firm's name that the scanner ended before
   * a place goes on over the place right after it; "Công an huyện Kỳ | Anh", "thị xã Phú | Mỹ": a body's place ended
   * at its first syllable before a one-word place (a country's name) goes on over it.
   */
  static List<EntityMention> firmPlaces(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    int skipUntil = -1;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (m.start() < skipUntil) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        continue; // the place now inside the body
      }
      EntityMention fixed = null;
      EntityMention next = k + 1 < ms.size() ? ms.get(k + 1) : null;
      if (m.type() == EntityType.ORGANIZATION && next != null && next.type() == EntityType.LOCATION
          && next.start() == m.end() + 1 && text.charAt(m.end()) == ' ') {
        String t = m.text();
        boolean firm = false;
        for (String h : FIRM_HEADS) firm |= t.startsWith(h);
        boolean level = false;
        int sp = t.lastIndexOf(' ');
        if (next.text().indexOf(' ') < 0 && sp > 0 && Character.isUpperCase(t.charAt(sp + 1))) {
          for (String l : SPLIT_LEVELS) level |= t.startsWith(l, sp - l.length() + 1);
        }
        if (firm || level) {
          fixed = new EntityMention(m.start(), next.end(), text.substring(m.start(), next.end()), m.type(), m.entity());
          skipUntil = next.end();
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Round 14: sentence-initial words glued to the person after them: a pronoun of address or a verb ("Bạn X", "Gạt X"). */
  private static final Set<String> INITIAL_PERSON_LEADS = WordSet.of("Bạn", "Tên", "Gạt", "Mất", "Nơi");
  /** Round 14: sentence-initial classifiers of things glued to the thing's name: "Chiếc C17", "Cuốn X", "Phim X". */
  private static final Set<String> INITIAL_THING_LEADS = WordSet.of("Chiếc", "Mẫu", "Cuốn", "Phim");
  /** Round 14: sentence-initial common nouns glued to a code or letter typed a person: "Vitamin C", "Mạng Internet". */
  private static final Set<String> INITIAL_NOUNS = WordSet.of("Vitamin", "Mạng");

  /**
   * Round 14: a capitalised word that only opens its sentence was read as the first name of the run after it ("Bạn
   * Nguyễn Văn A", "Gạt Reus, …", "Chiếc C17 đáp xuống", "Vitamin C"). A pronoun of address or a verb leaves the person
   * after it; a classifier of things leaves the thing (MISC: a vehicle, a model, a book, a film); a common noun before a
   * code leaves nothing.
   */
  static List<EntityMention> initialWords(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      boolean drop = false;
      String t = m.text();
      int sp = t.indexOf(' ');
      if (m.type() == EntityType.PERSON && sp > 0 && sentenceStart(text, m.start())) {
        String first = t.substring(0, sp);
        EntityType rest = INITIAL_PERSON_LEADS.contains(first) ? EntityType.PERSON
            : INITIAL_THING_LEADS.contains(first) ? EntityType.MISC : null;
        if (rest != null) fixed = new EntityMention(m.start() + sp + 1, m.end(), t.substring(sp + 1), rest, m.entity());
        drop = INITIAL_NOUNS.contains(first);
      }
      if (drop && out == null) out = new ArrayList<>(ms.subList(0, k));
      if (!drop) out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 15: "chiếc" is the classifier of objects, never of people or bodies: a name typed a person or an
   * organisation right after a lower-case "chiếc" is the thing (MISC: "chiếc Porsche", "chiếc Airbus", "chiếc Vios"),
   * and a sentence-initial "Chiếc" glued to a body's name leaves the thing ("Chiếc Porsche 918" + "Spyder"); a name
   * typed a person or a body right after "bộ phim" or "loạt phim" is the film or series, and one right after a
   * lower-case "giải" is the prize or league. Round 31: a person after "vai <character> trong" is the work, and so is a
   * person right after such a work and "và" (a sequel's number may stand between).
   */
  static List<EntityMention> classifiedThings(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    int swallowed = -1; // end of a thing that took in the model code after it: mentions inside it go
    int work = -1; // end of the last person-typed name made a work here ("vai X trong <work> và <work>")
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (m.start() < swallowed) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        continue;
      }
      EntityMention fixed = null;
      EntityType ty = m.type();
      if (ty == EntityType.PERSON || ty == EntityType.ORGANIZATION) {
        int s = m.start(), e = -1;
        if (s >= 6 && text.startsWith("chiếc ", s - 6) && (s == 6 || !Tokenizer.isWordChar(text.charAt(s - 7)))) {
          e = modelTail(text, m.end());
          fixed = new EntityMention(s, e, text.substring(s, e), EntityType.MISC, m.entity());
        } else if (ty == EntityType.ORGANIZATION && m.text().startsWith("Chiếc ") && m.text().length() > 6
            && sentenceStart(text, s)) {
          e = modelTail(text, m.end());
          fixed = new EntityMention(s + 6, e, text.substring(s + 6, e), EntityType.MISC, m.entity());
        }
        if (fixed != null) swallowed = e;
        else if (filmBefore(text, s) || prizeBefore(text, s)
            || ty == EntityType.PERSON && k > 0 && (roleWorkBefore(text, ms.get(k - 1), s) || workAfter(text, work, s))
            || ty == EntityType.PERSON && quotedTitle(text, m))
          fixed = new EntityMention(s, m.end(), m.text(), EntityType.MISC, m.entity());
        if (fixed != null && ty == EntityType.PERSON && fixed.type() == EntityType.MISC) work = m.end();
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 36: "đóng chung trong “X Y Z”", "quả bom mang tên “X Y”": a name typed a person that fills a pair of quotes
   * right after a lower-case "trong" (a role or a scene in a work) or "mang tên" (a named operation, bomb, workshop) is
   * that work or thing (MISC); after "mang tên" a full Vietnamese name stays a person ("con đường mang tên “Nguyễn Văn
   * A”" is no thing either, but no person is made a thing), after "trong" it is a title too ("trong “Cao Lương Đỏ”").
   * Trigger: a quote right before the name and one right after it, then one
   * startsWith.
   */
  static boolean quotedTitle(String text, EntityMention m) {
    int s = m.start(), e = m.end();
    if (s < 7 || e >= text.length()) return false;
    char o = text.charAt(s - 1), c = text.charAt(e);
    if (!(o == '"' && c == '"' || o == '“' && c == '”')) return false;
    if (text.startsWith(" trong ", s - 8)) return true;
    return s >= 11 && text.startsWith(" mang tên ", s - 11) && !fullVietnameseName(m.text());
  }

  /**
   * Round 31: "vai Anna Berg trong Gió Bắc" (a role in a work): whether the person p, right after a lower-case "vai",
   * is followed by " trong " and the name at s, which is then the work (film characters stay persons).
   */
  static boolean roleWorkBefore(String text, EntityMention p, int s) {
    int b = p.start();
    return s - p.end() == 7 && p.type() == EntityType.PERSON && text.charAt(s - 2) == 'g' && text.startsWith(" trong ", p.end())
        && b >= 4 && text.startsWith("vai ", b - 4) && (b == 4 || !Tokenizer.isWordChar(text.charAt(b - 5)));
  }

  /**
   * Round 31: "… trong Gió Bắc 2 và Gió Nam 3": whether the name at s follows a work typed just before (ending at w)
   * with only " và " between, or a sequel's number and " và ".
   */
  static boolean workAfter(String text, int w, int s) {
    if (w < 0 || s - w < 4 || s - w > 10 || !text.startsWith(" và ", s - 4)) return false;
    for (int i = w + 1; i < s - 4; i++) if (!Character.isDigit(text.charAt(i))) return false;
    return s - w == 4 || text.charAt(w) == ' ';
  }

  /**
   * Round 15: an honorific is no part of the name ("Sir Alex …" gives "Alex …"; "Bác Hồ" gives "Hồ", as the guidelines
   * ask); and a one-word country glued before a foreign name ("thủ tướng Ý Marco Rossi", "người Ý Carla Bianchi") is
   * the country, not the person's first name. Vietnamese names that open with a country's syllable ("Mỹ Linh", "Đức
   * Huy") are left alone: the rest of the name must be foreign words. Round 31: a capitalised language typed a person
   * ("môn Tiếng Việt", "dịch sang Tiếng Hàn": "Tiếng" and one word) is dropped, as the guidelines leave languages out.
   */
  static List<EntityMention> honorifics(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    List<String> afterO = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      String t = m.text();
      int sp = t.indexOf(' ');
      EntityType ty = m.type();
      if (sp == 5 && ty == EntityType.PERSON && t.startsWith("Tiếng ") && t.indexOf(' ', 6) < 0) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k)); // round 31: a language, not annotated
        continue;
      }
      if (ty == EntityType.PERSON) {
        // Round 32: "Vitamin", "Vitamin E": a substance, not annotated.
        if (t.charAt(0) == 'V' && t.startsWith("Vitamin") && (t.length() == 7 || sp == 7 && t.indexOf(' ', 8) < 0)) {
          if (out == null) out = new ArrayList<>(ms.subList(0, k));
          continue;
        }
        // Round 32: "các bác sĩ ở Noida", "thạch nhũ ở El Zapote": noted here, retyped below (placesAfterO).
        int s = m.start();
        if (s >= 3 && text.charAt(s - 2) == 'ở' && text.charAt(s - 1) == ' ' && text.charAt(s - 3) == ' ') {
          if (afterO == null) afterO = new ArrayList<>(2);
          afterO.add(t);
        }
      }
      if (ty == EntityType.PERSON && partyAfter(text, m.end()) && t.indexOf('.') < 0) {
        out = keep(out, ms, k, m.withType(EntityType.ORGANIZATION)); // round 35: "Quốc Dân đảng", "Dân Tiến Đảng"
        continue;
      }
      if (sp < 0 || sp > 4 || !(ty == EntityType.PERSON || ty == EntityType.ORGANIZATION)) {
        out = keep(out, ms, k, null);
        continue;
      }
      EntityMention fixed = null, country = null;
      if ((ty == EntityType.PERSON && t.startsWith("Sir ")) || (t.startsWith("Bác ") && t.indexOf(' ', sp + 1) < 0)
          || ty == EntityType.PERSON && (sp == 3 && t.startsWith("Ông ") || sp == 2 && t.startsWith("Bà ")) && titledRest(t, sp + 1))
        fixed = new EntityMention(m.start() + sp + 1, m.end(), t.substring(sp + 1), EntityType.PERSON, m.entity());
      else if (ty == EntityType.PERSON && t.indexOf(' ', sp + 1) > 0 && foreignWords(t, sp + 1)
          && LEX.find(NameKeys.nfcKey(t.substring(0, sp)), Kind.PLACE) != null) {
        country = new EntityMention(m.start(), m.start() + sp, t.substring(0, sp), EntityType.LOCATION, null);
        fixed = new EntityMention(m.start() + sp + 1, m.end(), t.substring(sp + 1), EntityType.PERSON, m.entity());
      }
      if (country != null) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        out.add(country);
      }
      out = keep(out, ms, k, fixed);
    }
    List<EntityMention> res = changed(out, ms);
    return afterO == null ? res : placesAfterO(text, res, afterO);
  }

  /**
   * Round 35: whether the rest of a person-typed "Ông X", "Bà X" written with a capital in mid-sentence ("…, Ông Tobias
   * Renwick - Giám đốc") is the name after the title: a foreign name of two words or more that is no known place, or one
   * common given name ("sau đó, Ông Hùng …"). A Vietnamese name after it is left to round 11's rule
   * ({@link #titledNames}), as "Ông" is also a surname ("Ông Cao Thắng"); a place or a deity named with the word ("Bà
   * Rịa", "nóc Ông Lục", "Bà Nà Hills", "vía Bà Chúa Xứ") keeps it.
   */
  static boolean titledRest(String t, int a) {
    String rest = t.substring(a);
    if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) return false;
    int sp = rest.indexOf(' ');
    if (sp < 0) return LEX.givenNames.contains(NameKeys.key(rest));
    String first = NameKeys.key(rest.substring(0, sp));
    return !vietnameseSyllable(first) && !LEX.surnames.contains(first) && LEX.find(Lexicon.phraseKey(rest), Kind.PLACE) == null;
  }

  /**
   * Round 35: whether the word "đảng" or "Đảng" stands right after a name ending at e, and ends the phrase there (not
   * "đảng viên", not "Đảng Dân chủ"): a name typed a person before it is a party named the Chinese way ("Quốc Dân đảng",
   * "Dân Tiến Đảng"), which the dev gold types ORGANIZATION without the word, as it does "đảng Dân Tiến". Two character
   * tests first.
   */
  static boolean partyAfter(String text, int e) {
    if (e + 5 > text.length() || text.charAt(e) != ' ' || text.charAt(e + 1) != 'đ' && text.charAt(e + 1) != 'Đ'
        || !text.startsWith("ảng", e + 2)) return false;
    int x = e + 5;
    if (x == text.length()) return true;
    if (Tokenizer.isWordChar(text.charAt(x))) return false;
    return !(text.charAt(x) == ' ' && x + 1 < text.length()
        && (Character.isUpperCase(text.charAt(x + 1)) || text.startsWith("viên", x + 1) || text.startsWith("bộ", x + 1)
            || text.startsWith("ủy", x + 1) || text.startsWith("uỷ", x + 1)));
  }

  /** Round 32: capitalised heads of a title written as one word with "viên" ("Thành viên", "Giảng viên"). */
  private static final Set<String> VIEN_TITLE_HEADS = WordSet.of("Thành", "Giảng", "Ủy", "Uỷ", "Phóng");

  /** Round 32: whether the word " viên" follows e (a title's second syllable after its capitalised head). */
  private static boolean vienAfter(String text, int e) {
    return e + 5 <= text.length() && text.charAt(e) == ' ' && text.charAt(e + 1) == 'v' && text.startsWith(" viên", e)
        && (e + 5 == text.length() || !Tokenizer.isWordChar(text.charAt(e + 5)));
  }

  /**
   * Round 32: "các bác sĩ ở Noida", "những ngôi nhà ở Castiglione di Sicilia", "ghế HLV ở Old Trafford": a name typed a
   * person right after the lower-case "ở" is the place there, and so are its other person-typed mentions in the article,
   * unless it is a full Vietnamese name, a person's title stands before one of its mentions ("nữ diễn viên X" … "tìm
   * thấy ở X") or it is part of a longer person's name there.
   */
  static List<EntityMention> placesAfterO(String text, List<EntityMention> ms, List<String> names) {
    Set<String> places = null;
    for (String name : names) {
      // A name with a dot ("ở Ý." read with the full stop) is left to the passes that cut it.
      if (name.indexOf('.') >= 0 || fullVietnameseName(name) || (places != null && places.contains(name))) continue;
      boolean person = false;
      for (int k = 0; k < ms.size() && !person; k++) {
        EntityMention o = ms.get(k);
        if (o.type() != EntityType.PERSON) continue;
        String x = o.text();
        if (x.equals(name)) person = titleBefore(text, o.start());
        else person = x.length() > name.length() && (x.startsWith(name) && x.charAt(name.length()) == ' '
            || x.endsWith(name) && x.charAt(x.length() - name.length() - 1) == ' ');
      }
      if (person) continue;
      if (places == null) places = new HashSet<>(2);
      places.add(name);
    }
    if (places == null) return ms;
    List<EntityMention> out = new ArrayList<>(ms.size());
    for (EntityMention m : ms)
      out.add(m.type() == EntityType.PERSON && places.contains(m.text()) ? m.withType(EntityType.LOCATION) : m);
    return List.copyOf(out);
  }

  /**
   * Round 15: "ở Tương Sơn (Nam Kinh)", "sân MetLife (East Rutherford)": a name typed a person, alone in brackets right
   * after a place, is the larger place that holds it; not a full Vietnamese name (a family name and two words more).
   */
  static List<EntityMention> bracketPlaces(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 1; k < ms.size(); k++) {
      EntityMention m = ms.get(k), prev = ms.get(k - 1);
      int s = m.start();
      if (m.type() == EntityType.PERSON && prev.type() == EntityType.LOCATION && prev.end() == s - 2
          && text.charAt(s - 1) == '(' && text.charAt(s - 2) == ' ' && m.end() < text.length() && text.charAt(m.end()) == ')'
          && !fullVietnameseName(m.text())) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        out.add(new EntityMention(s, m.end(), m.text(), EntityType.LOCATION, m.entity()));
      } else if (out != null) out.add(m);
    }
    return changed(out, ms);
  }

  /**
   * Round 15: names the scanner cut in two at one space. "BEST Express", "Samsung C&T", "FPT Edu", "HN T&T": a one-word
   * body followed by one more word typed a body or a person is one body's name, unless that word is Vietnamese ("LS
   * Chánh": a lawyer) or names a person elsewhere in the article on its own ("thủ lĩnh Taliban Mansour … Mansour");
   * likewise an event and one foreign word after it ("Copa America" + "Centenario"). "Tổng" + "Liên đoàn …": the
   * confederation; "Michael B." + "Jordan": a person whose middle initial ended the first part.
   */
  static List<EntityMention> gluedBodyWords(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    Set<String> people = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention n = k + 1 < ms.size() ? ms.get(k + 1) : null;
      if (n == null || n.start() != m.end() + 1 || text.charAt(m.end()) != ' ' || !Character.isUpperCase(m.text().charAt(0))) {
        if (out != null) out.add(m);
        continue;
      }
      EntityType mt = m.type(), nt = n.type(), joined = null;
      boolean oneWord = n.text().indexOf(' ') < 0;
      if (mt == EntityType.ORGANIZATION && m.text().indexOf(' ') < 0 && oneWord
          && (nt == EntityType.ORGANIZATION || nt == EntityType.PERSON)) joined = EntityType.ORGANIZATION;
      else if (mt == EntityType.MISC && nt == EntityType.PERSON && oneWord && n.text().indexOf('.') < 0
          && (digitAfter(text, n.end()) || (m.text().indexOf(' ') > 0 && !EVENT_ENDS.contains(lastWord(m.text())))))
        joined = EntityType.MISC; // not "nhà vô địch Champions League" + "Marcelo"
      else if (mt == EntityType.PERSON && nt == EntityType.ORGANIZATION && m.text().equals("Tổng")) joined = EntityType.ORGANIZATION;
      else if (mt == EntityType.PERSON && nt != EntityType.PERSON && oneWord && m.text().length() > 3
          && m.text().charAt(m.text().length() - 1) == '.' && m.text().charAt(m.text().length() - 3) == ' ') joined = EntityType.PERSON;
      if (joined != null && nt == EntityType.PERSON && mt != EntityType.PERSON) {
        if (vietnameseSyllable(NameKeys.nfcKey(n.text()))) joined = null;
        else {
          if (people == null) {
            people = new HashSet<>();
            for (int q = 0; q < ms.size(); q++) {
              EntityMention u = ms.get(q);
              boolean glued = q > 0 && ms.get(q - 1).end() == u.start() - 1 && ms.get(q - 1).type() != EntityType.PERSON;
              if (u.type() == EntityType.PERSON && !glued) people.add(u.text());
            }
          }
          if (people.contains(n.text())) joined = null;
        }
      }
      if (joined == null) {
        if (out != null) out.add(m);
        continue;
      }
      if (out == null) out = new ArrayList<>(ms.subList(0, k));
      out.add(new EntityMention(m.start(), n.end(), text.substring(m.start(), n.end()), joined, m.entity()));
      k++;
    }
    return changed(out, ms);
  }

  /** Whether a number follows offset e after one space ("… 2016"). */
  private static boolean digitAfter(String text, int e) {
    return e + 1 < text.length() && text.charAt(e) == ' ' && Character.isDigit(text.charAt(e + 1));
  }

  /** The last space-separated word of t. */
  private static String lastWord(String t) {
    return t.substring(t.lastIndexOf(' ') + 1);
  }

  /** Round 15: verbs and nouns that end a body's lower-case run before a place ("Bộ Y tế thông tin Việt Nam …"). */
  private static final Set<String> BODY_RUN_VERBS = WordSet.of("dự", "thông", "đánh", "cảnh", "nhận", "báo", "giao", "sang",
      "xuống", "tham", "phản", "hướng", "sở", "tuyên", "cáo", "đổi", "nơi", "mang", "kiêm", "số", "đường", "nước", "đề",
      "yêu", "kêu", "chỉ", "gửi", "tổ", "mời", "tiếp", "lên", "về", "tới", "thăm", "đón", "trao", "tặng", "ký", "làm");

  /**
   * Round 15: "Trường Cao đẳng | nghề | Đà Lạt", "Hiệp hội Nhân chủng | học | Mỹ", "Văn phòng Đăng ký | đất đai | Thanh Hóa":
   * a body named by a head, then one to four lower-case words (no verb, link or time word) and a place the scanner found
   * right after them, which ends the name, is one body.
   */
  static List<EntityMention> bodyPlaceTails(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention n = k + 1 < ms.size() ? ms.get(k + 1) : null;
      EntityMention fixed = null;
      if (m.type() == EntityType.ORGANIZATION && n != null && n.type() == EntityType.LOCATION && n.start() - m.end() < 40
          && n.start() > m.end() + 2 && text.charAt(m.end()) == ' ' && Character.isLowerCase(text.charAt(m.end() + 1))) {
        boolean head = false;
        for (String h : ACRONYM_HEADS) head |= m.text().startsWith(h);
        int x = m.end(), words = 0;
        while (head && x < n.start() - 1 && text.charAt(x) == ' ' && Character.isLowerCase(text.charAt(x + 1))) {
          int w = wordEndAt(text, x + 1);
          String word = text.substring(x + 1, w);
          if (w == x + 1 || ACRONYM_RUN_STOPS.contains(word) || TAIL_STOPS.contains(word) || BODY_RUN_VERBS.contains(word)) break;
          words++;
          x = w;
        }
        int e = n.end();
        boolean ends = e >= text.length() || !(text.charAt(e) == ' ' && e + 1 < text.length() && Character.isUpperCase(text.charAt(e + 1)));
        if (head && words >= 1 && words <= 4 && x == n.start() - 1 && text.charAt(x) == ' ' && ends)
          fixed = new EntityMention(m.start(), e, text.substring(m.start(), e), EntityType.ORGANIZATION, m.entity());
      }
      if (fixed != null) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        out.add(fixed);
        k++;
      } else if (out != null) out.add(m);
    }
    return changed(out, ms);
  }

  /** Round 15: last words of a firm's legal form or trade, which leave its name to come ("Công ty TNHH", "… Đầu tư"). */
  private static final Set<String> FIRM_FORM_ENDS = WordSet.of("TNHH", "CP", "MTV", "phần", "Phần", "tư", "Tư", "vụ", "Vụ",
      "hiểm", "Hiểm", "nghệ", "Nghệ", "khẩu", "Khẩu", "mại", "Mại", "dựng", "Dựng", "Nước");

  /**
   * Round 15: "Công ty TNHH thương mại và dịch vụ Hải Thành", "Công ty CP đầu tư và truyền thông VietNet": a firm cut
   * after its legal form or trade goes on over up to ten lower-case words (no verb, link or time word) to the
   * capitalised name that ends it; mentions inside join it.
   */
  static List<EntityMention> firmTails(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    int skipUntil = -1;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (m.start() < skipUntil) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        continue;
      }
      EntityMention fixed = null;
      String t = m.text();
      int sp = t.lastIndexOf(' ');
      if (m.type() == EntityType.ORGANIZATION && sp > 0 && (t.startsWith("Công ty ") || t.startsWith("Tổng công ty "))
          && FIRM_FORM_ENDS.contains(t.substring(sp + 1))) {
        int x = m.end(), words = 0, end = -1;
        while (x + 1 < text.length() && text.charAt(x) == ' ' && words <= 10) {
          char c = text.charAt(x + 1);
          int w = wordEndAt(text, x + 1);
          if (w == x + 1) break;
          if (Character.isUpperCase(c)) {
            if (words == 0) break;
            end = w; // the name: capitalised words (and numbers) up to a lower-case word or punctuation
            while (end + 1 < text.length() && text.charAt(end) == ' ' && (Character.isUpperCase(text.charAt(end + 1))
                || Character.isDigit(text.charAt(end + 1)))) end = wordEndAt(text, end + 1);
            // "… một thành viên Môi trường đô thị": one capital before lower-case words opens another trade, not the name.
            if (end == w && end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLowerCase(text.charAt(end + 1)))
              end = -1;
            break;
          }
          String word = text.substring(x + 1, w);
          if (!Character.isLowerCase(c) || (ACRONYM_RUN_STOPS.contains(word) && !word.equals("một"))) break;
          words++;
          x = w;
        }
        if (end > 0) {
          fixed = new EntityMention(m.start(), end, text.substring(m.start(), end), EntityType.ORGANIZATION, m.entity());
          skipUntil = end;
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 18: "Chủ tịch nước Lê Văn A", "Phó Chủ tịch nước Trần Thị B": the head of state's title ends in "nước"
   * (country), a place cue, so the scanner typed the name after it a place. A full Vietnamese name there (a family name
   * and two or three more words, no known place) is the president; "Chủ tịch nước Cộng hòa X" stays a place.
   */
  static List<EntityMention> stateHeads(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      int p = m.start();
      if (m.type() == EntityType.LOCATION && p >= 14 && text.charAt(p - 2) == 'c' && text.charAt(p - 1) == ' '
          && text.regionMatches(true, p - 14, "chủ tịch nước ", 0, 14) && fullVietnameseName(m.text())
          && capitalisedWords(m.text()) <= 4 && LEX.find(Lexicon.phraseKey(m.text()), Kind.PLACE) == null)
        fixed = new EntityMention(p, m.end(), m.text(), EntityType.PERSON, null);
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 18: "Q.Tân Bình", "H.Ngọc Hiển", "P.Tân Phú", "TX.Sơn Tây": a place written right after its abbreviated level
   * (quận, huyện, phường, xã, thị xã, thị trấn) with no space is the place without the level, as after "quận ". "TP.HCM"
   * is the city's usual written name and keeps its "TP.".
   */
  static List<EntityMention> levelAbbreviations(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      String t = m.text();
      int n = t.length();
      if (m.type() == EntityType.LOCATION && n > 3 && (t.charAt(1) == '.' || t.charAt(2) == '.')) {
        char a = t.charAt(0);
        int c = t.charAt(1) == '.' ? ("QHPX".indexOf(a) >= 0 ? 2 : 0)
            : (a == 'T' && (t.charAt(1) == 'X' || t.charAt(1) == 'T') ? 3 : 0);
        if (c > 0 && n > c + 1 && Character.isUpperCase(t.charAt(c)) && !Character.isUpperCase(t.charAt(c + 1))
            && t.charAt(c + 1) != '.')
          fixed = new EntityMention(m.start() + c, m.end(), t.substring(c), EntityType.LOCATION, m.entity());
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Round 18: the levels that go on an address after a place ("…, quận X", "…, H.Y", "…, TP.HCM"). */
  private static final List<String> ADDRESS_LEVELS = List.of("quận ", "huyện ", "thị xã ", "tỉnh ", "thành phố ", "phường ",
      "xã ", "thị trấn ", "Quận ", "Huyện ", "Tỉnh ", "Thành phố ", "Phường ", "TP", "Q.", "H.", "P.", "TX.");
  /** Round 18: kin words and honorifics before a name that make it a person's even in an address-like place. */
  private static final Set<String> ADDRESS_PERSON_WORDS = WordSet.of("ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ",
      "cháu", "thầy", "vợ", "chồng", "con", "mẹ", "bố", "cha");

  /**
   * Round 18: "(Yên Lạc, quận Cầu Mới, Hà Nội)", "số 12 Lê Thánh, phường 5", "thôn Đồng Bãi, xã Hòa Lợi": a name typed a
   * person only because its words look like a Vietnamese name, followed by a comma and an administrative level, is the
   * first part of an address: a place (village, street, ward). Not after a kin word or an honorific ("theo ông Phong,
   * TPHCM cần …").
   */
  static List<EntityMention> addressPlaces(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    int len = text.length();
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      int e = m.end();
      if (m.type() == EntityType.PERSON && e + 4 < len && text.charAt(e) == ',' && text.charAt(e + 1) == ' ') {
        boolean level = false;
        for (String l : ADDRESS_LEVELS) {
          int a = e + 2 + l.length();
          // A capitalised level names a place only before a capital ("Tỉnh Bà Rịa", not "Tỉnh ủy").
          if (text.startsWith(l, e + 2)) {
            level = Character.isLowerCase(l.charAt(0)) || l.charAt(l.length() - 1) != ' '
                || (a < len && Character.isUpperCase(text.charAt(a)));
            break;
          }
        }
        if (level && !addressPersonBefore(text, m.start()))
          fixed = new EntityMention(m.start(), e, m.text(), EntityType.LOCATION, null);
      } else if (m.type() == EntityType.PERSON && e + 2 < len && text.charAt(e) == ' ' && text.charAt(e + 1) == '('
          && k + 1 < ms.size() && rainfallAfter(text, ms.get(k + 1), e + 2)) {
        fixed = new EntityMention(m.start(), e, m.text(), EntityType.LOCATION, null);
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 21: "Mộc Châu (Sơn La) 36 mm, Hiệp Hòa (Bắc Giang) 50mm": a place at p in brackets followed by an amount of rain
   * in millimetres; the name before it is a weather station's place, not a person.
   */
  private static boolean rainfallAfter(String text, EntityMention next, int p) {
    int x = next.end();
    if (next.start() != p || next.type() != EntityType.LOCATION || x + 4 >= text.length() || text.charAt(x) != ')'
        || text.charAt(x + 1) != ' ' || !Character.isDigit(text.charAt(x + 2))) return false;
    x += 2;
    while (x < text.length() && x < next.end() + 12 && (Character.isDigit(text.charAt(x)) || text.charAt(x) == ','
        || text.charAt(x) == '.')) x++;
    if (x < text.length() && text.charAt(x) == ' ') x++;
    return text.startsWith("mm", x) && (x + 2 == text.length() || !Character.isLetter(text.charAt(x + 2)));
  }

  /** Whether the word right before p (one space back) is a kin word or an honorific ("ông", "Bà"). */
  private static boolean addressPersonBefore(String text, int p) {
    if (p < 3 || text.charAt(p - 1) != ' ') return false;
    int w = p - 1;
    while (w > 0 && Character.isLetter(text.charAt(w - 1)) && p - 1 - w < 6) w--;
    return ADDRESS_PERSON_WORDS.contains(text.substring(w, p - 1).toLowerCase(java.util.Locale.ROOT));
  }

  /** Round 18: capitalised heads of a named place or building that are no family name ("Dinh", "Chùa", "Bãi"). */
  private static final List<String> PLACE_HEAD_WORDS = List.of("Dinh ", "Chùa ", "Bãi ", "Đền ", "Miếu ", "Núi ",
      "Lăng ", "Biển ", "Vịnh ", "Thác ", "Đảo ", "Đèo ", "Chợ ", "Hòn ", "Đồi ", "Gò ");

  /**
   * Round 18: "Dinh Độc Lập", "Chùa Thiên Mụ", "Bãi Dài", "Đền Hùng", "Núi Bà Đen": a name typed a person by default that
   * opens with a capitalised head of a place or building (a palace, pagoda, beach, temple, mountain, bay, market; none
   * of them a family name) is that place, with its head, as parks are.
   */
  static List<EntityMention> headedPlaces(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      String t = m.text();
      if (m.type() == EntityType.PERSON && t.length() > 5 && "DCBĐMNLVTCHG".indexOf(t.charAt(0)) >= 0) {
        for (String h : PLACE_HEAD_WORDS) {
          if (t.startsWith(h)) {
            if (t.length() > h.length() && Character.isUpperCase(t.charAt(h.length())))
              fixed = new EntityMention(m.start(), m.end(), t, EntityType.LOCATION, null);
            break;
          }
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Round 18: lower-case words right before a name that make it a product or a feature, with a space after each. */
  private static final List<String> PRODUCT_CUE_WORDS = List.of(" công nghệ ", " chế độ ", " màn hình ", " bàn phím ",
      " lõi ", " bộ xử lý ", " vi xử lý ", " vệ tinh ", " điện thoại ",
      // Round 25: software, platforms, vaccines, guns and (foreign names only) product lines: "phần mềm X", "dòng X"
      " phần mềm ", " nền tảng ", " vắc xin ", " pháo ", " dòng ",
      // Round 26: health supplements ("thực phẩm bảo vệ sức khỏe X") and (foreign names only) car models ("xe Xpander")
      " bảo vệ sức khỏe ", " bảo vệ sức khoẻ ", " xe ",
      // Round 29: a service ("dịch vụ Mobile Money"), a robot or rover, a drug ("kháng sinh X", "giảm đau X"): a full
      // Vietnamese name after it stays a person
      " dịch vụ ", " robot ", " kháng sinh ", " giảm đau ",
      // Round 30: a standard ("theo chuẩn X", "tiêu chuẩn X"), a shower gel ("sữa tắm X")
      " chuẩn ", " sữa tắm ",
      // Round 36: a product ("sản phẩm Mega 6/45"; not after "giám đốc", "quản lý"), a book series or a story ("bộ sách
      // X", "truyện X"), a course and its textbook ("khóa học X", "giáo trình X"), shoes, and (foreign names only) a food
      // ingredient ("thực phẩm X")
      " sản phẩm ", " bộ sách ", " truyện ", " khóa học ", " Khóa học ", " giáo trình ", " giày ", " thực phẩm ");
  /** Round 36: whether a space and a digit follow offset e ("Mega 6/45"). */
  private static boolean numberAfter(String text, int e) {
    return e + 1 < text.length() && text.charAt(e) == ' ' && text.charAt(e + 1) >= '0' && text.charAt(e + 1) <= '9';
  }

  /** Round 18: the word before "công nghệ" that makes the name after it a person's or a body's ("tỷ phú công nghệ X"). */
  private static final Set<String> TECH_OWNER_WORDS = WordSet.of("phú", "trùm", "viện", "hãng", "đoàn", "ty", "học", "gia",
      "giới", "lồ", "nghiệp", "sáng", "lập", "tài", "đầu");

  /**
   * Round 18: "công nghệ Plasmacluster Ion", "chế độ Starry Mode", "màn hình Liquid Retina", "lõi Kryo": a name typed a
   * person by default right after a lower-case word for a technology, a mode, a screen, a keyboard, a core or a
   * processor, a satellite or a phone is that product or feature (MISC), unless it is a full Vietnamese name or the
   * technology word follows an owner ("tỷ phú công nghệ X", "viện công nghệ X").
   */
  static List<EntityMention> productCues(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    Set<String> things = null; // round 29: names a cue made things here
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      int p = m.start();
      if (m.type() == EntityType.ORGANIZATION && p > 6 && text.charAt(p - 1) == ' '
          && Character.isLowerCase(text.charAt(p - 2))) fixed = productBody(text, m);
      if (m.type() == EntityType.PERSON && p > 6 && text.charAt(p - 1) == ' ' && Character.isLowerCase(text.charAt(p - 2))) {
        for (String c : PRODUCT_CUE_WORDS) {
          int a = p - c.length();
          if (a >= 0 && text.startsWith(c, a)) {
            boolean owned = c.equals(" công nghệ ") && a > 0 && ownerWordBefore(text, a);
            // "bên dòng Hiền Lương" is a river: after "dòng" only a name with a foreign word is a product line.
            if (c.equals(" dòng ") && !foreignWord(m.text())) owned = true;
            // Round 26: "xe Xpander" is a model, "xe Sao Việt" a coach firm, "lái xe John" a driver, "nhà xe N.T." a
            // firm: foreign names only, not initials, not after "lái"/"Lái".
            if (c.equals(" xe ") && (!foreignWord(m.text()) || dottedInitials(m.text())
                || a >= 3 && text.startsWith("ái", a - 2))) owned = true;
            // Round 36: "sản phẩm X" is as often the firm's name ("sản phẩm Vietfoods", the gold's brand as ORGANIZATION):
            // a product only with a number after it ("sản phẩm Mega 6/45"), and not after "Giám đốc" ("Giám đốc sản
            // phẩm X" is a title). "Cục An toàn thực phẩm X" is a body's title: after "thực phẩm" foreign names only.
            if (c.equals(" sản phẩm ") && (!numberAfter(text, m.end()) || a >= 3 && text.startsWith("đốc", a - 3)))
              owned = true;
            if (c.equals(" thực phẩm ") && !foreignWord(m.text())) owned = true;
            if (!owned && !fullVietnameseName(m.text()))
              fixed = new EntityMention(p, m.end(), m.text(), EntityType.MISC, null);
            break;
          }
        }
      }
      if (fixed != null) {
        if (things == null) things = new HashSet<>();
        things.add(fixed.text());
      }
      // Round 29: "Mobile Money", "Super Power Saving Mode", "VinID Pay": a name typed a person whose last word is an
      // English word for a service, a feature or a system is that thing (MISC).
      if (fixed == null && m.type() == EntityType.PERSON && thingLastWord(m.text())) fixed = m.withType(EntityType.MISC);
      out = keep(out, ms, k, fixed);
    }
    return things != null ? spreadThings(out, things) : changed(out, ms);
  }

  /**
   * Round 29: "gene RORB" … "RORB được tìm thấy": once a cue has made a name a thing, its other mentions typed a person
   * or a body in the article are that thing too. Runs only when a cue fixed a mention: one more walk, a set look-up per
   * person or body.
   */
  private static List<EntityMention> spreadThings(List<EntityMention> out, Set<String> things) {
    List<EntityMention> res = null;
    for (int k = 0; k < out.size(); k++) {
      EntityMention m = out.get(k);
      EntityMention fixed = null;
      // not a name the lexicon knows ("VinaPhone" the carrier, after "dịch vụ VinaPhone" the service)
      if ((m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) && m.entity() == null
          && things.contains(m.text())) fixed = m.withType(EntityType.MISC);
      res = keep(res, out, k, fixed);
    }
    return changed(res, out);
  }

  /**
   * Round 29: last words of a service's, a feature's or a system's English name (a space before each); not "Day" ("Open
   * Day" is an event, but singers go by "X Day").
   */
  private static final List<String> THING_LAST_WORDS = List.of(" Money", " Pay", " Mode", " Zoom", " System", " App",
      " Card");

  /** A name of two words or more ending in one of THING_LAST_WORDS; a character test on the last letter first. */
  private static boolean thingLastWord(String t) {
    char c = t.charAt(t.length() - 1);
    if (c != 'y' && c != 'e' && c != 'm' && c != 'p' && c != 'd') return false;
    for (String w : THING_LAST_WORDS) if (t.length() > w.length() && t.endsWith(w)) return true;
    return false;
  }

  /**
   * Round 27: lower-case words right before a name typed a body that make it a thing, with a space before and after each:
   * a technology, a mode, a screen, a satellite or a spacecraft, a loudspeaker or earphones (MISC, as products and
   * spacecraft are), a bacterium (MISC, a species).
   */
  private static final List<String> THING_CUE_WORDS = List.of(" công nghệ ", " chế độ ", " màn hình ", " vệ tinh ",
      " tàu vũ trụ ", " loa ", " tai nghe ", " vi khuẩn ",
      // Round 29: a gene ("gen RORB", "gene KRT") is no body
      " gen ", " gene ",
      // Round 36: a missile or a missile system ("tên lửa BrahMos", "tên lửa THAAD"; not a maker the lexicon knows:
      // "tên lửa SpaceX"), a book series ("bộ sách VNEN")
      " tên lửa ", " bộ sách ");

  /**
   * Round 27: "công nghệ QLED", "vệ tinh SOHO", "loa LG XBOOM", "vi khuẩn HP": a name typed a body right after a
   * lower-case word for a technology, a mode, a screen, a satellite, a spacecraft, a loudspeaker or a bacterium is the
   * thing (MISC), not its maker; the technology word after an owner stays a body ("hãng công nghệ X", "trang công nghệ
   * X", an outlet). The caller has checked the space and the lower-case letter before the name; then a few startsWith.
   */
  private static EntityMention productBody(String text, EntityMention m) {
    int p = m.start();
    for (String c : THING_CUE_WORDS) {
      int a = p - c.length();
      if (a >= 0 && text.startsWith(c, a)) {
        if (c.equals(" công nghệ ") && a > 0 && (ownerWordBefore(text, a) || text.startsWith("rang", a - 4))) return null;
        // "tên lửa SpaceX" is the maker's when the lexicon knows it; "tên lửa TTO - …" ends a headline before its
        // outlet's initials
        if (c.equals(" tên lửa ") && (m.entity() != null || text.startsWith(" - ", m.end()))) return null;
        return fullVietnameseName(m.text()) ? null : m.withType(EntityType.MISC);
      }
    }
    return null;
  }

  /**
   * Round 27, checks on bodies after the scan: "Lực lượng chức năng X" (the authorities) gives the
   * place X only ({@link #authoritiesPlace}): one startsWith per body; and a body that is the issuer's code of a
   * document number is dropped ({@link #inDocumentNumber}), and so is a body made generic by "các" and a level or unit
   * after it ("UBND các tỉnh", "Sở Y tế các tỉnh", "Hội đồng Nhân dân các cấp", as the dev gold leaves "UBND các tỉnh"
   * and "Công an các địa phương" out: one startsWith, then one word look-up); "Trường" and one given name is a person
   * ({@link #schoolWordName}: one startsWith, one indexOf inside the mention and a set look-up); a maker and a
   * camel-case line is a product ({@link #makerAndLine}). Round 29: a software park is a body (one startsWith per place).
   */
  static List<EntityMention> genericAndProductBodies(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      int e = m.end();
      boolean code = m.type() == EntityType.ORGANIZATION && (inDocumentNumber(text, m.start())
          || text.startsWith(" các ", e) && pluralLevelAt(text, e + 5) || bracketedTerm(text, m))
          || m.type() != EntityType.PERSON && cupCountry(text, m) || cutInWord(text, m);
      if (code || m.type() == EntityType.ORGANIZATION && m.text().startsWith("Lực lượng chức năng")) {
        fixed = code ? null : authoritiesPlace(text, m); // "the authorities" are no body: drop, keep the place named after them
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        if (fixed != null) out.add(fixed);
        continue;
      }
      if (m.type() == EntityType.ORGANIZATION && m.text().startsWith("Trường ") && schoolWordName(m.text())) {
        fixed = m.withType(EntityType.PERSON);
      } else if (m.type() == EntityType.LOCATION && m.text().startsWith("Công viên phần mềm ")) {
        fixed = m.withType(EntityType.ORGANIZATION); // round 29: a software park is run as a unit (the dev gold's body)
      } else if (m.type() == EntityType.ORGANIZATION && makerAndLine(m.text())) {
        fixed = m.withType(EntityType.MISC);
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 33: "chung kết Cúp quốc gia Đức", "vô địch cúp QG Pháp": the country after a national cup's name is part of the
   * cup's name (a competition, which the dev gold leaves unannotated), not a place, and "QG Đức" there is no body.
   * Trigger: a place whose second character back is the "a" of "gia", or a body opening with "QG "; then one
   * startsWith of at most twelve characters and one character test.
   */
  static boolean cupCountry(String text, EntityMention m) {
    int s = m.start();
    if (m.type() == EntityType.ORGANIZATION) {
      return m.text().startsWith("QG ") && s >= 4 && text.startsWith("úp ", s - 3) && cupC(text.charAt(s - 4));
    }
    if (m.type() != EntityType.LOCATION || s < 13 || text.charAt(s - 2) != 'a' || text.charAt(s - 1) != ' ') return false;
    int q = s - 12; // "úp quốc gia " is twelve characters (NFC)
    return (text.startsWith("úp quốc gia ", q) || text.startsWith("úp Quốc gia ", q)) && cupC(text.charAt(q - 1));
  }

  private static boolean cupC(char c) { return c == 'C' || c == 'c'; }

  /**
   * Round 33: "kênh Thể | thao TV", "tổ chức Đại | lễ", "Giám đốc Tình báo Quốc | gia", "ngành Giáo | dục": a name that
   * ends on a lone capitalised syllable which, with the lower-case syllable right after it, makes a two-syllable word
   * of an organisation's name (org-name-words.txt) stops inside that word: it is no name of any type, and is dropped
   * (the scanner's own org heads already join such words; these mentions come from cues and the name memory). A
   * gazetteer name ("Trung Quốc | gia tăng") is left alone. Trigger: a space and a lower-case letter right after the
   * mention; then a walk over its last word (at most seven letters) and the next syllable, one set look-up.
   */
  static boolean cutInWord(String text, EntityMention m) {
    int e = m.end(), n = text.length();
    if (e + 2 >= n || text.charAt(e) != ' ' || !Character.isLowerCase(text.charAt(e + 1))) return false;
    String t = m.text();
    int w = t.lastIndexOf(' ') + 1;
    if (t.length() - w < 2 || t.length() - w > 7 || !Character.isUpperCase(t.charAt(w))) return false;
    for (int i = w + 1; i < t.length(); i++) if (!Character.isLowerCase(t.charAt(i))) return false;
    int x = e + 1;
    while (x < n && x - e <= 8 && Character.isLetter(text.charAt(x))) x++;
    if (x - e - 1 > 7 || x < n && Character.isLetterOrDigit(text.charAt(x))) return false;
    String pair = NameKeys.nfcKey(t.substring(w) + " " + text.substring(e + 1, x));
    return LEX.orgNameWords.contains(pair) && !LEX.phrases.containsKey(NameKeys.nfcKey(t));
  }

  /**
   * Round 29: "tỷ lệ an toàn vốn (CAR)", "giá trị tài sản ròng (NAV)", "mạng riêng ảo (VPN)": capitals in brackets right
   * after a lower-case phrase abbreviate a term, not a body, when none of the (at most twelve) words back to the clause's
   * start is capitalised; a body's name has its capitalised head there ("Liên đoàn bóng đá thế giới (FIFA)", a police
   * department's long lower-case name after "Phòng"). Trigger: "(" right before the body and ")" right after it.
   */
  private static boolean bracketedTerm(String text, EntityMention m) {
    int s = m.start(), e = m.end();
    if (s < 4 || text.charAt(s - 1) != '(' || e >= text.length() || text.charAt(e) != ')' || text.charAt(s - 2) != ' ')
      return false;
    for (int i = s; i < e; i++) if (Character.isLowerCase(m.text().charAt(i - s))) return false;
    int q = s - 2, words = 0;
    while (q > 0 && words < 12) {
      int w = q;
      while (w > 0 && text.charAt(w - 1) != ' ' && ".,:;()/\n\"“”".indexOf(text.charAt(w - 1)) < 0) w--;
      if (w == q) break;
      if (!Character.isLowerCase(text.charAt(w))) return false; // a capitalised (or non-letter) word: maybe a body's head
      words++;
      if (w == 0 || text.charAt(w - 1) != ' ') break;
      q = w - 1;
    }
    return words >= 2;
  }

  /**
   * Round 27: "Nghị định 116/2020/NĐ - CP", "văn bản số 6386/BNV- CCVC": whether a body starting at s is the issuer's code
   * at the end of a document number (the gold leaves those codes out). Trigger: a "-" or "/" right before s or before one
   * space; then a walk back of at most 24 characters over letters, "-", "/" and spaces to a "/" after a digit.
   */
  static boolean inDocumentNumber(String text, int s) {
    int p = s - 1;
    if (p > 0 && text.charAt(p) == ' ') p--;
    if (p < 1 || text.charAt(p) != '-' && text.charAt(p) != '/') return false;
    for (int q = p; q > 0 && s - q < 24; q--) {
      char c = text.charAt(q);
      if (c == '/' && Character.isDigit(text.charAt(q - 1))) return true;
      if (c == '/' && text.charAt(q - 1) == ' ' && q > 1 && Character.isDigit(text.charAt(q - 2))) return true;
      if (!Character.isLetter(c) && c != '-' && c != '/' && c != ' ' && c != '&') return false;
    }
    return false;
  }

  /** Round 27: levels and units after "các" that make the body before them generic ("UBND các tỉnh", "các cấp"). */
  private static final Set<String> PLURAL_LEVELS = WordSet.of("tỉnh", "huyện", "xã", "quận", "phường", "thành", "cấp",
      "địa", "đơn");

  /** Whether the word at a is one of {@link #PLURAL_LEVELS} (a set look-up of one word). */
  private static boolean pluralLevelAt(String text, int a) {
    int w = wordEndAt(text, a);
    return w > a && w - a <= 6 && PLURAL_LEVELS.contains(text.substring(a, w));
  }

  /**
   * Round 27: "HP LaserJet", "MISA FinGov", "NutiFood GrowPLUS": two words, a maker written with two or more capitals
   * (an acronym or a camel-case name, plain ASCII letters) and a camel-case word (a capital, at least two lower-case
   * letters, then a capital: not "InBev", not "McCartney"), name a product line (MISC), not a body. One indexOf inside
   * the mention and character tests.
   */
  static boolean makerAndLine(String t) {
    int sp = t.indexOf(' ');
    if (sp < 2 || t.indexOf(' ', sp + 1) >= 0 || t.length() < sp + 5) return false;
    int caps = 0;
    for (int i = 0; i < sp; i++) {
      char c = t.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) return false;
      if (c <= 'Z') caps++;
    }
    if (caps < 2 || !(t.charAt(sp + 1) >= 'A' && t.charAt(sp + 1) <= 'Z')) return false;
    int i = sp + 2;
    while (i < t.length() && t.charAt(i) >= 'a' && t.charAt(i) <= 'z') i++;
    return i - sp - 2 >= 2 && i < t.length() && t.charAt(i) >= 'A' && t.charAt(i) <= 'Z';
  }

  /** Round 27: syllables after "Trường" that make a place or a work, not a person ("Trường Sơn", "Trường Sa"). */
  private static final Set<String> TRUONG_PLACES = WordSet.of("sơn", "sa", "thành", "xuân", "an", "lạc");

  /**
   * Round 27: "Trường Vũ", "Trường Giang": a body of two words, the school head "Trường" and one given name (not a
   * place's syllable, not an abbreviation), is a person named Trường (a school is "Trường THPT X", "Trường Newton").
   */
  private static boolean schoolWordName(String t) {
    int sp = t.indexOf(' ');
    if (sp != 6 || t.indexOf(' ', sp + 1) >= 0 || t.length() < sp + 3 || !Character.isLowerCase(t.charAt(sp + 2)))
      return false;
    String key = NameKeys.nfcKey(t.substring(sp + 1));
    return LEX.givenNames.contains(key) && !TRUONG_PLACES.contains(key);
  }

  /** Round 27: levels that may stand between "Lực lượng chức năng" and its place, with a space after each. */
  private static final List<String> AUTHORITY_LEVELS = List.of("tỉnh ", "thành phố ", "huyện ", "TP ", "TP. ", "quận ",
      "thị xã ", "xã ", "phường ");

  /**
   * Round 27: "Lực lượng chức năng Bạc Liêu", "Lực lượng chức năng tỉnh Hòa Lâm": "the authorities" of a place are no
   * named body; the place after them (past a lower-case level or "TP") is a LOCATION, or nothing when it holds a digit
   * ("Q.7", a numbered district).
   */
  private static EntityMention authoritiesPlace(String text, EntityMention m) {
    int a = m.start() + "Lực lượng chức năng ".length();
    if (a >= m.end()) return null;
    for (String l : AUTHORITY_LEVELS) {
      if (text.startsWith(l, a) && a + l.length() < m.end()) { a += l.length(); break; }
    }
    if (!Character.isUpperCase(text.charAt(a))) return null;
    for (int i = a; i < m.end(); i++) if (Character.isDigit(text.charAt(i))) return null;
    return new EntityMention(a, m.end(), text.substring(a, m.end()), EntityType.LOCATION, null);
  }

  /** Whether the word ending at a (exclusive) is an owner of a technology ("tỷ phú", "viện", "hãng"). */
  private static boolean ownerWordBefore(String text, int a) {
    int w = a;
    while (w > 0 && Character.isLetter(text.charAt(w - 1)) && a - w < 8) w--;
    return w < a && TECH_OWNER_WORDS.contains(text.substring(w, a).toLowerCase(java.util.Locale.ROOT));
  }

  /** Round 34: country names (the JDK's Vietnamese names and the short ones the articles use), as keys. */
  private static final Set<String> COUNTRY_KEYS = countryKeys();

  private static Set<String> countryKeys() {
    Set<String> s = new HashSet<>(List.of("mỹ", "anh", "úc", "việt nam", "hàn quốc", "triều tiên", "đài loan"));
    java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
    for (String cc : java.util.Locale.getISOCountries()) {
      String name = java.util.Locale.of("", cc).getDisplayCountry(vi);
      if (!name.isBlank() && !name.equals(cc)) s.add(NameKeys.key(name));
    }
    return WordSet.copyOf(s);
  }

  /**
   * Round 34: a body whose last word is foreign (no Vietnamese syllable, no digit) right before a country ("Forbes Ấn Độ",
   * "Hanwha Energy Việt Nam"). A Vietnamese-named body ("đảng Dân chủ | Mỹ", "Hạm đội Biển Đen | Nga") is not joined.
   * One character test, then the last word and one set look-up, only for a body right before a place.
   */
  static boolean firmBeforeCountry(String body, String place) {
    if (place.length() > 12 || !Character.isUpperCase(place.charAt(0))) return false;
    String last = body.substring(body.lastIndexOf(' ') + 1);
    if (last.length() < 4) return false; // "New | Guinea"
    for (int i = 0; i < last.length(); i++) if (!Character.isLetter(last.charAt(i))) return false;
    String lk = NameKeys.key(last);
    if (vietnameseSyllable(lk) || LEX.find(lk, Kind.PLACE) != null || LEX.find(lk, Kind.ORG_HEAD) != null) return false;
    return COUNTRY_KEYS.contains(NameKeys.key(place));
  }

  /** Round 19: first words of a body that takes the body named right after it as part of its name. */
  private static final Set<String> JOINING_HEADS = WordSet.of("ủy", "uỷ", "ub", "hội", "công", "tổng", "tập", "văn", "học",
      "cơ", "ban", "lực", "viện", "trung", "phòng", "vụ", "cục", "thanh", "trường", "đội", "chi", "sở", "quỹ", "liên");

  /**
   * Round 19: "Ủy ban Thường vụ | Quốc hội", "Công ty TNHH Nội thất | Hòa Phát", "Hội đồng Quản trị | Tập đoàn X",
   * "Học viện Cảnh sát | Nhân dân": the scanner ends a body where a known body or name starts, so one name comes out as
   * two bodies side by side. A body opening with an institution's head, ending on a capitalised word or on the lower-case
   * half of one ("Thường vụ"), and followed after one space by another body is one body with it. A body ending on a
   * lower-case word of its own ("Bộ GTVT chỉ đạo | Cục …") is not joined. Constant work per mention: the adjacency and
   * the character tests come first; only then the first word is looked up.
   */
  static List<EntityMention> joinedBodies(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (m.type() == EntityType.ORGANIZATION && (bareGovernment(m.text()) && !titledGovernment(text, m.start())
          || bareAgency(text, m))) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        continue;
      }
      EntityMention country = governmentCountry(m);
      if (country != null) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        out.add(country);
        continue;
      }
      EntityMention prev = out != null ? (out.isEmpty() ? null : out.get(out.size() - 1)) : k > 0 ? ms.get(k - 1) : null;
      if (m.type() == EntityType.ORGANIZATION && prev != null && prev.type() == EntityType.ORGANIZATION
          && prev.end() + 1 == m.start() && text.charAt(prev.end()) == ' ' && joiningBody(prev.text())
          && !abbreviationAfterLongName(prev.text(), m.text())) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        out.set(out.size() - 1, new EntityMention(prev.start(), m.end(), text.substring(prev.start(), m.end()),
            EntityType.ORGANIZATION, prev.entity()));
        continue;
      }
      if (m.type() == EntityType.LOCATION && prev != null && prev.type() == EntityType.ORGANIZATION
          && prev.end() + 1 == m.start() && text.charAt(prev.end()) == ' ' && firmBeforeCountry(prev.text(), m.text())) {
        // Round 34: "Forbes | Ấn Độ", "Prudential | Việt Nam", "UNIFARM Corporation | Thái Lan": a foreign firm's
        // name followed by a country names its arm there, one body
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        out.set(out.size() - 1, new EntityMention(prev.start(), m.end(), text.substring(prev.start(), m.end()),
            EntityType.ORGANIZATION, prev.entity()));
        continue;
      }
      if (m.type() == EntityType.LOCATION && prev != null && prev.type() == EntityType.PERSON
          && prev.end() + 3 == m.start() && isDashChar(text.charAt(prev.end() + 1)) && text.charAt(prev.end()) == ' ' && text.charAt(prev.end() + 2) == ' '
          && !SHORT_COUNTRIES.contains(m.text().toLowerCase(java.util.Locale.ROOT))) {
        // Round 20: "Cát Linh - Hà Đông", "Đại Cồ Việt – Xã Đàn", "Cẩm Xuyên - Hà Tĩnh": a route's or an address's first
        // place read as a person
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        out.set(out.size() - 1, prev.withType(EntityType.LOCATION));
        out.add(m);
        continue;
      }
      if (m.type() == EntityType.PERSON && prev != null && prev.type() == EntityType.ORGANIZATION
          && prev.end() + 1 == m.start() && text.charAt(prev.end()) == ' ' && namelessTail(m.text())
          && (joiningBody(prev.text()) && !prev.text().endsWith(" Việt Nam") || prev.text().startsWith("Ngân hàng "))) {
        // Round 20: "Ngân hàng TMCP Sài Gòn | Thương Tín": the tail of a body's name read as a person. Round 23: not
        // after a name closed by its country ("Chủ tịch Hội Nhà báo Việt Nam | Minh Khang": the official's name).
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        out.set(out.size() - 1, new EntityMention(prev.start(), m.end(), text.substring(prev.start(), m.end()),
            EntityType.ORGANIZATION, prev.entity()));
        continue;
      }
      if ((m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) && m.start() >= 8
          && text.charAt(m.start() - 1) == ' ' && (text.charAt(m.start() - 2) == 'u' || text.charAt(m.start() - 2) == 't')) {
        EntityType t = labelType(text, m.start());
        if (t != null && t != m.type()) { // Round 20: "nhãn hiệu X" is a brand (MISC), "nhà mốt X" a fashion house
          if (out == null) out = new ArrayList<>(ms.subList(0, k));
          out.add(m.withType(t));
          continue;
        }
      }
      if (m.type() == EntityType.ORGANIZATION && m.end() + 1 < text.length() && text.charAt(m.end()) == ' '
          && Character.isDigit(text.charAt(m.end() + 1))) {
        int e = numberTailEnd(text, m.end() + 1);
        if (e > 0 && numberedBody(m.text())) { // Round 20: "Công ty CP Sông Đà 11", "Bộ Tư lệnh Quân khu 7"
          if (out == null) out = new ArrayList<>(ms.subList(0, k));
          out.add(new EntityMention(m.start(), e, text.substring(m.start(), e), EntityType.ORGANIZATION, m.entity()));
          continue;
        }
      }
      if (out != null) out.add(m);
    }
    return changed(out, ms);
  }

  /**
   * Round 20: the type a lower-case label word before a name gives it: a brand after "nhãn hiệu" is MISC (the round 14
   * guideline), a fashion house after "nhà mốt" is a body ("nhà mốt Badgley Mischka" is no person); null otherwise.
   */
  private static EntityType labelType(String text, int start) {
    if (start >= 10 && text.startsWith("nhãn hiệu ", start - 10)) return EntityType.MISC;
    if (text.startsWith("nhà mốt ", start - 8)) return EntityType.ORGANIZATION;
    return null;
  }

  /** Round 20: lower-case words after a number that make it a count, not the last word of a body's name. */
  private static final Set<String> COUNT_WORDS = WordSet.of("năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "người",
      "lần", "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "trăm", "chục", "điểm", "trận", "bàn", "xe", "chiếc", "căn", "ha", "km",
      "m", "tấn", "kg", "đồng", "cái", "con", "suất", "bộ", "đơn", "dự", "sản", "cửa", "nhà", "lô", "hồ", "tàu", "vụ",
      "đợt", "mẫu", "phần", "trường", "học", "bệnh", "ca", "lượt", "tầng", "phòng", "công", "khu", "loại", "cơ", "đối");

  /**
   * Round 20: the end of a number of one or two digits at d that closes a body's name ("Sông Đà 11", "Nhi Đồng 1"), or
   * -1: a longer number, a decimal or range ("11.7", "2-0"), a unit glued to it, or a count word after it is not part of
   * the name. Looks at no more than the number and the word after it.
   */
  private static int numberTailEnd(String text, int d) {
    int e = d, n = text.length();
    while (e < n && e - d < 3 && Character.isDigit(text.charAt(e))) e++;
    if (e - d > 2) return -1;
    if (e == n) return e;
    char c = text.charAt(e);
    if (c == '.' || c == '-' || c == '/' || c == '–') return e + 1 < n && Character.isDigit(text.charAt(e + 1)) ? -1 : c == '.' ? e : -1;
    if (c == ',' || c == ')' || c == ';' || c == ':' || c == '\n') return e;
    if (c != ' ') return -1;
    int w = e + 1;
    while (w < n && Character.isLetter(text.charAt(w)) && w - e < 8) w++;
    if (w == e + 1) return text.charAt(w) == '(' || text.charAt(w) == '-' || text.charAt(w) == '–' ? e : -1;
    if (Character.isUpperCase(text.charAt(e + 1))) return -1;
    return COUNT_WORDS.contains(text.substring(e + 1, w)) ? -1 : e;
  }

  /** Heads of bodies that may end on a number: "Công ty …", "Bộ Tư lệnh …", "Bệnh viện …", "Ban QLDA …". */
  private static boolean numberedBody(String t) {
    int sp = t.indexOf(' ');
    if (sp <= 0) return false;
    String first = t.substring(0, sp).toLowerCase(java.util.Locale.ROOT);
    return (first.equals("bệnh") || first.equals("bộ") || first.equals("nhà") || JOINING_HEADS.contains(first))
        && endsOnName(t);
  }

  /**
   * Round 20: one-syllable countries that also end people's names or pairs of people ("Thu Hương - Đức Hải", "Hải Đăng -
   * Anh Nhân", "quan hệ Việt – Ý"): after a dash they do not make the name before them a place.
   */
  private static final Set<String> SHORT_COUNTRIES = WordSet.of("anh", "đức", "nga", "mỹ", "pháp", "ý", "việt", "nhật", "hàn",
      "lào", "thái", "úc", "bỉ", "áo");

  /** The dashes of a route or an address written with spaces round them: "-", "–", "—". */
  private static boolean isDashChar(char c) {
    return c == '-' || c == '–' || c == '—';
  }

  /**
   * Round 20: a "person" of two or three capitalised words with no family name ("Thương Tín", "Công Thương") right after
   * a body that opens with an institution's head is the rest of the body's name. An official named after a body ("Bộ
   * Công Thương Nguyễn Hồng Diên") has a family name and is left alone. One character test, a word count over the
   * mention's own text (each word must read as a Vietnamese syllable) and one set look-up.
   */
  private static boolean namelessTail(String t) {
    int sp = t.indexOf(' ');
    if (sp <= 0 || !Character.isUpperCase(t.charAt(0))) return false;
    int words = 1;
    for (int i = 0, w = 0; i <= t.length(); i++) {
      if (i < t.length() && t.charAt(i) != ' ') continue;
      if (!vietnameseSyllable(NameKeys.nfcKey(t.substring(w, i)))) return false; // "Josep Borrell": a foreign official
      if (i < t.length()) words++;
      w = i + 1;
    }
    return words <= 3 && !LEX.surnames.contains(NameKeys.nfcKey(t.substring(0, sp)));
  }

  /**
   * Round 19: the bare "Chính phủ" ("đồng hành cùng Chính phủ", "kiến nghị Chính phủ") and "Chính quyền" are not
   * annotated, as the round 17 guideline says; "Chính phủ Đức", "Văn phòng Chính phủ" are other mentions and stay
   * bodies, and so does the government after a title or as an outlet's name (see {@link #titledGovernment}).
   */
  private static boolean bareGovernment(String t) {
    return (t.length() == 9 || t.length() == 11) && t.startsWith("Chính ")
        && (t.equalsIgnoreCase("Chính phủ") || t.equalsIgnoreCase("Chính quyền"));
  }

  /**
   * Round 35: the bare "Cơ quan Công an" ("chị X đến Cơ quan Công an trình báo") and "Cơ quan Nhà nước" (a state agency) are
   * common nouns, not annotated, as the round 16 and 22 guidelines say; one followed by a capitalised word ("Cơ quan
   * Công an | tỉnh X" cut by the scanner) is left to the other passes. One length and character test first.
   */
  static boolean bareAgency(String text, EntityMention m) {
    String t = m.text();
    if (t.length() != 15 && t.length() != 16 || t.charAt(0) != 'C' && t.charAt(0) != 'c' || !t.regionMatches(true, 0, "Cơ quan ", 0, 8)
        || !(t.equalsIgnoreCase("Cơ quan Công an") || t.equalsIgnoreCase("Cơ quan Nhà nước"))) return false;
    int e = m.end();
    return e + 1 >= text.length() || text.charAt(e) != ' ' || !Character.isUpperCase(text.charAt(e + 1));
  }

  /**
   * Round 23: "Chính phủ Việt Nam", "Chính phủ Ấn Độ": the government named by its country gives the country only
   * (LOCATION), as the round 11 guideline says and the gold does. Returns that place, or null: one length and
   * character test, then one look-up of the rest of the name as a known place.
   */
  private static EntityMention governmentCountry(EntityMention m) {
    String t = m.text();
    if (m.type() != EntityType.ORGANIZATION || t.length() < 12 || t.charAt(0) != 'C' || !t.startsWith("Chính phủ ")
        || !Character.isUpperCase(t.charAt(10))) return null;
    String rest = t.substring(10);
    if (LEX.find(NameKeys.nfcKey(rest), Lexicon.Kind.PLACE) == null) return null;
    return new EntityMention(m.start() + 10, m.end(), rest, EntityType.LOCATION, null);
  }

  /** Words right before "Chính phủ" that keep it a body: a title ("Thủ tướng", "… thường trực") or an outlet's "điện tử". */
  private static final List<String> GOVERNMENT_KEEPERS = List.of("tướng ", "trướng ", "trực ", "tử ");

  /** "Thủ tướng Chính phủ", "Phó Thủ tướng thường trực Chính phủ", "Báo điện tử Chính phủ": the body after a title. */
  private static boolean titledGovernment(String text, int start) {
    for (String w : GOVERNMENT_KEEPERS) if (start >= w.length() && text.startsWith(w, start - w.length())) return true;
    return false;
  }

  /** "Liên minh châu Âu EU", "Công ty dầu quốc gia Iran NIOC": a lone capitals word after a long name abbreviates it. */
  private static boolean abbreviationAfterLongName(String a, String b) {
    if (b.indexOf(' ') >= 0 || b.length() < 2) return false;
    for (int i = 0; i < b.length(); i++) if (!Character.isUpperCase(b.charAt(i))) return false;
    int words = 1;
    for (int i = 0; i < a.length(); i++) if (a.charAt(i) == ' ') words++;
    return words >= 4;
  }

  /** Whether t opens with a joining head and ends on a capitalised word or the lower-case half of one ("Thường vụ"). */
  private static boolean joiningBody(String t) {
    int sp = t.indexOf(' ');
    return sp > 0 && endsOnName(t) && JOINING_HEADS.contains(t.substring(0, sp).toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a name of two words or more ends on a capitalised word or on the lower-case half of one ("Thường vụ"). */
  private static boolean endsOnName(String t) {
    int last = t.lastIndexOf(' ');
    if (last <= 0 || last + 1 >= t.length()) return false;
    if (!Character.isUpperCase(t.charAt(last + 1))) {
      int before = t.lastIndexOf(' ', last - 1);
      if (!Character.isUpperCase(t.charAt(before + 1))) return false;
    }
    return true;
  }

  /** Round 18: the city's cue before "Hồ Chí Minh" ("TP Hồ Chí Minh", "thành phố Hồ Chí Minh", "TP. Hồ Chí Minh"). */
  private static final List<String> HCM_CUES = List.of("TP ", "thành phố ", "Thành phố ", "TP.", "TP. ", "Tp.", "Tp. ", "Tp ");

  /**
   * Round 18: "Đại học Sư phạm TP Hồ Chí Minh", "TAND TP Hồ Chí Minh", "Intech TP Hồ Chí Minh": after the city's cue the
   * full name of the city read as a person's (a family name and two words) is the city. Right after a body (with the cue
   * between, or the cue at the body's end) it is the place the body serves and belongs to it, as "Trường ĐH X TP.HCM"
   * does; elsewhere it is the city (LOCATION, without the cue).
   */
  static List<EntityMention> hoChiMinhCity(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      int p = m.start();
      String cue = null;
      if (m.type() == EntityType.PERSON && p > 3 && m.text().equals("Hồ Chí Minh")) {
        for (String c : HCM_CUES) if (p >= c.length() && text.startsWith(c, p - c.length())) { cue = c; break; }
      }
      if (cue == null) {
        if (out != null) out.add(m);
        continue;
      }
      if (out == null) out = new ArrayList<>(ms.subList(0, k));
      int c0 = p - cue.length();
      EntityMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean body = prev != null && prev.type() == EntityType.ORGANIZATION
          && (prev.end() == c0 - 1 && text.charAt(c0 - 1) == ' ' || prev.end() == p - 1 && prev.end() > c0);
      if (body) {
        out.set(out.size() - 1, new EntityMention(prev.start(), m.end(), text.substring(prev.start(), m.end()),
            EntityType.ORGANIZATION, prev.entity()));
      } else {
        out.add(new EntityMention(p, m.end(), m.text(), EntityType.LOCATION, null));
      }
    }
    return changed(out, ms);
  }

  /** Whether t is three words or more opening with a family name ("Nguyễn Văn Tòng"). */
  private static boolean fullVietnameseName(String t) {
    int sp = t.indexOf(' ');
    return sp > 0 && t.indexOf(' ', sp + 1) > 0 && LEX.surnames.contains(NameKeys.nfcKey(t.substring(0, sp)));
  }

  /**
   * Round 15: "Phó Thủ tướng Trương | Hòa Bình", "PGS Vũ | Hải Quân", "Nguyễn Đức | Trường Giang": a person read as a
   * family name (and a middle name) alone, right before one or two capitalised Vietnamese syllables that the scanner
   * took for a place or a body (or left alone) and that end before a lower-case word or punctuation, is one full name.
   * Nouns that are also family names ("Đoàn luật sư", "Văn phòng") are left out.
   */
  static List<EntityMention> surnameRests(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    int skipUntil = -1;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (m.start() < skipUntil) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        continue;
      }
      EntityMention fixed = null;
      String t = m.text();
      int e = m.end();
      if (m.type() == EntityType.PERSON && e + 1 < text.length() && text.charAt(e) == ' '
          && Character.isUpperCase(text.charAt(e + 1))) {
        int sp = t.indexOf(' ');
        String first = sp < 0 ? t : t.substring(0, sp);
        if ((sp < 0 || t.indexOf(' ', sp + 1) < 0) && !NOUN_SURNAMES.contains(first)
            && LEX.surnames.contains(NameKeys.nfcKey(first))) {
          int x = e, syllables = 0;
          while (syllables < 2 && x + 1 < text.length() && text.charAt(x) == ' ' && Character.isUpperCase(text.charAt(x + 1))) {
            int w = wordEndAt(text, x + 1);
            if (w == x + 1 || !vietnameseSyllable(NameKeys.nfcKey(text.substring(x + 1, w)))) break;
            x = w;
            syllables++;
          }
          boolean ends = x >= text.length() || !(text.charAt(x) == ' ' && x + 1 < text.length()
              && (Character.isUpperCase(text.charAt(x + 1)) || Character.isDigit(text.charAt(x + 1))));
          if (syllables > 0 && ends && (x >= text.length() || text.charAt(x) != '.' || x + 1 >= text.length()
              || !Character.isLetter(text.charAt(x + 1)))) {
            fixed = new EntityMention(m.start(), x, text.substring(m.start(), x), EntityType.PERSON, m.entity());
            skipUntil = x;
          }
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 15: "T.ThủyTheo NDTV", "H.LinhTheo CNN": the byline glued to a source line (the outlet is found, "Theo" cut
   * off) is the writer, a PERSON, when it fills the start of its line with one to four capitalised words or initials.
   */
  static List<EntityMention> gluedBylines(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      int s = m.start() - 5; // where "Theo" starts
      if (s > 0 && text.startsWith("Theo ", s) && Character.isLetter(text.charAt(s - 1))) {
        int b = s;
        while (b > 0 && text.charAt(b - 1) != '\n' && s - b <= 40) b--;
        EntityMention prev = k == 0 ? null : ms.get(k - 1);
        // a lone word of the line the scanner left as MISC ("Theo", "Thủy") gives way
        boolean inside = prev != null && prev.start() >= b && prev.end() <= m.start() && prev.type() == EntityType.MISC;
        if ((b == 0 || text.charAt(b - 1) == '\n') && b < s && byline(text, b, s) && (prev == null || prev.end() <= b || inside)) {
          if (out == null) out = new ArrayList<>(ms.subList(0, k));
          if (inside) out.remove(out.size() - 1);
          out.add(new EntityMention(b, s, text.substring(b, s), EntityType.PERSON, null));
        }
      }
      if (out != null) out.add(m);
    }
    return changed(out, ms);
  }

  /**
   * Round 16: "Công viên X - Lý Thái Tổ - Hoàn Kiếm - Hà Nội", "tuyến Long Thành - Dầu Giây": names joined by spaced
   * dashes into a route or an address, of which at least two are places (one, when a route word opens the chain:
   * "tuyến", "cao tốc", "đường bay", "chặng", "đoạn"; round 30: or a junction word, "nút giao", "ngã tư"), are all
   * places; a person there is a street or a town named after someone. A chain of people ("A - B - C", a band's members)
   * has no place and is left alone.
   */
  static List<EntityMention> routeChains(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      if (m.type() == EntityType.PERSON && (dashJoined(text, ms, k - 1) || dashJoined(text, ms, k))) {
        int a = k, b = k;
        while (a > 0 && k - a < 12 && dashJoined(text, ms, a - 1)) a--;
        while (b + 1 < ms.size() && b - k < 12 && dashJoined(text, ms, b)) b++;
        int places = 0;
        for (int j = a; j <= b; j++) if (ms.get(j).type() == EntityType.LOCATION) places++;
        if (places >= 2 || (places == 1 && (ROUTE_WORDS.contains(previousWord(text, ms.get(a).start()))
            || junctionBefore(text, ms.get(a).start()))))
          fixed = m.withType(EntityType.LOCATION);
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Lower-case words that open a route named by its ends ("tuyến A - B", "cao tốc A - B"). */
  private static final Set<String> ROUTE_WORDS = WordSet.of("tuyến", "tốc", "chặng", "đoạn", "bay", "lộ");

  /** Round 30: words naming a junction of the streets after them ("nút giao A - B", "ngã tư A - B"). */
  private static final List<String> JUNCTION_WORDS = List.of("nút giao ", "ngã tư ", "Ngã tư ", "ngã ba ", "Ngã ba ",
      "ngã 4 ", "Ngã 4 ", "ngã 3 ", "Ngã 3 ");

  /** Whether a junction word ends right before offset s; at most nine startsWith, run only for a chain with one place. */
  private static boolean junctionBefore(String text, int s) {
    for (String w : JUNCTION_WORDS) if (s >= w.length() && text.startsWith(w, s - w.length())) return true;
    return false;
  }

  /** Whether mentions j and j + 1 are joined by a spaced dash ("A - B", "A – B"). */
  private static boolean dashJoined(String text, List<EntityMention> ms, int j) {
    if (j < 0 || j + 1 >= ms.size()) return false;
    int e = ms.get(j).end();
    if (ms.get(j + 1).start() != e + 3 || text.charAt(e) != ' ' || text.charAt(e + 2) != ' ') return false;
    char c = text.charAt(e + 1);
    return c == '-' || c == '–';
  }

  /** The lower-case word right before offset s (only spaces between), or "". */
  private static String previousWord(String text, int s) {
    int p = wordStartBefore(text, s);
    return p < 0 || !Character.isLowerCase(text.charAt(p)) ? "" : text.substring(p, wordEndAt(text, p));
  }

  /**
   * Round 16: "ở Xichang, tỉnh Tứ Xuyên", "quê nhà Ciudad Victoria, bang Tamaulipas": a name typed a person right before a
   * comma, a province or state word ("tỉnh", "bang", "tiểu bang") and a place is a town of it, unless a person cue stands
   * right before the name ("ông Nam, tỉnh …") or it is a Vietnamese full name.
   */
  static List<EntityMention> provinceTowns(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      int p = m.end() + 2;
      if (m.type() == EntityType.PERSON && k + 1 < ms.size() && ms.get(k + 1).type() == EntityType.LOCATION
          && text.startsWith(", ", m.end())) {
        int s = ms.get(k + 1).start();
        boolean level = (s == p + 5 && text.startsWith("tỉnh ", p)) || (s == p + 5 && text.startsWith("bang ", p))
            || (s == p + 10 && text.startsWith("tiểu bang ", p));
        if (level && !fullVietnameseName(m.text())) {
          String before = previousWord(text, m.start());
          if (before.isEmpty() || LEX.find(NameKeys.key(before), Kind.PERSON_CUE) == null)
            fixed = m.withType(EntityType.LOCATION);
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 16: "cơ quan CSĐT Công an huyện X": an investigating agency after a lower-case "cơ quan" keeps the cue with its
   * name (the round 14 guideline); "Trường THCS X 2", "Trường Tiểu học Y 1": a school's number after its place belongs to
   * its name (a lower-case word, a comma, a bracket or a full stop follows it, not another digit or a "+").
   */
  static List<EntityMention> agencyAndSchoolTails(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      int s = m.start(), e = m.end();
      String t = m.text();
      if (m.type() == EntityType.ORGANIZATION && t.charAt(0) == 'C' && s >= 8 && text.startsWith("cơ quan ", s - 8)
          && (t.startsWith("CSĐT ") || t.startsWith("Cảnh sát điều tra ")) && (s == 8 || text.charAt(s - 9) == ' ')) {
        fixed = new EntityMention(s - 8, e, text.substring(s - 8, e), EntityType.ORGANIZATION, m.entity());
      } else if (m.type() == EntityType.ORGANIZATION && e + 1 < text.length() && text.charAt(e) == ' '
          && Character.isDigit(text.charAt(e + 1)) && (t.startsWith("Trường ") || t.startsWith("trường ") || t.startsWith("Ban Giám hiệu ")
              || t.startsWith("Bệnh viện ") || t.startsWith("BV "))) {
        boolean school = t.contains("THCS") || t.contains("THPT") || t.contains("Tiểu học") || t.contains("Mầm non");
        int x = e + 2;
        if (x < text.length() && Character.isDigit(text.charAt(x))) x++;
        if (!school && x < text.length() && Character.isDigit(text.charAt(x))) x++;
        if (!school && x < text.length() && Character.isUpperCase(text.charAt(x))) x++; // "Bệnh viện Quân y 7A"
        char c = x < text.length() ? text.charAt(x) : '.';
        boolean ends = c == ',' || c == ')' || c == ';' || c == '\n' || c == '.' && (x + 1 >= text.length() || !Character.isDigit(text.charAt(x + 1)))
            || c == ' ' && x + 1 < text.length() && (school ? Character.isLowerCase(text.charAt(x + 1)) : text.charAt(x + 1) == '(');
        ends &= school || t.charAt(0) == 'B';
        if (ends && !(k + 1 < ms.size() && ms.get(k + 1).start() < x))
          fixed = new EntityMention(s, x, text.substring(s, x), EntityType.ORGANIZATION, m.entity());
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Heads of bodies that are also given names ("Xuân Trường", "Văn Luật", "Thanh Hội"). */
  private static final List<String> HEAD_GIVEN_NAMES = List.of(" Trường", " Luật", " Hội");

  /** Lower-case words that make a common word with those heads ("Trường học", "Hội nghị", "Luật sư"). */
  private static final Set<String> HEAD_COMPOUNDS = WordSet.of("học", "hợp", "nghị", "đồng", "thảo", "viên", "sư", "pháp",
      "đoàn", "chợ", "phái", "quán", "kỳ", "thi", "trại", "sở", "lệ", "sinh", "ca", "tụ", "diễn");

  /**
   * Round 16: "thủ môn Tấn Trường", "Xuân Trường thậm chí …": a one-syllable Vietnamese given name typed a person right
   * before "Trường", "Luật" or "Hội" that ends the name (punctuation, the end, or a lower-case word that makes no common
   * word with it: not "Trường học", "Hội nghị", "Luật sư") is one person; the scanner left the head word, which opens
   * bodies, out of the name. Round 31: a number after the head also ends the name ("Đình Luật 2 trận"), and a mention
   * after the head's full stop no longer blocks it ("… Đình Luật. Bá Hoà …"): only one that starts inside the head or
   * right after it does.
   */
  static List<EntityMention> givenNameHeads(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      int e = m.end();
      if (m.type() == EntityType.PERSON && e + 4 < text.length() && text.charAt(e) == ' ' && "TLH".indexOf(text.charAt(e + 1)) >= 0
          && m.text().indexOf(' ') < 0) {
        for (String h : HEAD_GIVEN_NAMES) {
          int x = e + h.length();
          if (!text.startsWith(h, e) || x < text.length() && Tokenizer.isWordChar(text.charAt(x))) continue;
          if (k + 1 < ms.size() && ms.get(k + 1).start() <= x + 1) break;
          boolean ends = x == text.length() || text.charAt(x) != ' ' || x + 1 < text.length() && Character.isDigit(text.charAt(x + 1))
              || x + 1 < text.length() && Character.isLowerCase(text.charAt(x + 1)) && !HEAD_COMPOUNDS.contains(nextWord(text, x));
          if (ends && vietnameseSyllable(NameKeys.key(m.text())) && !LEX.surnames.contains(NameKeys.key(m.text())))
            fixed = new EntityMention(m.start(), x, text.substring(m.start(), x), EntityType.PERSON, m.entity());
          break;
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 16: "Times of London", "Gazzetta dello Sport", "University of Sydney", "Game of Thrones": a foreign body or work
   * cut at a lower-case "of", "dello", "della" or "del" before the foreign rest of its name is one name, a body when it
   * opens with a body, a work when it opens with a work.
   */
  static List<EntityMention> ofNames(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention n = k + 1 < ms.size() ? ms.get(k + 1) : null;
      int e = m.end();
      int gap = n == null ? 0 : n.start() - e;
      EntityType joined = null;
      if (gap >= 1 && gap <= 7 && text.charAt(e) == ' ' && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MISC)) {
        if (gap == 4 && text.startsWith(" of ", e) || gap == 7 && (text.startsWith(" dello ", e) || text.startsWith(" della ", e))
            || gap == 5 && text.startsWith(" del ", e)) joined = m.type();
        else if (gap == 1 && m.type() == EntityType.MISC && n.type() == EntityType.ORGANIZATION
            && (m.text().endsWith(" dello") || m.text().endsWith(" della"))) joined = EntityType.ORGANIZATION;
        if (joined != null && !(foreignWord(n.text()) && foreignWord(m.text()))) joined = null;
      }
      if (joined == null && e + 5 < text.length() && text.charAt(e) == ' ' && text.charAt(e + 1) == 'o'
          && text.startsWith(" of ", e)) {
        // Round 35: "Proceedings | of the Royal Society B", "Laboratory Corp | of America", "The Ring | of Life": a
        // foreign name cut at a lower-case "of" (and "the", "a", "an") before a run of capitalised foreign words that is
        // no mention or that mentions cover whole, is one name; a person-typed head is a work's or a thing's (MISC)
        int r = ofRestEnd(text, e + 4);
        int j = k + 1;
        while (r > 0 && j < ms.size() && ms.get(j).start() < r) {
          if (ms.get(j).end() > r) r = -1;
          j++;
        }
        if (r > 0 && (foreignWord(m.text()) || m.text().startsWith("The "))) {
          if (out == null) out = new ArrayList<>(ms.subList(0, k));
          out.add(new EntityMention(m.start(), r, text.substring(m.start(), r),
              m.type() == EntityType.PERSON ? EntityType.MISC : m.type(), m.entity()));
          k = j - 1;
          continue;
        }
      }
      if (joined == null) {
        if (out != null) out.add(m);
        continue;
      }
      if (out == null) out = new ArrayList<>(ms.subList(0, k));
      out.add(new EntityMention(m.start(), n.end(), text.substring(m.start(), n.end()), joined, m.entity()));
      k++;
    }
    return changed(out, ms);
  }

  /**
   * Round 35: the end of the foreign rest of a name after "of " (a at its first letter): an optional "the", "a" or "an",
   * then capitalised words of ASCII letters (an apostrophe or a hyphen inside), later ones also numbers ("Chicago 7"),
   * joined by single spaces, and again after a further "of"; -1 when no capitalised foreign word comes first. Reads only
   * the words of the name.
   */
  static int ofRestEnd(String text, int a) {
    int n = text.length();
    int end = -1;
    while (true) {
      if (text.startsWith("the ", a)) a += 4;
      else if (text.startsWith("a ", a)) a += 2;
      else if (text.startsWith("an ", a)) a += 3;
      boolean first = true;
      while (a < n) {
        char c = text.charAt(a);
        if (!(c >= 'A' && c <= 'Z' || !first && c >= '0' && c <= '9')) break;
        int b = a + 1;
        while (b < n && (asciiLetterOrDigit(text.charAt(b)) || (text.charAt(b) == '\'' || text.charAt(b) == '’'
            || text.charAt(b) == '-') && b + 1 < n && asciiLetterOrDigit(text.charAt(b + 1)))) b++;
        if (b < n && Tokenizer.isWordChar(text.charAt(b))) return end; // a Vietnamese letter: no foreign word
        if (first && vietnameseSyllable(NameKeys.key(text.substring(a, b)))) return end;
        end = b;
        first = false;
        if (b + 1 < n && text.charAt(b) == ' ') a = b + 1;
        else return end;
      }
      if (first || !text.startsWith("of ", a)) return end;
      a += 3;
    }
  }

  private static boolean asciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** Round 17: party committees and the government, bodies never named after a person ("Thành ủy X" is X's secretary). */
  private static final List<String> NAMELESS_BODIES = List.of("Thành ủy ", "Thành uỷ ", "Thành Ủy ", "Tỉnh ủy ", "Tỉnh uỷ ",
      "Tỉnh Ủy ", "Huyện ủy ", "Huyện uỷ ", "Quận ủy ", "Quận uỷ ", "Đảng ủy ", "Đảng uỷ ", "Chính phủ ", "Quốc hội ");

  /**
   * Round 17: "Bí thư Thành ủy Lê Văn A", "Phó Thủ tướng Chính phủ Trần Văn B": a party committee or the government that
   * the scanner read as one body with the full Vietnamese name after it (a family name and two or three capitalised
   * words, no known place) is the body and its official.
   */
  static List<EntityMention> bodyPersons(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      String t = m.text();
      int h = 0;
      if (m.type() == EntityType.ORGANIZATION && t.length() > 14 && "TĐHQC".indexOf(t.charAt(0)) >= 0) {
        for (String b : NAMELESS_BODIES) if (t.startsWith(b)) h = b.length();
      }
      String rest = h == 0 ? null : t.substring(h);
      boolean named = rest != null && fullVietnameseName(rest) && capitalisedWords(rest) <= 4
          && LEX.find(Lexicon.phraseKey(rest), Kind.PLACE) == null;
      if (!named) {
        if (out != null) out.add(m);
        continue;
      }
      if (out == null) out = new ArrayList<>(ms.subList(0, k));
      out.add(new EntityMention(m.start(), m.start() + h - 1, t.substring(0, h - 1), EntityType.ORGANIZATION, m.entity()));
      out.add(new EntityMention(m.start() + h, m.end(), rest, EntityType.PERSON, null));
    }
    return changed(out, ms);
  }

  /**
   * Round 17: "CES 2021", "APEC 2017", "UNCLOS 1982", "giải VĐQG 2021": an acronym typed a body with a year right after it
   * names that year's event or that year's convention (MISC with its year, like "Copa America 2016"); not a chairmanship
   * ("Chủ tịch ASEAN 2020").
   */
  static List<EntityMention> acronymEditions(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      int e = m.end();
      if (m.type() == EntityType.ORGANIZATION && e + 5 <= text.length() && text.charAt(e) == ' '
          && (text.startsWith("19", e + 1) || text.startsWith("20", e + 1)) && Character.isDigit(text.charAt(e + 3))
          && Character.isDigit(text.charAt(e + 4)) && (e + 5 == text.length() || !Tokenizer.isWordChar(text.charAt(e + 5)))
          && (e + 6 >= text.length() || !(text.charAt(e + 5) == ',' || text.charAt(e + 5) == '.') || !Character.isDigit(text.charAt(e + 6)))
          && allCapitals(m.text()) && !(m.start() >= 5 && text.startsWith("tịch ", m.start() - 5))) {
        fixed = new EntityMention(m.start(), e + 5, text.substring(m.start(), e + 5), EntityType.MISC, m.entity());
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 17: "nấm C. auris", "loài M. indicum": an initial typed a person right before a lower-case Latin word (no
   * Vietnamese syllable) is a species' genus, and the two words are the species (MISC); "anh T. cho biết" keeps the person.
   */
  static List<EntityMention> speciesInitials(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      String t = m.text();
      int e = m.end(), n = t.length();
      if (m.type() == EntityType.PERSON && n >= 2 && t.charAt(n - 1) == '.' && Character.isUpperCase(t.charAt(n - 2))
          && (n == 2 || t.charAt(n - 3) == ' ') && e + 4 < text.length() && text.charAt(e) == ' '
          && Character.isLowerCase(text.charAt(e + 1))) {
        int w = wordEndAt(text, e + 1);
        if (w - e > 4 && !vietnameseSyllable(NameKeys.key(text.substring(e + 1, w))))
          fixed = new EntityMention(e - 2, w, text.substring(e - 2, w), EntityType.MISC, null);
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Round 17: lower-case words that a missing space glues to the name before them ("Davidnói", "Thuầnvà"). */
  private static final List<String> GLUED_TAILS = List.of("nói", "và", "ngày", "đã", "là", "được", "cũng");

  /**
   * Round 17: "Giáo sư Rosalie Davidnói", "chấp hành viên Trần Văn Thuầnvà": a name whose last word ends in a lower-case
   * verb or link glued to it without a space ends before that word.
   */
  static List<EntityMention> gluedTails(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      String t = m.text();
      int n = t.length();
      if (m.type() != EntityType.MISC && n > 4 && Character.isLowerCase(t.charAt(n - 1))) {
        for (String g : GLUED_TAILS) {
          int c = n - g.length(); // where the glued word starts
          if (c >= 2 && t.endsWith(g) && Character.isLowerCase(t.charAt(c - 1))) {
            int w = t.lastIndexOf(' ', c - 1) + 1; // start of the last word
            if (c - w >= 2 && Character.isUpperCase(t.charAt(w)))
              fixed = new EntityMention(m.start(), m.start() + c, t.substring(0, c), m.type(), m.entity());
            break;
          }
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Round 17: words between a firm's kind and a name that make the name no firm's ("công ty của X", "hãng đã kiện X"). */
  private static final Set<String> FIRM_KIND_STOPS = WordSet.of("của", "mà", "cho", "đã", "với", "trong", "và", "là", "có",
      "quản", "thuộc", "tên", "bởi", "do", "kiện", "gọi", "như", "gồm", "ông", "bà", "anh", "chị", "ngài");

  /**
   * Round 17: "công ty tư vấn Capital Economics", "tập đoàn quốc phòng Mỹ Lockheed Martin", "hãng đầu tư Andreessen Horowitz":
   * a foreign name typed a person after a firm's kind ("công ty", "tập đoàn", "hãng", "nhà mạng") and one to five
   * lower-case words of its trade (no link, verb or title; a country may follow them) is the firm.
   */
  static List<EntityMention> firmKinds(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      int p = m.start();
      if (m.type() == EntityType.PERSON && p > 12 && text.charAt(p - 1) == ' ') {
        EntityMention prev = k > 0 ? ms.get(k - 1) : null;
        if (prev != null && prev.type() == EntityType.LOCATION && prev.end() == p - 1) p = prev.start(); // "… Mỹ Baird"
        if (p > 12 && text.charAt(p - 1) == ' ' && Character.isLowerCase(text.charAt(p - 2)) && foreignWord(m.text())
            && firmKindBefore(text, p - 1))
          fixed = m.withType(EntityType.ORGANIZATION);
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Whether "<firm kind> w1 … wn" (1 ≤ n ≤ 5 lower-case trade words) ends at offset p (see firmKinds). */
  private static boolean firmKindBefore(String text, int p) {
    String later = null;
    for (int n = 0; n < 7 && p > 0; n++) {
      int q = p;
      while (q > 0 && Tokenizer.isWordChar(text.charAt(q - 1))) q--;
      if (q == p || !Character.isLowerCase(text.charAt(q))) return false;
      String w = text.substring(q, p);
      if (FIRM_KIND_STOPS.contains(w)) return false;
      if (n >= 1 && w.equals("hãng") && !"tin".equals(later)) return true;
      if (n >= 2 && (w.equals("công") && "ty".equals(later) || w.equals("tập") && "đoàn".equals(later)
          || w.equals("nhà") && "mạng".equals(later))) return true;
      later = w;
      p = q;
      if (p == 0 || text.charAt(p - 1) != ' ') return false;
      p--;
    }
    return false;
  }

  /** Whether t is one word of two to eight capital letters (and "&"): "CES", "VĐQG", "UNCLOS". */
  private static boolean allCapitals(String t) {
    if (t.length() < 2 || t.length() > 8) return false;
    for (int i = 0; i < t.length(); i++) if (!Character.isUpperCase(t.charAt(i)) && t.charAt(i) != '&') return false;
    return true;
  }

  /** The number of words of t when each is capitalised and one space apart ("Lê Văn An": 3), else 99. */
  private static int capitalisedWords(String t) {
    int words = 0;
    for (int i = 0; i < t.length(); i++) {
      if (i == 0 || t.charAt(i - 1) == ' ') {
        if (!Character.isUpperCase(t.charAt(i))) return 99;
        words++;
      }
    }
    return words;
  }

  /** Round 17: last syllables of nouns of works that open a list of titles ("các phim như", "nhiều ca khúc như"). */
  private static final Set<String> WORK_NOUNS = WordSet.of("phim", "khúc", "phẩm", "album", "thuyết", "hiệu");
  /** Round 17: first syllables of those nouns ("ca khúc", "tác phẩm", "tiểu thuyết", "nhãn hiệu"). */
  private static final Set<String> WORK_NOUN_FIRSTS = WordSet.of("ca", "tác", "tiểu", "nhãn");
  /** Round 17: words that count a work noun ("các phim", "bộ phim", "loạt phim", "một số ca khúc"). */
  private static final Set<String> WORK_COUNTS = WordSet.of("các", "nhiều", "những", "số", "vài", "loạt", "bộ");
  /** Round 17: words between a work noun and "như" that make the list one of people ("cùng các ngôi sao như"). */
  private static final Set<String> WORK_LIST_STOPS = WordSet.of("sao", "viên", "sĩ", "cùng", "với", "trong", "diễn", "đạo",
      "như", "gồm");

  /**
   * Round 17: "đóng nhiều bộ phim ăn khách như A, B và C", "các tác phẩm khác như …": names typed people in a list opened
   * by a counted noun of works (with up to six words after it, none of people) and "như" are the works' titles (MISC);
   * after "nhãn hiệu" (brands, MISC as the round 14 guideline has it) names typed bodies are too.
   */
  static List<EntityMention> workLists(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) {
        int opener = workListOpens(text, titleListStart(text, m.start()));
        if (opener == 2 || opener == 1 && m.type() == EntityType.PERSON)
          fixed = m.withType(EntityType.MISC);
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Start of the list of titles that the item at offset s ends ("A, B-C, L'D và E"); see {@link #listStart(String, int, boolean)}. */
  private static int titleListStart(String text, int s) {
    return listStart(text, s, true);
  }

  /** 1 when "<count> <work noun> … như " ends right before offset s, 2 when the noun is "nhãn hiệu", else 0 (see workLists). */
  private static int workListOpens(String text, int s) {
    if (s < 10 || !text.startsWith("như ", s - 4) || text.charAt(s - 5) != ' ') return 0;
    int p = s - 5;
    String later = null;
    int kind = 0; // set once "ca khúc", "tác phẩm", "tiểu thuyết", "nhãn hiệu" is read: the word before must count it
    for (int n = 0; n < 10 && p > 0; n++) {
      int q = p;
      while (q > 0 && Tokenizer.isWordChar(text.charAt(q - 1))) q--;
      if (q == p) return 0; // punctuation: the list's opening is not in this clause
      String w = text.substring(q, p);
      if (WORK_LIST_STOPS.contains(w)) return 0;
      if (kind > 0) return WORK_COUNTS.contains(w) ? kind : 0;
      if (later != null && WORK_NOUNS.contains(later)) {
        if (later.equals("phim") || later.equals("album")) return WORK_COUNTS.contains(w) ? 1 : 0;
        if (!WORK_NOUN_FIRSTS.contains(w)) return 0;
        kind = later.equals("hiệu") ? 2 : 1;
      }
      later = w;
      p = q;
      if (p == 0 || text.charAt(p - 1) != ' ') return 0;
      p--;
    }
    return 0;
  }

  /** Whether text[b, e) is one to four words, each capitalised, of letters and dots ("T.Thủy", "Minh Phương"). */
  private static boolean byline(String text, int b, int e) {
    int words = 0;
    boolean start = true;
    for (int i = b; i < e; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (start) return false;
        start = true;
      } else if (start) {
        if (!Character.isUpperCase(c)) return false;
        start = false;
        words++;
      } else if (!Character.isLetter(c) && c != '.') return false;
    }
    return !start && words >= 1 && words <= 4;
  }

  /** Round 15: lower-case words that make a compound with "ý" (idea, opinion, meaning, will …). */
  private static final Set<String> Y_COMPOUNDS = WordSet.of("tưởng", "kiến", "nghĩa", "thức", "định", "chí", "muốn",
      "niệm", "tứ", "đồ", "dĩ", "nguyện", "thích", "vị", "thực");

  /**
   * Round 15: "Ý" is Italy in the gazetteer, but a capital "Ý" opening a sentence or a quotation before "tưởng",
   * "kiến", "nghĩa" … is the first syllable of a common word ("Ý tưởng …"), not the country. A city's cue "TP. " set
   * apart before its name is dropped from the place.
   */
  static List<EntityMention> ideaWords(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (m.end() - m.start() == 1 && text.charAt(m.start()) == 'Ý' && m.type() == EntityType.LOCATION
          && Y_COMPOUNDS.contains(nextWord(text, m.end()))) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        continue;
      }
      // "TP. Hồ Chí Minh", "Tp. Hồ Chí Minh": the city's cue written apart from the name is no part of it (the
      // guidelines' TP), while the glued "TP.HCM" is the city's usual short name.
      String t = m.text();
      EntityMention fixed = null;
      if (m.type() == EntityType.LOCATION && t.length() > 4 && t.charAt(2) == '.' && t.charAt(3) == ' '
          && (t.startsWith("TP") || t.startsWith("Tp")))
        fixed = new EntityMention(m.start() + 4, m.end(), t.substring(4), EntityType.LOCATION, m.entity());
      // "sống ở Ý.": the country closing a sentence after a preposition of place is no initial with its dot.
      else if (t.equals("Ý.") && m.type() == EntityType.PERSON && m.start() >= 3
          && (text.startsWith("ở ", m.start() - 2) || text.startsWith("tại ", m.start() - 4)
              || text.startsWith("sang ", m.start() - 5) || text.startsWith("đến ", m.start() - 4)))
        fixed = new EntityMention(m.start(), m.start() + 1, "Ý", EntityType.LOCATION, m.entity());
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Whether every word of s from offset i on is capitalised and no Vietnamese syllable ("Marco Rossi", not "Linh" or
   * "Văn Hùng"); a word with a letter beyond ASCII is taken for Vietnamese at once, without a key.
   */
  private static boolean foreignWords(String s, int i) {
    int n = s.length();
    while (i < n) {
      int j = s.indexOf(' ', i);
      if (j < 0) j = n;
      if (j == i || !Character.isUpperCase(s.charAt(i))) return false;
      for (int c = i; c < j; c++) if (s.charAt(c) > 0x7f) return false;
      if (vietnameseSyllable(NameKeys.nfcKey(s.substring(i, j)))) return false;
      i = j + 1;
    }
    return true;
  }

  /**
   * Round 15: "bộ phim X", "loạt phim X" (a film, a series): whether one of these stands right before offset s. Not a
   * bare "phim", which also comes before its maker or star ("ra mắt phim Lý Hải").
   */
  private static boolean filmBefore(String text, int s) {
    if (s < 8 || text.charAt(s - 1) != ' ' || text.charAt(s - 2) != 'm' || !text.startsWith("phim", s - 5)) return false;
    int w = s - 6;
    if (w < 2 || text.charAt(w) != ' ') return false;
    boolean bo = text.startsWith("bộ", w - 2) || text.startsWith("Bộ", w - 2);
    int start = bo ? w - 2 : w - 4;
    if (!bo && (w < 4 || !text.startsWith("loạt", w - 4))) return false;
    return start == 0 || !Tokenizer.isWordChar(text.charAt(start - 1));
  }

  /**
   * Round 15: "giải VĐQG Nhật Bản", "lễ trao giải BAFTAs", "giải Mai Vàng": whether a lower-case "giải" (a prize, a
   * league) stands right before offset s; not "độ phân giải" (a screen's resolution).
   */
  private static boolean prizeBefore(String text, int s) {
    if (s < 5 || !text.startsWith("giải ", s - 5)) return false;
    if (s == 5) return true;
    char c = text.charAt(s - 6);
    return !Tokenizer.isWordChar(c) && !(s >= 10 && text.startsWith("phân ", s - 10));
  }

  /**
   * End of a model's code and variant after a maker's name ending at e ("Boeing" + " 737 MAX", "OnePlus" + " 9 Pro"):
   * up to three words after single spaces, the first holding a digit, the others a digit or a capital (ASCII); e if none.
   */
  private static int modelTail(String text, int e) {
    int end = e, words = 0;
    boolean digitSeen = false;
    while (words < 3 && end + 1 < text.length() && text.charAt(end) == ' ') {
      int p = end + 1, q = p;
      boolean digit = false, ascii = true;
      while (q < text.length() && (Tokenizer.isWordChar(text.charAt(q)) || text.charAt(q) == '-')) {
        char c = text.charAt(q++);
        if (c >= '0' && c <= '9') digit = true;
        else if (c > 127) ascii = false;
      }
      if (q == p || !ascii || !(digit || (digitSeen && Character.isUpperCase(text.charAt(p))))) break;
      digitSeen |= digit;
      end = q;
      words++;
    }
    return end;
  }

  /** Whether only quotes or spaces stand between offset s and the start of the text, a line or a sentence. */
  private static boolean sentenceStart(String text, int s) {
    int p = s - 1;
    while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '"' || text.charAt(p) == '“')) p--;
    return p < 0 || text.charAt(p) == '.' || text.charAt(p) == '\n' || text.charAt(p) == '!' || text.charAt(p) == '?';
  }

  /** Round 14: last words of events' names ("European Super League", "Barcelona Open", "ATP Masters"). */
  private static final Set<String> EVENT_ENDS = WordSet.of("League", "Open", "Championship", "Championships", "Cup",
      "Awards", "Masters", "Festival", "Expo", "Summit", "Marathon", "Prize");

  /**
   * Round 14: "European Super League", "Barcelona Open": a run typed a person that ends with an event's last word is an
   * event (MISC); a lone such word right after another name ("Barcelona" + "Open") makes one event with it.
   */
  static List<EntityMention> eventEnds(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      String t = m.text();
      int sp = t.lastIndexOf(' ');
      if (m.type() == EntityType.PERSON && EVENT_ENDS.contains(t.substring(sp + 1))) {
        if (sp > 0) {
          fixed = new EntityMention(m.start(), m.end(), t, EntityType.MISC, m.entity());
        } else if (k > 0 && ms.get(k - 1).end() + 1 == m.start() && text.charAt(m.start() - 1) == ' '
            && ms.get(k - 1).type() != EntityType.MISC) {
          EntityMention prev = ms.get(k - 1);
          fixed = new EntityMention(prev.start(), m.end(), text.substring(prev.start(), m.end()), EntityType.MISC, null);
          if (out == null) out = new ArrayList<>(ms.subList(0, k));
          out.set(out.size() - 1, fixed); // the name before joins the event
          continue;
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Round 14: heads of bodies whose names may go on over lower-case words up to their acronym in brackets. */
  private static final List<String> ACRONYM_HEADS = List.of("Ủy ban ", "Uỷ ban ", "Hội đồng ", "Mặt trận ",
      "Liên minh ", "Lực lượng ", "Phong trào ", "Hiệp hội ", "Tổ chức ", "Hội ", "Liên đoàn ", "Liên hiệp ",
      "Trung tâm ", "Viện ", "Học viện ", "Trường ", "Đại học ", "Quỹ ", "Cục ", "Tổng cục ", "Công ty ",
      "Tổng công ty ", "Tổng Công ty ", "Tập đoàn ", "Ngân hàng ", "Cơ quan ", "Văn phòng ", "Ban ", "Phòng ", "Sở ",
      "Bộ ", "Đài ", "Đảng ", "CTCP ");
  /** Outlets and newsroom marks written in brackets after a sentence: never a body's acronym. */
  private static final Set<String> BRACKET_SOURCES = WordSet.of("AP", "AFP", "TTXVN", "VNA", "TTO", "PV", "CTV", "BTV",
      "VOV", "VTV", "VTC", "BBC", "CNN", "DPA", "ANI", "KCNA", "RT", "NHK", "XH", "TN", "TP", "ĐT", "HN", "NLĐ", "SGGP");
  /** Lower-case words that are verbs, links or time words, never inside a body's name before its acronym. */
  private static final Set<String> ACRONYM_RUN_STOPS = WordSet.of("là", "có", "được", "bị", "đã", "sẽ", "đang", "vừa",
      "cho", "của", "với", "tại", "ở", "từ", "đến", "như", "nói", "biết", "cùng", "thuộc", "trong", "ngoài", "giúp",
      "để", "năm", "ngày", "tháng", "các", "những", "mọi", "phải", "nay", "này", "đó", "mới", "cũng", "khi",
      "thì", "mà", "hay", "hoặc", "sau", "trước", "hôm", "vào", "ra", "lên", "nhằm", "theo", "do", "bởi", "nhưng",
      "còn", "rất", "đều", "chỉ", "qua", "trên", "dưới", "lại", "một", "gồm", "tự", "xưng", "gọi", "tắt", "viết");

  /**
   * Round 14: "Hội đồng Điều phối cứu trợ vùng Tây Bắc (HĐTB)": the scanner ends a body's name at its last capitalised
   * word, or splits off a place inside it. When a body named by a head word is followed by one to eight words (lower-case
   * or capitalised; no verb, link or time word, no punctuation, no body of its own after "và") and then by an
   * acronym in brackets, the words are the rest of its name: the body goes on to them (mentions among them become part
   * of it) and the acronym is the body's, typed an organisation, so that the linker takes it as the body's alias. The
   * acronym must be written in capitals, be no outlet or newsroom mark ("(AFP)"), and either spell initials of the name
   * in order, or have at most six letters (a foreign name's acronym: "Ngân hàng Trung ương châu Âu (ECB)").
   */
  static List<EntityMention> acronymBodies(String text, List<EntityMention> ms) {
    if (text.indexOf('(') < 0) return ms;
    List<EntityMention> out = null;
    int skipUntil = -1;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (m.start() < skipUntil) {
        if (out == null) out = new ArrayList<>(ms.subList(0, k));
        continue; // now inside the longer body
      }
      EntityMention fixed = null;
      int acr = m.type() == EntityType.ORGANIZATION ? acronymAfterRun(text, m) : -1;
      if (acr > 0) {
        int runEnd = acr - 2;
        int j = k + 1;
        boolean second = false; // "Bộ X và Ngân hàng Y (…)": a body of its own after "và"
        while (j < ms.size() && ms.get(j).end() <= runEnd) {
          EntityMention in = ms.get(j++);
          second |= in.type() == EntityType.ORGANIZATION && in.start() >= 3 && text.startsWith("và ", in.start() - 3);
        }
        if (!second && (j == ms.size() || ms.get(j).start() >= runEnd)) {
          fixed = new EntityMention(m.start(), runEnd, text.substring(m.start(), runEnd), m.type(), m.entity());
          skipUntil = runEnd;
          int close = text.indexOf(')', acr);
          if (out == null) out = new ArrayList<>(ms.subList(0, k));
          out.add(fixed);
          if (j < ms.size() && ms.get(j).start() == acr && ms.get(j).end() == close) {
            EntityMention a = ms.get(j);
            if (a.type() != EntityType.ORGANIZATION) ms = withType(ms, j, EntityType.ORGANIZATION);
          } else if (j == ms.size() || ms.get(j).start() >= close) {
            ms = inserted(ms, j, new EntityMention(acr, close, text.substring(acr, close), EntityType.ORGANIZATION, null));
          }
          continue;
        }
      }
      if (out != null) out.add(m);
    }
    return changed(out, ms);
  }

  private static List<EntityMention> withType(List<EntityMention> ms, int j, EntityType type) {
    List<EntityMention> copy = new ArrayList<>(ms);
    EntityMention a = ms.get(j);
    copy.set(j, new EntityMention(a.start(), a.end(), a.text(), type, a.entity()));
    return copy;
  }

  private static List<EntityMention> inserted(List<EntityMention> ms, int j, EntityMention m) {
    List<EntityMention> copy = new ArrayList<>(ms);
    copy.add(j, m);
    return copy;
  }

  /**
   * Start of the acronym in "(ACRONYM)" after a run of one to eight name words right after body m, when m starts with a
   * head and the acronym fits (see {@link #acronymBodies}); else -1.
   */
  static int acronymAfterRun(String text, EntityMention m) {
    boolean head = false;
    for (String h : ACRONYM_HEADS) head |= m.text().startsWith(h);
    if (!head) return -1;
    int len = text.length();
    int x = m.end();
    int words = 0;
    StringBuilder initials = new StringBuilder();
    for (String w : m.text().split(" ")) initials(w, initials);
    while (x + 1 < len && text.charAt(x) == ' ') {
      char c = text.charAt(x + 1);
      if (c == '(') break;
      if (words == 8 || !Character.isLetter(c)) return -1;
      int w = wordEndAt(text, x + 1);
      while (w < len && (text.charAt(w) == '&' || text.charAt(w) == '.') && w + 1 < len
          && Character.isLetter(text.charAt(w + 1))) w = wordEndAt(text, w + 1); // "KH&CN", "TP.HCM"
      String word = text.substring(x + 1, w);
      if (w == x + 1 || ACRONYM_RUN_STOPS.contains(word)) return -1;
      initials(word, initials);
      x = w;
      words++;
    }
    if (words == 0 || x + 1 >= len || text.charAt(x) != ' ' || text.charAt(x + 1) != '(') return -1;
    int a = x + 2;
    int close = text.indexOf(')', a);
    if (close < 0 || close - a < 2 || close - a > 10) return -1;
    String acronym = text.substring(a, close);
    if (!EntityLinker.isAcronym(acronym) || BRACKET_SOURCES.contains(acronym)) return -1;
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < acronym.length(); i++) {
      char c = acronym.charAt(i);
      if (Character.isLetter(c)) letters.append(c == 'Đ' ? 'D' : c);
    }
    boolean fits = letters.charAt(0) == initials.charAt(0) && subsequence(letters, initials);
    return fits || letters.length() <= 6 ? a : -1;
  }

  /** Appends the initials of a name word: its first letter, and every capital of an acronym inside ("GD&ĐT"). */
  private static void initials(String w, StringBuilder out) {
    if (w.isEmpty() || !Character.isLetter(w.charAt(0))) return;
    boolean caps = w.length() > 1 && Character.isUpperCase(w.charAt(1));
    for (int i = 0; i < w.length(); i++) {
      char c = Character.toUpperCase(w.charAt(i));
      if (i == 0 || caps && Character.isUpperCase(w.charAt(i))) out.append(c == 'Đ' ? 'D' : c);
    }
  }

  /** Whether the letters occur in order within the initials. */
  private static boolean subsequence(CharSequence letters, CharSequence initials) {
    int i = 0;
    for (int j = 0; j < initials.length() && i < letters.length(); j++) if (initials.charAt(j) == letters.charAt(i)) i++;
    return i == letters.length();
  }

  /**
   * Round 12: "T.ThủyTheo The Verge/PA", "Minh PhươngTheo The Economist, Guardian": a source line glued to a byline
   * the scanner could not split (an initial, a comma, a slash) gave one mention starting with "Theo". The word is the
   * preposition (according to), never part of the outlet's name: the mention is the outlet after it.
   */
  static List<EntityMention> gluedSources(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      int s = m.start();
      if (m.text().startsWith("Theo ") && m.text().length() > 5 && Character.isUpperCase(m.text().charAt(5))
          && s > 0 && Character.isLetter(text.charAt(s - 1))) {
        fixed = new EntityMention(s + 5, m.end(), m.text().substring(5), EntityType.ORGANIZATION, m.entity());
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 12: "Lực lượng Công an huyện X", "Lực lượng BĐBP", "Lực lượng chức năng": a sentence-initial "Lực lượng"
   * (forces) was read as a body's head. Before a police body or an acronym it is the cue (as "lực lượng" in lower case
   * is); before lower-case words only it names no one. Forces named as such keep it ("Lực lượng Phòng vệ Israel").
   */
  static List<EntityMention> forces(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      String t = m.text();
      boolean drop = false;
      EntityMention fixed = null;
      if (m.type() == EntityType.ORGANIZATION && t.startsWith("Lực lượng ") && t.length() > 10) {
        String rest = t.substring(10);
        int sp = rest.indexOf(' ');
        String first = sp < 0 ? rest : rest.substring(0, sp);
        boolean acronym = first.length() >= 2;
        for (int c = 0; c < first.length() && acronym; c++) acronym = Character.isUpperCase(first.charAt(c));
        boolean lower = true;
        for (String w : rest.split(" ")) lower &= !w.isEmpty() && Character.isLowerCase(w.charAt(0));
        if (acronym || rest.startsWith("Công an ") || rest.startsWith("Cảnh sát ")) {
          fixed = new EntityMention(m.start() + 10, m.end(), rest, m.type(), m.entity());
        } else if (lower) {
          drop = true;
        }
      }
      if ((fixed != null || drop) && out == null) out = new ArrayList<>(ms.subList(0, k));
      if (out != null && !drop) out.add(fixed != null ? fixed : m);
    }
    return changed(out, ms);
  }

  /** Cities whose football clubs go by the city's bare name ("Barcelona", "Liverpool"). */
  private static final Set<String> CLUB_CITIES = WordSet.of("Barcelona", "Liverpool", "Valencia", "Granada", "Leeds",
      "Bilbao", "Napoli", "Roma", "Porto", "Marseille",
      // round 17: more cities named for their clubs in match reports, and "Real" for Real Madrid
      "Cadiz", "Huesca", "Eibar", "Elche", "Leipzig", "Lens", "Lille", "Parma", "Rennes", "Real");
  /** Football words that make an article a match report or club news. */
  private static final List<String> FOOTBALL_WORDS = List.of("HLV ", "đội bóng", "cầu thủ", "bàn thắng", "CLB ",
      "tiền đạo", "thủ môn", "tiền vệ", "hậu vệ");

  /** Whether the text is a football report: one of FOOTBALL_WORDS in it (a vectorised search each, whole text). */
  private static boolean footballReport(String text) {
    for (String w : FOOTBALL_WORDS) if (text.contains(w)) return true;
    return false;
  }
  /** Words right before a city that keep it a place in a football article: "sống ở Liverpool", "tại Barcelona". */
  private static final Set<String> PLACE_WORDS = WordSet.of("ở", "tại", "phố", "TP", "thủ", "xứ", "thành");

  /**
   * Round 12: "HLV Koeman của Barcelona", "thắng Granada", "Liverpool (Anh)": in an article about football, a city
   * that is also a club's bare name is the club, unless a place word stands right before it ("ở Liverpool", "tại
   * Barcelona", "thành phố Valencia"). Such cities were typed places (the gazetteer) or people (unknown foreign words).
   */
  static List<EntityMention> clubCities(String text, List<EntityMention> ms) {
    // the mentions first: a club city is rare, and only then is the text searched for football words
    boolean city = false, province = false;
    for (int k = 0; k < ms.size() && !city; k++) {
      String t = ms.get(k).text();
      city = CLUB_CITIES.contains(t);
      if (!city && !province) province = CLUB_PROVINCES.contains(t);
    }
    if (!city && !province) return ms;
    // "Hà Nội", "Đà Nẵng" are in most articles: the text is searched for football words only once one of them stands
    // where a team fits, not for every article that names a province
    if (!city) return provinceClubs(text, ms);
    if (!footballReport(text)) return ms;
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      if (m.type() != EntityType.ORGANIZATION && CLUB_CITIES.contains(m.text())) {
        int p = wordStartBefore(text, m.start());
        String before = p < 0 ? "" : text.substring(p, wordEndAt(text, p));
        if (!PLACE_WORDS.contains(before)) {
          fixed = m.withType(EntityType.ORGANIZATION);
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Provinces and cities whose V-League or first-division clubs go by the place's bare name in match reports. */
  private static final Set<String> CLUB_PROVINCES = WordSet.of("Hà Nội", "Hải Phòng", "Quảng Ninh", "Thanh Hóa",
      "Thanh Hoá", "Nam Định", "Đà Nẵng", "Khánh Hòa", "Khánh Hoà", "Bình Dương", "Long An", "Đồng Tháp", "Đồng Nai",
      "Cần Thơ", "Bình Định", "Quảng Nam", "Hà Tĩnh", "Sài Gòn", "Gia Lai", "Bình Phước", "Huế", "Nghệ An", "Hưng Yên",
      "Phú Thọ", "Vũng Tàu", "Tây Ninh", "Kon Tum", "An Giang", "Đắk Lắk", "Quảng Ngãi", "Phú Yên", "Kiên Giang",
      "Tiền Giang", "Bến Tre", "Vĩnh Long", "Lâm Đồng", "Bình Thuận", "Hà Nam", "Thái Bình", "Ninh Bình", "Quảng Bình",
      "Quảng Trị", "Lào Cai");
  /** Words right before a club's place name that only a team follows: "đánh bại Long An", "thủ môn Khánh Hòa". */
  private static final List<String> CLUB_LEADS = List.of("đối thủ", "tiếp", "đánh bại", "gặp", "thắng", "hạ", "thua",
      "cầu thủ", "thủ môn", "tiền đạo", "hậu vệ", "tiền vệ", "trước", "đội");
  /** Words right before a province that keep it a place even in a match report: "sân vận động X", "tại X", "tỉnh X". */
  private static final Set<String> CLUB_PLACE_STOPS = WordSet.of("ở", "tại", "phố", "TP", "xứ", "thành", "tỉnh",
      "sân", "động", "SVĐ", "về", "đến", "tới", "từ", "miền", "vùng", "huyện", "quê", "đất", "người", "dân", "khắp", "đô", "phủ");

  /**
   * Round 29: "HAGL và Khánh Hòa", "thủ môn Long An", "Quân Lâm của Đà Nẵng": in a match report a province that is
   * also a club's bare name is the club (ORGANIZATION, as the dev gold types "Thanh Hóa" there) when one of its
   * mentions sits where only a team fits: after a team word (CLUB_LEADS), joined to a body by "và" or a dash, after a
   * player and "của", or in brackets right after a player (a squad list). Its other mentions follow, unless a place
   * word, an abbreviation's dot ("TP.") or a capitalised word stands right before one ("tại Đà Nẵng", "sân vận động
   * Thanh Hóa", "Than Quảng Ninh"). National teams stay their countries (guidelines).
   */
  private static List<EntityMention> provinceClubs(String text, List<EntityMention> ms) {
    Set<String> clubs = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (m.type() != EntityType.LOCATION || !CLUB_PROVINCES.contains(m.text()) || provincePlaceBefore(text, m.start())) continue;
      boolean team = false;
      int s = m.start();
      for (int i = 0; i < CLUB_LEADS.size() && !team; i++) {
        String c = CLUB_LEADS.get(i);
        int q = s - c.length() - 1;
        team = q >= 0 && text.startsWith(c, q) && text.charAt(s - 1) == ' '
            && (q == 0 || !Tokenizer.isWordChar(text.charAt(q - 1)));
      }
      if (!team && k > 0) team = clubJoin(text, ms.get(k - 1), m);
      if (!team && k + 1 < ms.size()) team = clubJoin(text, m, ms.get(k + 1));
      if (team) {
        if (clubs == null) clubs = new HashSet<>();
        clubs.add(m.text());
      }
    }
    if (clubs == null || !footballReport(text)) return ms;
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      if (m.type() == EntityType.LOCATION && clubs.contains(m.text()) && !provincePlaceBefore(text, m.start()))
        fixed = m.withType(EntityType.ORGANIZATION);
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * A body and a club's place joined as two teams ("HAGL và Khánh Hòa", "X - Y"), a player and "của" before it, or a
   * player and the place in brackets after him ("Lê Khải (Hải Phòng)").
   */
  private static boolean clubJoin(String text, EntityMention a, EntityMention b) {
    int gap = b.start() - a.end();
    if (a.type() == EntityType.PERSON && gap == 2 && b.type() == EntityType.LOCATION)
      return text.charAt(a.end() + 1) == '(' && b.end() < text.length() && text.charAt(b.end()) == ')';
    if (gap < 3 || gap > 5) return false;
    String between = text.substring(a.end(), b.start());
    if (a.type() == EntityType.PERSON) return between.equals(" của ") && b.type() == EntityType.LOCATION;
    return (a.type() == EntityType.ORGANIZATION || b.type() == EntityType.ORGANIZATION)
        && (between.equals(" và ") || between.equals(" - ") || between.equals(" – ") || between.equals(" gặp "));
  }

  /** A place word, an abbreviation's dot ("TP.") or a capitalised word right before a province: the place, or a longer name. */
  private static boolean provincePlaceBefore(String text, int s) {
    if (s >= 3 && text.charAt(s - 1) == ' ' && text.charAt(s - 2) == '.' && Character.isUpperCase(text.charAt(s - 3))) return true;
    int p = wordStartBefore(text, s);
    if (p < 0) return false;
    return CLUB_PLACE_STOPS.contains(text.substring(p, wordEndAt(text, p))) || Character.isUpperCase(text.charAt(p));
  }

  /** Words that make an article a sports report, where players go by one bare foreign name ("Kovrin", "Dalmeo"). */
  private static final List<String> SPORTS_WORDS = List.of("HLV ", "đội bóng", "cầu thủ", "bàn thắng", "CLB ", "tiền đạo",
      "thủ môn", "tiền vệ", "hậu vệ", "đội tuyển", "ghi bàn", "trận đấu", "giải đấu", "mùa giải", "tay vợt", "võ sĩ",
      "vận động viên", "VĐV", "tay đua", "kỳ thủ", "golf", "bóng đá", "Bàn thắng", "Trận đấu", "Cầu thủ");
  /** Verbs right after a name that only people do: speaking, being born, marrying ("Morvath cho biết", "Kelvaro nói"). */
  private static final List<String> PERSON_VERBS = List.of("nói", "cho biết", "chia sẻ", "khẳng định", "cho hay",
      "tiết lộ", "thừa nhận", "viết", "kể", "trả lời", "giải thích", "nhấn mạnh", "tâm sự", "phát biểu", "tuyên bố",
      "bày tỏ", "thú nhận", "nhận xét", "bình luận", "khai", "hỏi", "đáp", "sinh năm", "qua đời", "kết hôn", "lấy vợ",
      "lấy chồng", "khóc", "mỉm cười", "cười", "vào vai", "đóng vai", "thủ vai", "phủ nhận", "ly hôn");
  /** Words between a name and the verb after it: "Kelvaro cũng nói", "Morvath đã cho biết". */
  private static final List<String> VERB_ADVERBS = List.of("đã ", "cũng ", "còn ", "vẫn ", "thì ", "lại ", "từng ",
      "mới ", "liền ");

  /**
   * Round 13: "vắc xin Dorvax", "người Valdrek", "chiếc máy ảnh Lumicam", "ao X", "giá dầu X": outside sports reports,
   * one unknown foreign word typed a person only by default (no cue, no gazetteer) was a person in about a quarter of
   * the cases judged in unannotated articles; the rest were products, places, peoples, units and split names. Such a
   * word stays a person only when the article gives that name some evidence of a person somewhere: a cue or a title
   * (a mention that is not a default), a longer name it belongs to ("Dorian Malle" … "Malle"), a speech or
   * person-only verb right after it ("Morvath cho biết", "X vào vai"), a position in a list next to a person ("Trịnh
   * Hoài Lam và Velanka"), an age ("Kelvaro (34 tuổi)"), a relative or a role before it ("con gái đầu lòng là X",
   * "vào vai X") or an apposition naming a person ("Zarmun, một người khổng lồ", "X là nghệ sĩ"); a name the article
   * types otherwise elsewhere is left for harmonise. Otherwise its mentions are dropped: the scanner has no type for
   * them that is better than a guess.
   */
  static List<EntityMention> unevidencedForeignWords(String text, List<EntityMention> ms, java.util.BitSet weak) {
    boolean any = false;
    for (int k = weak.nextSetBit(0); k >= 0 && k < ms.size() && !any; k = weak.nextSetBit(k + 1))
      any = loneForeignGuess(ms.get(k));
    if (!any) return ms;
    Set<String> evidence = new HashSet<>();
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (m.type() != EntityType.PERSON) {
        // A name typed otherwise elsewhere is left to harmonise ("tại Oskarsund" … "Oskarsund"), and so is the foreign last
        // word of a body or a product ("Công ty Minmetals" … "Minmetals").
        evidence.add(m.text());
        int sp = m.text().lastIndexOf(' ');
        if (sp > 0 && !weak.get(k)) evidence.add(m.text().substring(sp + 1));
        continue;
      }
      boolean lone = weak.get(k) && loneForeignGuess(m);
      if (lone && onSourceLine(text, m.start(), m.end())) evidence.add(m.text()); // an outlet: sourceLines types it
      if (!lone) {
        if (!weak.get(k)) evidence.add(m.text());
        if (m.text().indexOf(' ') > 0) for (String w : m.text().split(" ")) evidence.add(w);
      }
      if (weak.get(k) && (personVerbAfter(text, m.end()) || agedAfter(text, m.end())
          || personAppositionAfter(text, m.end()) || namedAfterRelative(text, m.start()) || roleBefore(text, m.start()))) {
        evidence.add(m.text());
      }
    }
    // "Trịnh Hoài Lam và Velanka", "ca sĩ Dorian Malle, Skarlo": a name listed next to a person is one;
    // repeated so that evidence runs along a list ("Dorian Malle, Skarlo, Venick").
    for (boolean grew = true; grew; ) {
      grew = false;
      for (int k = 0; k < ms.size(); k++) {
        EntityMention m = ms.get(k);
        if (m.type() != EntityType.PERSON || !weak.get(k) || !loneForeignGuess(m) || evidence.contains(m.text())) continue;
        if ((k > 0 && personNeighbour(text, ms, weak, evidence, k - 1, k)) || (k + 1 < ms.size() && personNeighbour(text, ms, weak, evidence, k + 1, k))) {
          evidence.add(m.text());
          grew = true;
        }
      }
    }
    boolean drops = false;
    for (int k = 0; k < ms.size() && !drops; k++) {
      EntityMention m = ms.get(k);
      drops = m.type() == EntityType.PERSON && weak.get(k) && loneForeignGuess(m) && !evidence.contains(m.text());
    }
    // Sports reports keep their lone names (players); the text is searched for their words only when a name would go.
    if (!drops) return ms;
    for (String w : SPORTS_WORDS) if (text.contains(w)) return ms;
    List<EntityMention> out = new ArrayList<>(ms.size());
    java.util.BitSet kept = new java.util.BitSet();
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (m.type() == EntityType.PERSON && weak.get(k) && loneForeignGuess(m) && !evidence.contains(m.text())) continue;
      if (weak.get(k)) kept.set(out.size());
      out.add(m);
    }
    if (out.size() == ms.size()) return ms;
    weak.clear();
    weak.or(kept);
    return List.copyOf(out);
  }

  /**
   * "con gái lớn - Ferisa", "con gái đầu lòng là Ferisa", "ông xã tôi, Brandel": a relative or role (a person cue that is
   * not also a pronoun such as "anh" or "bà") among the four lower-case words before a "là", a comma or a dash right
   * before s.
   */
  private static boolean namedAfterRelative(String text, int s) {
    int p = s;
    while (p > 0 && text.charAt(p - 1) == ' ') p--;
    if (p > 0 && (text.charAt(p - 1) == '-' || text.charAt(p - 1) == '–' || text.charAt(p - 1) == ',')) p--;
    else if (p >= 2 && text.startsWith("là", p - 2) && (p == 2 || text.charAt(p - 3) == ' ')) p -= 2;
    else return false;
    String[] w = new String[4];
    int n = 0;
    for (; n < 4; n++) {
      int q = wordStartBefore(text, p);
      if (q < 0 || Character.isUpperCase(text.charAt(q))) break;
      w[n] = NameKeys.key(text.substring(q, wordEndAt(text, q)));
      p = q;
    }
    for (int i = 0; i < n; i++) {
      if (!KIN_CUES.contains(w[i]) && LEX.find(w[i], Kind.PERSON_CUE) != null) return true;
      if (i + 1 < n && LEX.find(w[i + 1] + " " + w[i], Kind.PERSON_CUE) != null) return true;
    }
    return false;
  }

  /** "vào vai Telmira", "(vai Telmira)": a character played by an actor is a person in the guidelines. */
  private static boolean roleBefore(String text, int s) {
    int p = wordStartBefore(text, s);
    return p >= 0 && text.startsWith("vai", p) && wordEndAt(text, p) == p + 3;
  }

  /** Words that join the names of a list: "A, B", "A và B", "A - B" (a couple), "A hay B". */
  private static final Set<String> LIST_JOINS = WordSet.of(", ", " và ", ", và ", " - ", " – ", " hay ", " hoặc ", " cùng ");

  /** Mention n, next to mention k in a list, is a person: a cued or evidenced name, or a Vietnamese full name. */
  private static boolean personNeighbour(String text, List<EntityMention> ms, java.util.BitSet weak, Set<String> evidence,
      int n, int k) {
    EntityMention o = ms.get(n);
    if (o.type() != EntityType.PERSON) return false;
    int a = Math.min(o.end(), ms.get(k).end());
    int b = Math.max(o.start(), ms.get(k).start());
    if (b - a > 6 || b < a || !LIST_JOINS.contains(text.substring(a, b))) return false;
    // A foreign run typed a person by default is no evidence by itself ("Velmor 2, Dark Arden, Suvali": films).
    int sp = o.text().indexOf(' ');
    return !weak.get(n) || evidence.contains(o.text())
        || (sp > 0 && !foreignWord(o.text()) && LEX.surnames.contains(NameKeys.key(o.text().substring(0, sp))));
  }

  /**
   * One foreign word (no Vietnamese syllable, no digit, no dot) typed a person: the scanner's last default. So is a
   * foreign run opening with an English article ("The Voice", "The Irishman"), which names works and clubs far more
   * often than stage names.
   */
  private static boolean loneForeignGuess(EntityMention m) {
    String x = m.text();
    if (m.type() == EntityType.PERSON && x.startsWith("The ") && x.length() > 5 && foreignWord(x)) return true;
    if (m.type() != EntityType.PERSON || x.length() < 3 || x.indexOf(' ') >= 0 || x.indexOf('.') >= 0) return false;
    for (int i = 0; i < x.length(); i++) if (Character.isDigit(x.charAt(i))) return false;
    return !vietnameseSyllable(NameKeys.key(x));
  }

  /** A speech or person-only verb right after offset e, perhaps after an adverb ("Morvath cho biết", "Kelvaro cũng nói"). */
  private static boolean personVerbAfter(String text, int e) {
    int p = e;
    if (p < text.length() && text.charAt(p) == ',') p++;
    while (p < text.length() && text.charAt(p) == ' ') p++;
    for (String a : VERB_ADVERBS) if (text.startsWith(a, p)) { p += a.length(); break; }
    for (String v : PERSON_VERBS) {
      int q = p + v.length();
      if (text.startsWith(v, p) && (q >= text.length() || !Tokenizer.isWordChar(text.charAt(q)))) return true;
    }
    return false;
  }

  /** ", một người …", " là nghệ sĩ …", " - vị thần …": an apposition or predicate right after e that names a person. */
  private static boolean personAppositionAfter(String text, int e) {
    int p = e;
    if (text.startsWith(", ", p)) p += 2;
    else if (text.startsWith(" là ", p)) p += 4;
    else if (text.startsWith(" - ", p)) p += 3;
    else return false;
    if (text.startsWith("một ", p)) p += 4;
    if (text.startsWith("người ", p) || text.startsWith("vị ", p)) return true;
    // A person cue of one to three words: "nghệ sĩ", "ca sĩ", "tỷ phú", "giáo sư".
    StringBuilder key = new StringBuilder();
    int q = p;
    for (int n = 0; n < 3 && q < text.length(); n++) {
      int r = q;
      while (r < text.length() && Tokenizer.isWordChar(text.charAt(r))) r++;
      if (r == q || Character.isUpperCase(text.charAt(q))) return false;
      if (n > 0) key.append(' ');
      key.append(NameKeys.key(text.substring(q, r)));
      if (LEX.find(key.toString(), Kind.PERSON_CUE) != null) return true;
      q = r;
      if (q >= text.length() || text.charAt(q) != ' ') return false;
      q++;
    }
    return false;
  }

  /**
   * Round 13: "Theo Travoria/ Kelmont Herald", "Theo AFP, Travoria": a short line near the end of the article
   * that opens with "Theo" credits the outlets the story came from, so a foreign name typed a person there is an
   * outlet. Vietnamese names stay people ("Theo Lưu Diễm" credits a reporter).
   */
  static List<EntityMention> sourceLines(String text, List<EntityMention> ms) {
    int from = lastLinesStart(text);
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      if (m.type() == EntityType.PERSON && m.start() >= from && onSourceLine(text, m.start(), m.end())
          && foreignWord(m.text())) {
        fixed = m.withType(EntityType.ORGANIZATION);
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * [s, e) lies on a credit line: at most 70 characters opening with "Theo" and holding no lower-case word but "và",
   * among the last three lines of the text and not its first line.
   */
  private static boolean onSourceLine(String text, int s, int e) {
    if (s < lastLinesStart(text)) return false;
    int ls = text.lastIndexOf('\n', s - 1) + 1;
    int le = text.indexOf('\n', e);
    if (le < 0) le = text.length();
    if (ls == 0 || !text.startsWith("Theo ", ls) || le - ls > 70) return false;
    // Names and separators only ("Theo A/ B, C và D"): a lower-case word makes it a sentence ("Theo X, dự án …").
    for (int p = ls + 5; p < le; p++) {
      char c = text.charAt(p);
      char b = text.charAt(p - 1);
      if (Character.isLowerCase(c) && !Tokenizer.isWordChar(b) && b != '.' && !text.startsWith("và ", p)) return false;
    }
    return true;
  }

  /**
   * Round 13: "CA BỆNH 2802 …": a heading written in capitals opens with a Vietnamese word that reads as an acronym
   * ("CA", a police abbreviation elsewhere). An acronym typed a body right before a capitalised Vietnamese word with an
   * accented vowel ("BỆNH", "SÁCH") is the first word of such a heading, not a body (114 mentions in the corpus).
   */
  static List<EntityMention> shoutedHeadings(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      boolean drop = false;
      if (m.type() == EntityType.ORGANIZATION && m.text().length() <= 4 && m.end() + 1 < text.length()
          && text.charAt(m.end()) == ' ' && m.text().equals(m.text().toUpperCase(java.util.Locale.ROOT))) {
        int q = wordEndAt(text, m.end() + 1);
        drop = q > m.end() + 1 && shoutedVietnamese(text.substring(m.end() + 1, q));
      }
      if (drop && out == null) out = new ArrayList<>(ms.subList(0, k));
      if (out != null && !drop) out.add(m);
    }
    return changed(out, ms);
  }

  /** "BỆNH", "SÁCH": a Vietnamese syllable in capitals with an accented vowel (not "QSDĐ", not "TP"). */
  private static boolean shoutedVietnamese(String w) {
    if (w.length() < 2 || !w.equals(w.toUpperCase(java.util.Locale.ROOT))) return false;
    boolean accented = false;
    for (int i = 0; i < w.length(); i++) if (w.charAt(i) > 0x7f && w.charAt(i) != 'Đ') accented = true;
    return accented && vietnameseSyllable(NameKeys.key(w));
  }

  /** Start of the last three lines of the text. */
  private static int lastLinesStart(String text) {
    int from = text.length();
    for (int n = 0; n < 3 && from > 0; n++) from = Math.max(0, text.lastIndexOf('\n', from - 1));
    return from;
  }

  /** Capitalised forms of address that a list or a numbered line glues to the name after them. */
  private static final List<String> LIST_ADDRESS_WORDS = List.of("Ông ", "Bà ");

  /**
   * Round 11: "…; Ông Trần Văn Bình", "15\nBà Lê Thị Hoa", ", Ông Phạm Minh Đức": a capitalised "Ông" or "Bà" in mid-
   * sentence (after a semicolon, a list number or a comma) was read as the first word of the name. Before a known
   * surname and at least two more words it is the form of address, not part of the name ("Hai Bà Trưng", "Bà Rịa" have
   * no surname after "Bà").
   */
  static List<EntityMention> titledNames(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      if (m.type() == EntityType.PERSON) {
        String t = m.text();
        for (String a : LIST_ADDRESS_WORDS) {
          if (!t.startsWith(a)) continue;
          int sp = t.indexOf(' ', a.length());
          // a surname and two more words: "Ông Cao Thắng" (a singer whose surname is Ông) stays whole
          if (sp > a.length() && t.indexOf(' ', sp + 1) > 0 && LEX.surnames.contains(NameKeys.key(t.substring(a.length(), sp)))) {
            int s0 = m.start() + a.length();
            fixed = new EntityMention(s0, m.end(), t.substring(a.length()), m.type(), m.entity());
          }
          break;
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** Abbreviated levels glued to a place's name: "Q.Gò Vấp" (quận), "P.Tân Định" (phường), "H.Nhà Bè", "TX.Thuận An". */
  private static final List<String> GLUED_LEVELS = List.of("TX.", "Q.", "P.", "H.");

  /**
   * Round 11: "ngụ P.14, Q.Gò Vấp", "(P.Hòa Cường Bắc, Q.Hải Châu)": an abbreviated ward, district or town glued to a
   * name of two capitalised syllables or more was read as a person's initial and name. It is the place (without its
   * level, as with "quận Gò Vấp"), unless a person's title or kinship word stands right before it ("bà P.Thu Hà").
   */
  static List<EntityMention> wards(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      if (m.type() == EntityType.PERSON && m.text().indexOf(' ') > 0) {
        String t = m.text();
        for (String level : GLUED_LEVELS) {
          if (!t.startsWith(level) || t.length() <= level.length() || !Character.isUpperCase(t.charAt(level.length()))) continue;
          String rest = t.substring(level.length());
          boolean names = rest.indexOf('.') < 0;
          for (String w : rest.split(" ")) names &= !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.length() > 1;
          int p = wordStartBefore(text, m.start());
          String before = p < 0 ? "" : NameKeys.key(text.substring(p, wordEndAt(text, p)));
          if (names && LEX.find(before, Kind.PERSON_CUE) == null) {
            int s0 = m.start() + level.length();
            fixed = new EntityMention(s0, m.end(), rest, EntityType.LOCATION, m.entity());
          }
          break;
        }
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /**
   * Round 11: "Tòa án Công lý châu Âu", "Cơ quan Vũ trụ châu Âu", "LĐBĐ châu Âu": a body's name goes on over a
   * lower-case "châu" and its continent (the scanner typed "châu Âu" a place of its own). Only a body named by two
   * words or more, or by an abbreviation, right before it.
   */
  static List<EntityMention> continents(String text, List<EntityMention> ms) {
    List<EntityMention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (out != null) out.add(m);
      if (k + 1 >= ms.size() || m.type() != EntityType.ORGANIZATION) continue;
      EntityMention c = ms.get(k + 1);
      if (c.type() != EntityType.LOCATION || c.start() != m.end() + 1 || text.charAt(m.end()) != ' '
          || !c.text().startsWith("châu ")) continue;
      String t = m.text();
      boolean abbreviation = t.length() >= 2 && t.indexOf(' ') < 0 && Character.isUpperCase(t.charAt(t.length() - 1));
      if (t.indexOf(' ') < 0 && !abbreviation) continue;
      if (out == null) out = new ArrayList<>(ms.subList(0, k));
      else out.remove(out.size() - 1);
      out.add(new EntityMention(m.start(), c.end(), text.substring(m.start(), c.end()), m.type(), m.entity()));
      k++; // the continent is inside the body now
    }
    return changed(out, ms);
  }

  /** Words before "bản" that make the name after it a village: "trú bản X", "tại bản X" (not "một bản Pop Ballad"). */
  private static final Set<String> BAN_BEFORE = WordSet.of("tại", "ở", "trú", "ngụ", "qua", "về", "đến", "tới", "từ",
      "thuộc", "và", "các", "hai", "ba", "bốn");
  /** Lower-case levels numbered before a name: "thôn 5 Đồng Yên", "xóm 9 Bờ Đậu", "tổ 12 X". */
  private static final Set<String> NUMBERED_LEVELS = WordSet.of("thôn", "xóm", "ấp", "tổ", "khu", "khối", "bản", "làng");
  /** Lower-case levels that open a list of places: "xã A, B và C", "các phường A, B". */
  private static final Set<String> LIST_LEVELS = WordSet.of("xã", "phường", "thị trấn", "huyện", "quận", "thôn", "ấp", "bản",
      "xóm", "làng");

  /**
   * Round 10: places that the scanner typed people by default (their first syllables are surnames or given names).
   * <ul>
   *   <li>a village after "bản" with a place word before it: "trú bản Cỏ Nong", "tại bản A Lá";</li>
   *   <li>a name after a lower-case level and a number: "thôn 5 Đồng Yên", "xóm 9 Bờ Đậu";</li>
   *   <li>two-syllable names that go on a list opened by a level and a place: "xã Phú Minh, Phú Cường, Mai Đình",
   *   "các xã A, B và C" (a full three-syllable name there is still a person's).</li>
   * </ul>
   * They become evidence, so the place's other mentions in the article follow them.
   */
  static List<EntityMention> places(String text, List<EntityMention> ms, java.util.BitSet weak) {
    List<EntityMention> out = null;
    boolean chain = false; // the previous mention is a place on a list opened by a level
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityMention fixed = null;
      int p = wordStartBefore(text, m.start());
      String w1 = p < 0 ? "" : text.substring(p, wordEndAt(text, p));
      boolean joined = k > 0 && chain && listSeparator(text, ms.get(k - 1).end(), m.start());
      if (m.type() == EntityType.PERSON && weak.get(k)) {
        boolean place = false;
        if (w1.equals("bản")) {
          int q = wordStartBefore(text, p);
          place = q >= 0 && BAN_BEFORE.contains(text.substring(q, wordEndAt(text, q)));
        } else if (p >= 0 && isDigits(w1)) {
          int q = wordStartBefore(text, p);
          place = q >= 0 && NUMBERED_LEVELS.contains(text.substring(q, wordEndAt(text, q)));
        } else if (joined && !agedAfter(text, m.end())) {
          int sp = m.text().indexOf(' ');
          place = sp > 0 && m.text().indexOf(' ', sp + 1) < 0 && vietnameseSyllable(NameKeys.key(m.text().substring(0, sp)))
              && vietnameseSyllable(NameKeys.key(m.text().substring(sp + 1)));
        }
        if (place) {
          fixed = m.withType(EntityType.LOCATION);
          weak.clear(k);
        }
      }
      EntityType type = fixed != null ? fixed.type() : m.type();
      if (type != EntityType.LOCATION) chain = false;
      else if (fixed != null && joined) chain = true;
      else {
        String two = "";
        if (p >= 0) {
          int q = wordStartBefore(text, p);
          if (q >= 0) two = text.substring(q, wordEndAt(text, q)) + " " + w1;
        }
        chain = LIST_LEVELS.contains(w1) || LIST_LEVELS.contains(two) || joined;
      }
      out = keep(out, ms, k, fixed);
    }
    return changed(out, ms);
  }

  /** "…, 14 tuổi", "… (SN 1990": an age or birth year right after a name makes it a person's. */
  private static boolean agedAfter(String text, int e) {
    int p = e;
    if (p + 2 < text.length() && (text.charAt(p) == ',' || text.charAt(p) == ' ')) p++;
    if (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '(')) p++;
    if (p < text.length() && text.charAt(p) == '(') p++;
    return p < text.length() && (Character.isDigit(text.charAt(p)) || text.startsWith("SN", p) || text.startsWith("sinh", p));
  }

  /** Only ", ", " và " or ", và " between offsets a and b. */
  private static boolean listSeparator(String text, int a, int b) {
    if (b - a > 6 || b <= a) return false;
    String x = text.substring(a, b);
    return x.equals(", ") || x.equals(" và ") || x.equals(", và ");
  }

  private static boolean isDigits(String w) {
    if (w.isEmpty()) return false;
    for (int i = 0; i < w.length(); i++) if (!Character.isDigit(w.charAt(i))) return false;
    return true;
  }

  /** A word of the name is not a Vietnamese syllable ("Newell's", "Burzaco"): the name is foreign. */
  private static boolean foreignWord(String name) {
    int a = 0;
    while (a < name.length()) {
      int b = name.indexOf(' ', a);
      if (b < 0) b = name.length();
      if (b > a && !vietnameseSyllable(NameKeys.key(name.substring(a, b)))) return true;
      a = b + 1;
    }
    return false;
  }

  /**
   * The copy-on-first-change step shared by the passes over the mentions: mention k, or the fix that replaces it, goes
   * to out, which is made (a copy of the mentions before k) only at the first fix, so that a pass changing nothing
   * returns its input list.
   */
  /** The end of a pass built with {@link #keep}: its input when nothing changed, else the new list. */
  private static List<EntityMention> changed(List<EntityMention> out, List<EntityMention> ms) {
    return out == null ? ms : List.copyOf(out);
  }

  private static List<EntityMention> keep(List<EntityMention> out, List<EntityMention> ms, int k, EntityMention fixed) {
    if (fixed != null && out == null) out = new ArrayList<>(ms.subList(0, k));
    if (out != null) out.add(fixed != null ? fixed : ms.get(k));
    return out;
  }

  /** Start of the word that ends right before offset s (only spaces between), or -1. */
  private static int wordStartBefore(String text, int s) {
    int p = s - 1;
    while (p >= 0 && text.charAt(p) == ' ') p--;
    if (p < 0 || p == s - 1 || !Tokenizer.isWordChar(text.charAt(p))) return -1;
    while (p > 0 && Tokenizer.isWordChar(text.charAt(p - 1))) p--;
    return p;
  }

  /** End of the word starting at p. */
  private static int wordEndAt(String text, int p) {
    int x = p;
    while (x < text.length() && Tokenizer.isWordChar(text.charAt(x))) x++;
    return x;
  }

  /**
   * One name, one type per article. A mention typed only by a default (an unknown capitalised run is a person, a
   * lone foreign word is a person) takes the type that a cue, a head word or a gazetteer gave the same name
   * elsewhere in the article ("tờ Siam Sport viết" … "Siam Sport bình luận"; "khu vực Nagorno-Karabakh" …
   * "Nagorno-Karabakh nhận được"). A multi-word name found with such evidence is also found again where the scanner
   * split it ("tàu ngầm KRI Nanggala 402" … "KRI Nanggala 402 là"). Names given two types with evidence are left alone.
   */
  static List<EntityMention> harmonise(String text, List<EntityMention> ms, java.util.BitSet weak) {
    if (ms.size() < 2) return ms;
    java.util.Map<String, EntityType> strong = new java.util.HashMap<>();
    Set<String> clash = new HashSet<>();
    for (int k = 0; k < ms.size(); k++) {
      if (weak.get(k)) continue;
      EntityMention m = ms.get(k);
      EntityType old = strong.putIfAbsent(m.text(), m.type());
      if (old != null && old != m.type()) clash.add(m.text());
    }
    for (String c : clash) strong.remove(c);
    // "Công ty khoáng sản Minmetals" … "Minmetals": a foreign last word of a named body is that body on its own.
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (weak.get(k) || m.type() != EntityType.ORGANIZATION) continue;
      int sp = m.text().lastIndexOf(' ');
      if (sp < 0) continue;
      String tail = m.text().substring(sp + 1);
      if (tail.length() < 3 || !Character.isUpperCase(tail.charAt(0)) || vietnameseSyllable(NameKeys.key(tail))) continue;
      if (!clash.contains(tail)) strong.putIfAbsent(tail, EntityType.ORGANIZATION);
      // "Quỹ Walk Free" … "Walk Free": the whole foreign part after a Vietnamese head.
      int from = sp;
      while (true) {
        int sp2 = m.text().lastIndexOf(' ', from - 1);
        if (sp2 < 0) break;
        String w = m.text().substring(sp2 + 1, from);
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(w.length() - 1))
            || vietnameseSyllable(NameKeys.key(w))) break;
        from = sp2;
      }
      if (from < sp) {
        String foreign = m.text().substring(from + 1);
        if (!clash.contains(foreign)) strong.putIfAbsent(foreign, EntityType.ORGANIZATION);
      }
    }
    // "Honda Lead 125cc" … "mua Lead": the foreign last word of a brand's model stands for the model (a brand the
    // gazetteer knows opens the mention; titles of works such as "Sound of Metal" are left alone).
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (weak.get(k) || m.type() != EntityType.MISC) continue;
      int sp = m.text().lastIndexOf(' ');
      int sp0 = m.text().indexOf(' ');
      if (sp < 0 || LEX.find(NameKeys.key(m.text().substring(0, sp0)), Kind.ORG) == null) continue;
      String tail = m.text().substring(sp + 1);
      String tk = NameKeys.key(tail);
      if (tail.length() < 3 || !Character.isUpperCase(tail.charAt(0)) || vietnameseSyllable(tk)
          || LEX.find(tk, Kind.PLACE) != null || clash.contains(tail)) continue;
      strong.putIfAbsent(tail, EntityType.MISC);
    }
    // With no evidence anywhere, the defaults still vote: "Fabregas" typed a person six times and a place once
    // (a guess from "đất Mỹ, Fabregas") is a person.
    java.util.Map<String, int[]> votes = new java.util.HashMap<>();
    java.util.Map<String, EntityType> voted = new java.util.HashMap<>();
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      if (weak.get(k) && !strong.containsKey(m.text()) && !clash.contains(m.text()))
        votes.computeIfAbsent(m.text(), x -> new int[EntityType.values().length])[m.type().ordinal()]++;
    }
    for (var v : votes.entrySet()) {
      int best = 0;
      int total = 0;
      for (int c = 0; c < v.getValue().length; c++) {
        total += v.getValue()[c];
        if (v.getValue()[c] > v.getValue()[best]) best = c;
      }
      if (v.getValue()[best] >= 2 && v.getValue()[best] * 3 >= total * 2 && v.getValue()[best] < total)
        voted.put(v.getKey(), EntityType.values()[best]);
    }
    if (strong.isEmpty() && voted.isEmpty()) return ms;
    List<EntityMention> out = new ArrayList<>(ms.size());
    boolean changed = false;
    for (int k = 0; k < ms.size(); k++) {
      EntityMention m = ms.get(k);
      EntityType t = weak.get(k) ? strong.getOrDefault(m.text(), voted.get(m.text())) : null;
      if (t != null && t != m.type()) {
        out.add(new EntityMention(m.start(), m.end(), m.text(), t, m.entity()));
        changed = true;
      } else {
        out.add(m);
      }
    }
    java.util.Map<String, int[]> occurrences = occurrences(text, strong.keySet());
    for (var e : strong.entrySet()) {
      String name = e.getKey();
      int[] at = occurrences.get(name);
      if (at == null) continue;
      for (int i = 1; i <= at[0]; i++) {
        int p = at[i];
        int q = p + name.length();
        if (q < text.length() && Tokenizer.isWordChar(text.charAt(q))) continue;
        // The mentions touching [p, q) must all lie inside it (pieces of the split name), and not be the name itself.
        // Mentions are in start order: only those from the last one starting before p on can touch [p, q).
        boolean ok = true;
        boolean same = false;
        int first = -1;
        int last = -1;
        int from = firstStartingAtOrAfter(out, p);
        while (from > 0 && out.get(from - 1).end() > p) from--;
        for (int k = from; k < out.size() && out.get(k).start() < q; k++) {
          EntityMention m = out.get(k);
          if (m.end() <= p) continue;
          if (m.start() == p && m.end() == q) same = true;
          if (m.start() < p || m.end() > q) ok = false;
          if (first < 0) first = k;
          last = k;
        }
        if (!ok || same) continue;
        if (first < 0) { // not found there at all: insert in order
          first = firstStartingAtOrAfter(out, p);
        } else {
          for (int k = last; k >= first; k--) out.remove(k);
        }
        out.add(first, new EntityMention(p, q, name, e.getValue(), null));
        changed = true;
      }
    }
    return changed ? List.copyOf(out) : ms;
  }

  /**
   * Where each multi-word name occurs in the text at a word start, ascending: {count, positions…} per name (absent
   * when none). One pass over the word starts, comparing only names that begin with the word's first character,
   * instead of one search of the whole text per name (which was a tenth of the recogniser's time on long articles
   * with many names). A name not starting with a word character is searched as before.
   */
  private static java.util.Map<String, int[]> occurrences(String text, Set<String> names) {
    // first characters and the names starting with each (a handful per article: a linear look-up, no boxing)
    StringBuilder firsts = new StringBuilder();
    List<List<String>> byFirst = new ArrayList<>();
    java.util.Map<String, int[]> out = new java.util.HashMap<>();
    for (String name : names) {
      if (name.indexOf(' ') < 0) continue;
      char f = name.charAt(0);
      if (Tokenizer.isWordChar(f)) {
        int k = firsts.indexOf(String.valueOf(f));
        if (k < 0) {
          k = firsts.length();
          firsts.append(f);
          byFirst.add(new ArrayList<>());
        }
        byFirst.get(k).add(name);
      } else {
        for (int p = text.indexOf(name); p >= 0; p = text.indexOf(name, p + 1)) {
          if (p == 0 || !Tokenizer.isWordChar(text.charAt(p - 1))) out.put(name, push(out.get(name), p));
        }
      }
    }
    if (byFirst.isEmpty()) return out;
    // a 64-bit filter of the first characters: most characters of a text are ruled out by one shift
    long mask = 0;
    for (int k = 0; k < firsts.length(); k++) mask |= 1L << (firsts.charAt(k) & 63);
    for (int p = 0; p < text.length(); p++) {
      char c = text.charAt(p);
      if ((mask >>> (c & 63) & 1) == 0) continue;
      int k = 0;
      while (k < firsts.length() && firsts.charAt(k) != c) k++;
      if (k == firsts.length() || p > 0 && Tokenizer.isWordChar(text.charAt(p - 1))) continue; // a name starts a word
      for (String name : byFirst.get(k)) if (text.startsWith(name, p)) out.put(name, push(out.get(name), p));
    }
    return out;
  }

  private static int[] push(int[] list, int value) {
    if (list == null) list = new int[4];
    if (list[0] + 1 == list.length) list = java.util.Arrays.copyOf(list, list.length * 2);
    list[++list[0]] = value;
    return list;
  }

  /** Index of the first mention (of a list in start order) starting at or after {@code p}; the size when none does. */
  private static int firstStartingAtOrAfter(List<EntityMention> ms, int p) {
    int lo = 0, hi = ms.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ms.get(mid).start() < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * A lone capitalised word with no cue and no gazetteer entry ("Trung ương", "Công nghệ", "người Việt") is
   * usually a capitalised common word; keep it only when the article also uses it as a person's name
   * ("Alina Romanowski" … "Romanowski nói").
   */
  private static List<EntityMention> dropUnsupportedLoneWords(String text, List<EntityMention> ms) {
    Set<String> names = new HashSet<>();
    for (EntityMention m : ms) {
      if (m.type() != EntityType.PERSON) continue;
      int sp = m.text().lastIndexOf(' ');
      String last = NameKeys.key(sp < 0 ? m.text() : m.text().substring(sp + 1));
      names.add(last);
      // Round 32: "Tom Kerrigan … Tom đã": the first word (plain letters, not "The") of a name whose last word is foreign
      // names the person alone too.
      if (sp > 0 && !vietnameseSyllable(last)) {
        int f = m.text().indexOf(' ');
        if (f >= 3 && plainLetters(m.text(), f) && !m.text().startsWith("The ")) names.add(NameKeys.key(m.text().substring(0, f)));
      }
    }
    // "Từ đó, Phong rêu rao …, đưa tiền cho Phong …": a common given name standing alone in mid-sentence three times
    // or more, and never written in lower case in the article, names someone (a suspect or witness named without a
    // title), not a capitalised common word. Only uses with no capitalised word next to them or right after the next
    // word count ("Mỹ Tâm", "Xuân Trường", "Hoa khôi Nam Em", "Hòa thượng Thích …" are other things).
    // One use at least must be followed by what follows a subject ("Phong đã", "Phong còn"), so that the first
    // syllable of a compound ("Hoa ngữ", "Nhân sư") never qualifies.
    java.util.Map<String, Integer> loneCounts = null;
    Set<String> asSubject = null;
    for (EntityMention m : ms) {
      if (!loneVietnameseWord(m) || names.contains(NameKeys.key(m.text())) || !standsAlone(text, m.start(), m.end())) continue;
      if (loneCounts == null) {
        loneCounts = new java.util.HashMap<>();
        asSubject = new HashSet<>();
      }
      loneCounts.merge(m.text(), 1, Integer::sum);
      if (SUBJECT_FOLLOWERS.contains(nextWord(text, m.end()))) asSubject.add(m.text());
    }
    if (loneCounts != null) {
      for (var c : loneCounts.entrySet()) {
        String key = NameKeys.key(c.getKey());
        if (c.getValue() >= 3 && asSubject.contains(c.getKey()) && LEX.givenNames.contains(key) && !LEX.commonWords.contains(key)
            && !wordOccurs(text, c.getKey().toLowerCase(java.util.Locale.ROOT))) names.add(key);
      }
    }
    List<EntityMention> out = new ArrayList<>(ms.size());
    for (EntityMention m : ms) {
      if (m.type() == EntityType.PERSON && vienAfter(text, m.end())) {
        // Round 32: "ông X, Thành viên HĐQT", "PGS.TS. X Giảng viên": a capitalised title's head before "viên" is no name.
        String t = m.text();
        int ls = t.lastIndexOf(' ');
        if (VIEN_TITLE_HEADS.contains(t.substring(ls + 1))) {
          if (ls > 0) out.add(new EntityMention(m.start(), m.start() + ls, t.substring(0, ls), EntityType.PERSON, m.entity()));
          continue;
        }
      }
      if (!loneVietnameseWord(m)) out.add(m);
      // "Nguyễn Thanh Sơn … Sơn điều khiển xe": the given name alone names the person met earlier.
      else if (names.contains(NameKeys.key(m.text())) && !LEX.commonWords.contains(NameKeys.key(m.text()))
          && !(vienAfter(text, m.end()) && VIEN_TITLE_HEADS.contains(m.text()))) // round 32: "X, Thành viên HĐQT"
        out.add(m.withType(EntityType.PERSON));
    }
    return List.copyOf(out);
  }

  /** A MISC mention of one Vietnamese syllable that no gazetteer lists: the default for an unexplained capital. */
  /** Round 32: whether the first n characters of t are ASCII letters. */
  private static boolean plainLetters(String t, int n) {
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) return false;
    }
    return true;
  }

  private static boolean loneVietnameseWord(EntityMention m) {
    if (m.type() != EntityType.MISC || m.text().indexOf(' ') >= 0) return false;
    String key = NameKeys.key(m.text());
    // Models ("RON95") and gazetteer events ("Tết") are names on their own.
    return vietnameseSyllable(key) && LEX.find(key, Kind.MISC) == null;
  }

  /** Words that follow a person's name used as a subject: auxiliaries and speech or action verbs. */
  private static final Set<String> SUBJECT_FOLLOWERS = WordSet.of("đã", "đang", "sẽ", "bị", "được", "còn", "cũng", "vẫn",
      "liền", "khai", "nói", "kể", "thừa", "cho", "là", "và", "cùng", "rủ", "thì", "không", "chưa", "mới", "lại");

  /** The lower-case word right after offset e (skipping spaces), or "". */
  private static String nextWord(String text, int e) {
    int w = e;
    while (w < text.length() && text.charAt(w) == ' ') w++;
    int x = w;
    while (x < text.length() && Tokenizer.isWordChar(text.charAt(x))) x++;
    return x > w ? text.substring(w, x) : "";
  }

  /** No capitalised word right before [s, e), right after it, or one word further on. */
  private static boolean standsAlone(String text, int s, int e) {
    int p = s - 1;
    while (p >= 0 && text.charAt(p) == ' ') p--;
    if (p >= 0 && p < s - 1 && Tokenizer.isWordChar(text.charAt(p))) {
      int q = p;
      while (q > 0 && Tokenizer.isWordChar(text.charAt(q - 1))) q--;
      if (Character.isUpperCase(text.charAt(q))) return false;
    }
    int w = e;
    for (int k = 0; k < 2; k++) {
      while (w < text.length() && text.charAt(w) == ' ') w++;
      if (w >= text.length() || !Tokenizer.isWordChar(text.charAt(w))) return true;
      if (Character.isUpperCase(text.charAt(w))) return false;
      while (w < text.length() && Tokenizer.isWordChar(text.charAt(w))) w++;
    }
    return true;
  }

  /** The word occurs in the text as a whole word, exactly as given. */
  private static boolean wordOccurs(String text, String word) {
    for (int p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
      int q = p + word.length();
      if ((p == 0 || !Tokenizer.isWordChar(text.charAt(p - 1))) && (q >= text.length() || !Tokenizer.isWordChar(text.charAt(q))))
        return true;
    }
    return false;
  }

  /** "TPBank", "PVcomBank": a capital after a lower-case letter inside one word. */
  static boolean innerCapital(String s) {
    // "McKenzie", "MacArthur": the inner capital of a Gaelic surname, not of a brand ("MacBook" is a product line).
    if (s.length() > 3 && s.charAt(0) == 'M' && s.charAt(1) == 'c' && Character.isUpperCase(s.charAt(2))) return false;
    if (s.length() > 4 && s.startsWith("Mac") && Character.isUpperCase(s.charAt(3))) return false;
    for (int i = 1; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i - 1))) return true;
    return false;
  }

  /** A four-digit year such as "2016". */
  static boolean yearLike(Token t) {
    String x = t.text();
    return x.length() == 4 && isNumber(t) && (x.startsWith("19") || x.startsWith("20"));
  }

  static boolean isNumber(Token t) {
    if (!t.word()) return false;
    for (int i = 0; i < t.text().length(); i++) if (!Character.isDigit(t.text().charAt(i))) return false;
    return true;
  }

  /**
   * "A92", "X20", "A320": one capital and a number of two to four digits not led by a zero, a grade or model code.
   * "U23", "U50" are age groups, left to the other rules.
   */
  /** "QL1", "QL1A", "QL14": a national road's code, digits after "QL" and at most one letter after them. */
  static boolean nationalRoad(String x) {
    if (x.length() < 3 || x.length() > 6 || !x.startsWith("QL") || !Character.isDigit(x.charAt(2))) return false;
    int p = 3;
    while (p < x.length() && Character.isDigit(x.charAt(p))) p++;
    return p == x.length() || p == x.length() - 1 && Character.isUpperCase(x.charAt(p));
  }

  static boolean letterThenNumber(String x) {
    if (x.length() < 3 || x.length() > 5 || x.charAt(0) < 'A' || x.charAt(0) > 'Z' || x.charAt(0) == 'U' || x.charAt(1) == '0') return false;
    for (int p = 1; p < x.length(); p++) if (!Character.isDigit(x.charAt(p))) return false;
    return true;
  }

  /** "K-League", "E-Sports": a short prefix, a hyphen and an event word ("league", "cup", "games"): a competition. */
  static boolean hyphenEvent(String x) {
    int dash = x.indexOf('-');
    if (dash < 1 || dash > 3 || dash + 1 >= x.length()) return false;
    String tail = x.substring(dash + 1).toLowerCase(java.util.Locale.ROOT);
    return tail.equals("league") || tail.equals("cup") || tail.equals("games") || tail.equals("series");
  }

  /** "125cc", "110cc": an engine size, digits then "cc". */
  static boolean engineSize(Token t) {
    String x = t.text();
    int k = x.length() - 2;
    if (!t.word() || k < 2 || x.charAt(k + 1) != 'c' || x.charAt(k) != 'c' || !Character.isDigit(x.charAt(0))) return false;
    for (int p = 0; p < k; p++) if (!Character.isDigit(x.charAt(p))) return false;
    return true;
  }

  static boolean hasDigit(Token t) {
    for (int i = 0; i < t.text().length(); i++) if (Character.isDigit(t.text().charAt(i))) return true;
    return false;
  }

  /** Company words that Vietnamese brands glue to their last syllable ("Eximbank", "Vingroup", "Traphaco"-less). */
  private static final String[] BRAND_SUFFIXES = {"bank", "group", "corp", "pharma", "soft", "mart", "land"};

  /** A one-word name ending in a company word after a longer stem: "Sacombank", "Vingroup", "Vinpearland". */
  static boolean brandSuffix(String key) {
    for (String x : BRAND_SUFFIXES) if (key.length() >= x.length() + 3 && key.endsWith(x) && !vietnameseSyllable(key)) return true;
    return false;
  }

  /**
   * An identifier, not a name: two capitals and three or more digits ("BN2899", "VJ3613": patients and flights)
   * or one capital and a zero-led number ("A01", "D07": exam blocks). "ST25", "RON95", "G20" are kept.
   */
  static boolean identifierCode(String s) {
    // "P.5", "Q.3": a numbered ward or district, which the guidelines leave out like "quận 1".
    if (s.length() >= 3 && Character.isUpperCase(s.charAt(0)) && s.charAt(1) == '.') {
      boolean digits = true;
      for (int i = 2; i < s.length(); i++) digits &= Character.isDigit(s.charAt(i));
      if (digits) return true;
    }
    // "B.1.351", "B1.1.7": lineage and version codes, a dot between digits.
    int dot = s.indexOf('.');
    if (dot > 0 && dot + 1 < s.length() && Character.isDigit(s.charAt(dot + 1))) {
      int digits = 0;
      for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) digits++;
      if (digits >= 2) return true;
    }
    int letters = 0;
    int k = 0;
    while (k < s.length() && Character.isUpperCase(s.charAt(k))) { letters++; k++; }
    int digitsFrom = k;
    while (k < s.length() && Character.isDigit(s.charAt(k))) k++;
    int digits = k - digitsFrom;
    if (k != s.length() || digits == 0) return false;
    return (letters == 2 && digits >= 3) || (letters == 1 && digits >= 2 && s.charAt(digitsFrom) == '0');
  }

  /**
   * "BỆNH", "VIỆN": a Vietnamese syllable written in capitals with an accented vowel is shouting, not an
   * acronym (acronyms are built from initials and carry no vowel marks, "ĐHQGHN" at most a "Đ").
   */
  static boolean shoutedWord(Token t) {
    if (!t.acronym() || t.text().length() < 3) return false;
    boolean accentedVowel = false;
    for (int i = 0; i < t.text().length(); i++) {
      char c = t.text().charAt(i);
      if (c > 0x7f && c != 'Đ') accentedVowel = true;
    }
    if (!accentedVowel) return false;
    // Onset then a vowel: "bệnh", "người"; "NSƯT", "TTƯT" (titles written as initials) fail here.
    String k = t.key();
    int p = onsetLength(k);
    if (p >= k.length()) return false;
    char v = k.charAt(p);
    return ("aeiouy".indexOf(v) >= 0 || (v > 0x7f && v != 'đ')) && vietnameseSyllable(k);
  }

  /** "N.V.Đ.", "M.H", "H.": a person's initials. */
  static boolean isInitials(Token t) {
    String x = t.text();
    int e = x.endsWith(".") ? x.length() - 1 : x.length();
    return e >= 1 && Tokenizer.initials(x, 0, e) && (e > 1 || x.endsWith(".")) && (e > 1 ? x.indexOf('.') > 0 : true);
  }

  /**
   * "iPhone", "iPad", "eBay": one or two lower-case letters, a capital, then lower case; a brand or product even
   * though it starts in lower case. "mRNA", "eKYC", "iOS" (a prefix before an acronym) are not taken.
   */
  static boolean camelProduct(Token t) {
    if (!t.word()) return false;
    String x = t.text();
    int k = 0;
    // Three lower-case letters already rule it out: stop there rather than walk every lower-case word.
    while (k < 3 && k < x.length() && x.charAt(k) >= 'a' && x.charAt(k) <= 'z') k++;
    if (k < 1 || k > 2 || k + 2 >= x.length() || x.charAt(k) < 'A' || x.charAt(k) > 'Z') return false;
    for (int p = k + 1; p < x.length(); p++) {
      char c = x.charAt(p);
      if (c > 0x7f || c == '.' || c == '\'') return false;
    }
    return Character.isLowerCase(x.charAt(k + 1));
  }

  /** "S-300", "F-16", "Su-30", "MiG-29", "AK-47": a model code of one to four letters, a hyphen and a number. */
  static boolean modelCode(String x) {
    int dash = x.indexOf('-');
    if (dash < 1 || dash > 4 || dash + 1 >= x.length() || !Character.isUpperCase(x.charAt(0))) return false;
    for (int p = 0; p < dash; p++) if (!Character.isLetter(x.charAt(p)) || x.charAt(p) > 0x7f) return false;
    int digits = 0;
    int p = dash + 1;
    while (p < x.length() && Character.isDigit(x.charAt(p))) { p++; digits++; }
    if (digits == 0 || digits > 4) return false;
    if (p < x.length() && !(p + 1 == x.length() && Character.isUpperCase(x.charAt(p))) && !variantTail(x, p)) return false;
    // "Covid-19", "COVID-19": a disease, not a model (the lexicon lists it too).
    String head = x.substring(0, dash).toLowerCase(java.util.Locale.ROOT);
    return !head.equals("covid") && !head.equals("sars");
  }

  /**
   * Round 29: a variant after a model's number, "MiG-21Bis", "MiG-21bis", "Su-30MK2", "MiG-29SMT": two to four ASCII
   * letters, then at most two digits, to the end.
   */
  private static boolean variantTail(String x, int p) {
    int q = p;
    while (q < x.length() && q - p < 4 && (x.charAt(q) >= 'A' && x.charAt(q) <= 'Z' || x.charAt(q) >= 'a' && x.charAt(q) <= 'z'))
      q++;
    if (q - p < 2) return false;
    int d = q;
    while (d < x.length() && d - q < 2 && Character.isDigit(x.charAt(d))) d++;
    return d == x.length();
  }

  /** "ABBank", "HDBank", "UPCoM": two or more capitals then lower case, the shape of a brand, never of a person. */
  static boolean brandShape(String x) {
    int caps = 0;
    while (caps < x.length() && x.charAt(caps) >= 'A' && x.charAt(caps) <= 'Z') caps++;
    if (caps < 2 || caps >= x.length() || x.length() < 4) return false;
    for (int p = caps; p < x.length(); p++) if (!Character.isLetter(x.charAt(p)) || x.charAt(p) > 0x7f) return false;
    return Character.isLowerCase(x.charAt(caps));
  }

  /** "XV", "XIV", "XXI": Roman numerals of terms and centuries. */
  static boolean romanNumeral(String s) {
    if (s.length() < 2) return false;
    for (int i = 0; i < s.length(); i++) if ("IVXL".indexOf(s.charAt(i)) < 0) return false;
    return true;
  }

  /**
   * Length of the Vietnamese initial consonant a lower-case ASCII word opens with (ngh ng nh ch gh gi kh ph qu th tr,
   * or one of b c d g h k l m n p r s t v x), 0 when none: a switch on the first letter, where a walk over the
   * twenty-six onsets with startsWith ran for every lone unaccented capitalised word.
   */
  private static int onsetLength(String k) {
    char b = k.length() > 1 ? k.charAt(1) : 0;
    return switch (k.charAt(0)) {
      case 'n' -> b == 'g' ? (k.length() > 2 && k.charAt(2) == 'h' ? 3 : 2) : b == 'h' ? 2 : 1;
      case 'g' -> b == 'h' || b == 'i' ? 2 : 1;
      case 't' -> b == 'h' || b == 'r' ? 2 : 1;
      case 'c', 'k', 'p' -> b == 'h' ? 2 : 1;
      case 'q' -> b == 'u' ? 2 : 0;
      case 'b', 'd', 'h', 'l', 'm', 'r', 's', 'v', 'x' -> 1;
      default -> 0;
    };
  }
  private static final String[] CODAS = {"ch", "ng", "nh", "c", "m", "n", "p", "t", "i", "y", "o", "u"};

  /**
   * True when a lower-cased word can be one Vietnamese syllable: any accented letter, or onset + vowels + coda
   * ("anh", "minh"). "messi", "honda", "harry" cannot, so a lone capitalised one is a foreign name.
   */
  static boolean vietnameseSyllable(String k) {
    int n = k.length();
    if (n == 0) return false;
    for (int i = 0; i < n; i++) {
      char c = k.charAt(i);
      if (c > 0x7f) return Character.isLetter(c) && accentedSyllableShape(k);
      if (c < 'a' || c > 'z') return false;
    }
    int p = onsetLength(k);
    int v = p;
    while (v < n && "aeiouy".indexOf(k.charAt(v)) >= 0) v++;
    if (v == p || v - p > 3) return false;
    if (v == n) return true;
    for (String c : CODAS) if (c.length() == n - v && k.startsWith(c, v)) return true;
    return false;
  }

  /** The accented vowel letters of Vietnamese outside U+1EA0–U+1EF9 ("ạ" … "ỹ"): Latin-1 ones and ă ĩ ũ ơ ư. */
  private static final String VI_VOWELS_LOW = "àáâãèéêìíòóôõùúýăĩũơư";

  /**
   * Round 34: an accented lower-cased word (letters only) has the shape of one Vietnamese syllable: consonants (ASCII
   * or đ), one run of at most four vowels whose accented letters are Vietnamese ones, then no coda or one of c ch k m n
   * ng nh p t. "müller" (ü), "ribéry", "martínez" (two vowel runs) do not; "nguyễn", "giữa", "đoàn" do. A word
   * holding a non-letter or initials with đ keep the earlier answer (true), and so does a word that is two glued together where the
   * space was lost ("chelseacó", "lampardở", "kiềucủa"): an unaccented head or an accented syllable, then an accented
   * syllable.
   */
  private static boolean accentedSyllableShape(String k) {
    int n = k.length();
    if (syllableShape(k, 0, n)) return true;
    boolean vowel = false, dd = false;
    for (int i = 0; i < n; i++) {
      char c = k.charAt(i);
      if (!Character.isLetter(c)) return true;
      vowel |= viVowel(c);
      dd |= c == 'đ';
    }
    if (dd && !vowel) return true; // "ĐHQGHN", "VĐQG": Vietnamese initials
    boolean asciiHead = true;
    for (int p = 1; p < n; p++) {
      char c = k.charAt(p - 1);
      if (c > 0x7f) asciiHead = false;
      if (!(asciiHead || syllableShape(k, 0, p)) || !syllableShape(k, p, n)) continue;
      for (int q = p; q < n; q++) if (k.charAt(q) > 0x7f) return true;
    }
    return false;
  }

  /** k[from, to) is consonants, one run of one to four vowels, and a coda (above). */
  private static boolean syllableShape(String k, int from, int to) {
    int i = from;
    char c;
    while (i < to && ((c = k.charAt(i)) == 'đ' || c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0)) i++;
    int v = i;
    while (i < to && viVowel(k.charAt(i))) i++;
    if (i == v || i - v > 4) return false;
    int coda = to - i;
    if (coda == 0) return true;
    if (coda > 2) return false;
    char a = k.charAt(i), b = coda == 2 ? k.charAt(i + 1) : 0;
    return coda == 1 ? "cmnptk".indexOf(a) >= 0 : (a == 'c' && b == 'h') || (a == 'n' && (b == 'g' || b == 'h'));
  }

  private static boolean viVowel(char c) {
    return c < 0x80 ? "aeiouy".indexOf(c) >= 0 : (c >= 0x1EA0 && c <= 0x1EF9) || VI_VOWELS_LOW.indexOf(c) >= 0;
  }

  /** One scan's state. */
  private static final class Scan {
    final String text;
    final List<Token> ts;
    final int n;
    final Set<String> capsElsewhere;
    final List<EntityMention> out = new ArrayList<>();
    /** Indexes into out of mentions typed by a default rather than by a cue, head or gazetteer. */
    final java.util.BitSet weak = new java.util.BitSet();
    boolean pendingPerson;
    boolean pendingLocation;
    boolean pendingOrg;
    /** The pending place cue is an administrative level ("thành phố"), not a street word ("đường"). */
    boolean pendingAdminLevel;

    /** The article has an engine size ("125cc") somewhere: only then can a vehicle model end at one. */
    final boolean engineSizes;

    Scan(String text, List<Token> ts, Set<String> capsElsewhere) {
      this.text = text;
      this.ts = ts;
      this.n = ts.size();
      this.capsElsewhere = capsElsewhere;
      // One vectorised search of the text first: most articles have no "cc" (nor "phân khối") at all.
      boolean sizes = false;
      if (text.indexOf("cc") >= 0 || text.indexOf("phân khối") >= 0) {
        for (int k = 0; k < n && !sizes; k++) sizes = engineSize(ts.get(k)) || displacementAt(k);
      }
      this.engineSizes = sizes;
    }

    List<EntityMention> run() {
      Lexicon.Node[] nodes = new Lexicon.Node[Lexicon.MAX_PHRASE];
      int i = 0;
      while (i < n) {
        Token t = ts.get(i);
        // Round 12: a cue ends with its line ("… do X tổ chức\nY nổi tiếng": UNC joins sentences by line breaks,
        // often without a final dot), so the name on the next line is not the cue's.
        if (i > 0 && newlineBetween(ts.get(i - 1).end(), t.start())) clearPending();
        if (!t.word()) {
          char mark = t.text().charAt(0); // a punctuation token is one character
          int q = mark == '"' || mark == '“' ? quotedWork(i) : -1;
          if (q > i) {
            clearPending();
            i = q;
            continue;
          }
          clearPending();
          i++;
          continue;
        }
        // (quotedWork starts at a quote mark, never at a word; a byline or source line starts with a capital: both
        // methods are too big to inline, so the call itself is skipped where it cannot apply)
        int special = t.capitalised() ? lineName(i) : -1;
        if (special > i) {
          clearPending();
          i = special;
          continue;
        }
        if (t.key().equals("tiếng") && (!t.capitalised() || i + 1 < n && placeAt(i + 1) > 0)) {
          // "tiếng Anh", "tiếng Tây Ban Nha", "Tiếng Anh" (a school subject): a language, not the country.
          int j = i + 1;
          while (j < n && ts.get(j).capitalised() && !ts.get(j).initial()) j++;
          clearPending();
          i = j;
          continue;
        }
        // "Đội CSGT số 3", "Đội Cảnh sát giao thông", "Đội Quản lý thị trường số 1": a police or market-control unit
        // ("Đội Cấn" is a street).
        if (t.capitalised() && t.key().equals("đội") && i + 1 < n && !ts.get(i + 1).initial()
            && (ts.get(i + 1).acronym() || ts.get(i + 1).key().equals("cảnh") || ts.get(i + 1).key().equals("quản"))) {
          int unit = headedNameEnd(i, i + 1);
          if (unit > i + 1) {
            i = take(i, unit, EntityType.ORGANIZATION);
            continue;
          }
        }
        int road = numberedRoadEnd(i);
        if (road > i) {
          i = take(i, road, EntityType.LOCATION);
          continue;
        }
        int school = t.key().equals("trường") || t.key().equals("bệnh") ? schoolEnd(i) : i; // its only two heads
        if (school > i) {
          i = take(i, school, EntityType.ORGANIZATION);
          continue;
        }
        if (t.capitalised() && t.text().length() <= 4) {
          // "Tây Nam Pakistan": the compass words before a known place name a part of it, not a place of their own.
          if (COMPASS.contains(t.key()) && i + 2 < n && ts.get(i + 1).capitalised() && COMPASS.contains(ts.get(i + 1).key())
              && !ts.get(i + 2).initial() && placeAt(i + 2) > 0 && placeAt(i) <= 2) {
            clearPending();
            i += 2;
            continue;
          }
        }
        if (engineSizes && t.capitalised()) {
          int model = engineModelEnd(i);
          if (model > i) {
            i = take(i, model, EntityType.MISC);
            continue;
          }
          // "Chiếc Yamaha Sirius 110cc": a Vietnamese word capitalised by its position is no part of the model.
          if (model == -2) {
            clearPending();
            i++;
            continue;
          }
        }
        // "Cộng hòa Nam Sudan", "Tổng thống Cộng hòa Italia": the republic before a known country is the country's
        // name (not after "đảng", "phe", "phía": "đảng Cộng hòa Mỹ" is the party).
        if (t.capitalised() && t.key().equals("cộng") && i + 2 < n && !ts.get(i + 2).initial()
            && (ts.get(i + 1).key().equals("hòa") || ts.get(i + 1).key().equals("hoà"))
            && !(i > 0 && PARTY_SIDE_WORDS.contains(ts.get(i - 1).key()))) {
          int place = placeAt(i + 2);
          if (place > 0) {
            i = take(i, i + 2 + place, EntityType.LOCATION);
            continue;
          }
        }
        int next = tryLexicon(i, nodes);
        if (next > i) {
          i = next;
          continue;
        }
        if (t.initial() && SHIP_CUES.contains(t.key()) && i + 1 < n && ts.get(i + 1).capitalised()) {
          i++; // "Tàu Minh Hải Star …": a ship cue capitalised only because it starts the sentence
          continue;
        }
        // "phóng viên Báo Người Lao Động": a capitalised "Báo" before a known outlet is the cue, not part of its name
        // (only before a gazetteer outlet: "Học viện Báo chí", "Luật Báo chí" hold the word inside their names).
        if (t.capitalised() && t.key().equals("báo") && i + 1 < n && !ts.get(i + 1).initial()
            && gazetteerAt(i + 1, Kind.ORG) > 0) {
          clearPending();
          pendingOrg = true;
          i++;
          continue;
        }
        // "PV Báo Giao thông", "phóng viên Báo Công lý": a capitalised "Báo" in mid-sentence before a Vietnamese
        // outlet whose name goes on in lower case, or after a reporter word, is the cue ("Học viện Báo chí" has a
        // lower-case word after it, "Hội Nhà Báo" a capital before it).
        // Round 12: also after a sentence-initial "Như"/"Theo" ("Như Báo Giao thông đã đưa tin"), after "lãnh đạo"
        // or "tại", and before "điện tử" ("phóng viên Báo điện tử Chính phủ"): the lone "Báo" was typed a person.
        if (t.capitalised() && !t.initial() && t.key().equals("báo") && i > 0 && ts.get(i - 1).word()
            && i + 3 < n && ts.get(i + 1).key().equals("điện") && ts.get(i + 2).key().equals("tử")
            && !ts.get(i + 1).capitalised() && ts.get(i + 3).capitalised()
            && (!ts.get(i - 1).capitalised() || ts.get(i - 1).initial())) {
          clearPending();
          pendingOrg = true;
          i += 3;
          continue;
        }
        if (t.capitalised() && !t.initial() && t.key().equals("báo") && i > 0 && ts.get(i - 1).word()
            && (!ts.get(i - 1).capitalised() || (ts.get(i - 1).initial() && INITIAL_SOURCE_WORDS.contains(ts.get(i - 1).key())))
            && i + 1 < n && ts.get(i + 1).capitalised() && !ts.get(i + 1).initial()) {
          int o = outletEnd(i + 1);
          if (o > i + 1) {
            clearPending();
            emit(i + 1, o, EntityType.ORGANIZATION);
            i = o;
            continue;
          }
          if (REPORTER_WORDS.contains(ts.get(i - 1).key()) && placeAt(i + 1) == 0) {
            clearPending();
            pendingOrg = true;
            i++;
            continue;
          }
        }
        if (t.initial() && t.key().equals("trang") && i + 1 < n && ts.get(i + 1).capitalised()
            && !vietnameseSyllable(ts.get(i + 1).key())) {
          clearPending(); // "Trang The Verge nhận định": the site cue starts the sentence
          pendingOrg = true;
          i++;
          continue;
        }
        if (camelProduct(t)) {
          i = productRun(i);
          continue;
        }
        // "Galaxy Note20", "dòng Redmi": a product line named without its maker.
        if (t.capitalised() && PRODUCT_LINES.contains(t.key()) && !(i > 0 && ts.get(i - 1).capitalised() && ts.get(i - 1).word())) {
          i = productRun(i);
          continue;
        }
        boolean nameLike = (t.capitalised() || t.particleName())
            && !(t.initial() && LEX.commonWords.contains(t.key()));
        if (nameLike) {
          i = nameRun(i);
          continue;
        }
        if (!(pendingPerson && TITLE_CONNECTORS.contains(t.key()))) clearPending();
        i++;
      }
      return List.copyOf(out);
    }

    /** Emits [i, end) as one mention of {@code type}, forgets the pending cues, and returns where to go on. */
    int take(int i, int end, EntityType type) {
      emit(i, end, type);
      clearPending();
      return end;
    }

    void clearPending() {
      pendingPerson = false;
      pendingLocation = false;
      pendingOrg = false;
      pendingAdminLevel = false;
    }

    /**
     * Lexicon nodes of the token runs starting at i: nodes[k] covers k+1 tokens; returns how many tokens some
     * phrase continues over (a phrase ends at k only where nodes[k] has entries).
     */
    int phraseNodes(int i, Lexicon.Node[] nodes) {
      Lexicon.Node node = LEX.root;
      int filled = 0;
      for (int k = 0; k < Lexicon.MAX_PHRASE && i + k < n; k++) {
        Token t = ts.get(i + k);
        if (k > 0 && t.initial() && t.word()) break; // a phrase never spans a line or sentence break
        node = node.next(t.key());
        if (node == null) break;
        nodes[k] = node;
        filled = k + 1;
      }
      return filled;
    }

    /** Applies the longest valid lexicon phrase at i; returns the index after it, or i when none applies. */
    int tryLexicon(int i, Lexicon.Node[] nodes) {
      int filled = phraseNodes(i, nodes);
      // Most words start no phrase: they return here, and this part is small enough for the JIT to inline.
      return filled == 0 ? i : applyLexicon(i, nodes, filled);
    }

    /** {@link #tryLexicon} once some phrase continues over the filled tokens from i. */
    private int applyLexicon(int i, Lexicon.Node[] nodes, int filled) {
      Token first = ts.get(i);
      int failedHeadEnd = i;
      for (int len = filled; len >= 1; len--) {
        for (Entry e : nodes[len - 1].byPriority()) { // Kind declaration order = priority: gazetteers, cues, heads
          Kind kind = e.kind();
          int end = i + len;
          switch (kind) {
            case PLACE, ORG, MISC -> {
              // "châu Âu", "châu Á": continents are written with a lower-case "châu".
              boolean continent = kind == Kind.PLACE && len >= 2 && first.key().equals("châu");
              if (!first.capitalised() && !continent && !(kind == Kind.ORG && len == 1 && LOWER_CASE_PLATFORMS.contains(first.key()))) continue;
              // "anh Đức", "chị Mỹ": after a kinship pronoun a one-syllable country is a given name.
              if (kind == Kind.PLACE && len == 1 && pendingPerson && i > 0 && KIN_CUES.contains(ts.get(i - 1).key())
                  && !ts.get(i - 1).capitalised() && vietnameseSyllable(first.key())) return nameRun(i);
              // "NTK Anh Thư", "ca sĩ Mỹ Tâm": after a title a one-syllable country with a Vietnamese given name after it
              // is the person's first name ("Thủ tướng Anh Boris Johnson" keeps the country: "Boris" is foreign).
              if (kind == Kind.PLACE && len == 1 && pendingPerson && GIVEN_NAME_COUNTRIES.contains(first.key()) && end < n
                  && !first.acronym() && !ts.get(end).acronym() && ts.get(end).capitalised() && !ts.get(end).initial() && vietnameseSyllable(ts.get(end).key())
                  && placeAt(end) == 0 && gazetteerAt(end, Kind.ORG) == 0) return nameRun(i);
              if (len == 1 && first.initial() && LEX.commonWords.contains(first.key())) continue;
              if (kind == Kind.PLACE && pendingLocation && continuesName(end)) return nameRun(i); // "phường Mỹ Đình 2"
              // "Sài Gòn FC", "Đà Nẵng United": a place with a club or firm word after it is that club.
              if (kind == Kind.PLACE && end < n && ts.get(end).capitalised() && !ts.get(end).initial()
                  && CLUB_FIRM_SUFFIXES.contains(ts.get(end).key())) {
                emit(i, end + 1, EntityType.ORGANIZATION);
                clearPending();
                return end + 1;
              }
              if (kind == Kind.MISC) {
                // "Android Authority": a product name followed by an outlet word is an outlet's name.
                if (len == 1 && end < n && ts.get(end).word() && !ts.get(end).initial()
                    && OUTLET_WORDS.contains(ts.get(end).key()) && !first.initial()) return nameRun(i);
                // "Copa America 2016", "SEA Games 31": the edition number belongs to the event.
                if (end < n && isNumber(ts.get(end)) && ts.get(end).text().length() <= 4 && !ts.get(end).initial()) end++;
                emit(i, end, EntityType.MISC);
                clearPending();
                return end;
              }
              if (kind == Kind.ORG && (len >= 2 || first.acronym() || innerCapital(first.text()) || brandSuffix(first.key())
                  || vietNamAt(end)) && placeAt(end) > 0 && !ts.get(end).initial()) {
                // "Bộ Ngoại giao Philippines", "Ngân hàng Nhà nước Việt Nam": a national body with its country;
                // "BHXH Việt Nam", "EVN HCMC", "Agribank Bình Chánh": a known firm or agency with its branch's place.
                int e2 = end + placeAt(end);
                emit(i, e2, EntityType.ORGANIZATION);
                pendingLocation = false;
                pendingOrg = false;
                return e2;
              }
              if (kind == Kind.ORG && !pendingLocation && firmWordsEnd(end) > 0) {
                int r = firmWordsEnd(end);
                emit(i, r, EntityType.ORGANIZATION); // "FPT Telecom", "ANA Holdings Inc"
                clearPending();
                return r;
              }
              if (kind == Kind.ORG && !pendingLocation) {
                int r = productEnd(end);
                if (r > end) {
                  boolean company = false;
                  for (int x = end; x < r; x++) company |= ORG_SUFFIXES.contains(ts.get(x).key());
                  boolean model = false;
                  for (int x = end; x < r; x++) model |= hasDigit(ts.get(x));
                  if (company || model) {
                    emit(i, r, company ? EntityType.ORGANIZATION : EntityType.MISC); // "Toyota Kirloskar Motor", "Oppo A54"
                    clearPending();
                    return r;
                  }
                  // "Suzuki Ertiga", "Apple Watch": a maker and a foreign model word; not after a person's title
                  // ("Chủ tịch Samsung Lee …") and not before a unit of the firm ("LG Display").
                  if (!pendingPerson && PRODUCT_BRANDS.contains(nodes[len - 1].key()) && foreignModel(end, r)
                      && !personCueBefore(i)) {
                    emit(i, r, EntityType.MISC);
                    clearPending();
                    return r;
                  }
                }
              }
              // "Hezbollah" inside "Kataib Hezbollah" is handled by the run; here only a standalone name.
              emit(i, end, pendingLocation ? EntityType.LOCATION : Lexicon.typeOf(kind));
              pendingLocation = false;
              pendingOrg = false;
              return end;
            }
            case PERSON_CUE, LOCATION_CUE, ORG_CUE -> {
              if (e.lowerOnly() && first.capitalised() && !first.initial()) continue;
              // "yêu cầu Bộ Y tế", "toàn cầu": "cầu" is a bridge only as a word of its own.
              if (len == 1 && first.key().equals("cầu") && i > 0 && ts.get(i - 1).word()
                  && CAU_COMPOUNDS.contains(ts.get(i - 1).key())) continue;
              // "khai thác Facebook": "thác" is a waterfall only as a word of its own.
              if (len == 1 && first.key().equals("thác") && i > 0 && ts.get(i - 1).key().equals("khai")) continue;
              // Round 22: "công kênh Pep" (carry shoulder-high): "kênh" is a channel only as a word of its own.
              if (len == 1 && first.key().equals("kênh") && i > 0 && ts.get(i - 1).key().equals("công")) continue;
              // "hàng xóm", "làng xóm": neighbours, not a hamlet.
              if (len == 1 && first.key().equals("xóm") && i > 0 && XOM_COMPOUNDS.contains(ts.get(i - 1).key())) continue;
              // "hội nghị thượng đỉnh G7": a summit, not a peak.
              if (len == 1 && first.key().equals("đỉnh") && i > 0 && ts.get(i - 1).key().equals("thượng")) continue;
              // "Trưởng Ban Tuyên giáo Trung ương": the title ends before a capitalised head that starts a body.
              if (kind == Kind.PERSON_CUE && len >= 2 && headOfBody(end - 1)) {
                clearPending();
                pendingPerson = true;
                return end - 1;
              }
              if (kind == Kind.LOCATION_CUE && len == 1 && cueInitial(i, end)) return end;
              boolean keepPerson = pendingPerson && kind == Kind.PERSON_CUE;
              clearPending();
              pendingPerson = kind == Kind.PERSON_CUE || keepPerson;
              pendingLocation = kind == Kind.LOCATION_CUE;
              // Only right after a body ("UBND thành phố …") may the level be followed by its official's name.
              pendingAdminLevel = pendingLocation && ADMIN_LEVELS.contains(nodes[len - 1].key()) && !out.isEmpty()
                  && out.get(out.size() - 1).type() == EntityType.ORGANIZATION && i > 0
                  && out.get(out.size() - 1).end() == ts.get(i - 1).end();
              pendingOrg = kind == Kind.ORG_CUE;
              return end;
            }
            case ORG_HEAD, MISC_HEAD -> {
              // "vùng Cảnh sát biển 2": a force's numbered region, written with a lower-case "vùng" first.
              if (pendingLocation && first.capitalised() && i > 0 && ts.get(i - 1).key().equals("vùng") && !first.initial()
                  && end < n && isNumber(ts.get(end)) && ts.get(end).text().length() <= 2 && !ts.get(end).initial()) {
                emit(i - 1, end + 1, EntityType.ORGANIZATION);
                clearPending();
                return end + 1;
              }
              if (!first.capitalised() || pendingLocation) continue; // "quần đảo Trường Sa" is a place
              int nameEnd = headedNameEnd(i, end);
              if (nameEnd < 0) {
                failedHeadEnd = Math.max(failedHeadEnd, end);
                continue;
              }
              EntityType ht = kind == Kind.MISC_HEAD ? EntityType.MISC
                  : PLACE_HEADS.contains(nodes[len - 1].key()) ? EntityType.LOCATION : EntityType.ORGANIZATION;
              // "Cảnh sát Pakistan", "Cảnh sát Manchester": the police of a place, named by the place alone, is that
              // place acting (as "Philippines khẳng định"); a named force keeps its head ("Cảnh sát biển Việt Nam").
              if (len == 2 && nodes[1].key().equals("cảnh sát") && nameEnd > end && placeAt(end) == nameEnd - end) {
                emit(end, nameEnd, EntityType.LOCATION);
                pendingLocation = false;
                pendingOrg = false;
                return nameEnd;
              }
              emit(i, nameEnd, ht);
              pendingLocation = false;
              pendingOrg = false; // a person title stays pending: "Phát ngôn viên Bộ Ngoại giao Pháp Anne Martin"
              return nameEnd;
            }
            case PORTFOLIO -> {
              if (!pendingPerson) continue;
              return end;
            }
            case NOT_NAME -> {
              clearPending();
              return end;
            }
          }
        }
      }
      if (failedHeadEnd > i) {
        // A capitalised head with nothing name-like after it ("Liên minh toàn cầu", "Lực lượng này") is a
        // common noun, not the start of a foreign name.
        clearPending();
        return failedHeadEnd;
      }
      return i;
    }

    /** Length of the longest gazetteer place starting at j, or 0. */
    int placeAt(int j) { return gazetteerAt(j, Kind.PLACE); }

    /** Length of the longest gazetteer name of that kind starting at the capitalised token j, or 0. */
    int gazetteerAt(int j, Kind kind) {
      if (j >= n || !ts.get(j).capitalised()) return 0;
      Lexicon.Node node = LEX.root.next(ts.get(j).key());
      int best = 0;
      for (int len = 1; node != null; len++) {
        if (node.has(kind)) best = len;
        if (len == Lexicon.MAX_PHRASE || j + len >= n || ts.get(j + len).initial()) break;
        node = node.next(ts.get(j + len).key());
      }
      return best;
    }

    /**
     * End of a name that starts with a capitalised head word in [i, headEnd): the head, then lower-case words
     * only when a capitalised word follows them ("Bộ Quốc phòng Mỹ", "Ủy ban nhân dân TP.HCM"); a known place
     * ends the name ("Bộ Ngoại giao Mỹ | Mathew Miller"). Returns -1 when nothing capitalised follows the head.
     */
    int headedNameEnd(int i, int headEnd) {
      boolean singleWordHead = headEnd - i == 1;
      String head = headKey(i, headEnd);
      int level = bareLevelEnd(head, headEnd);
      if (level > 0) return level;
      // "Sư đoàn 470", "Trạm 18", "Quân khu 7": a unit named by its number.
      if (headEnd < n && NUMBERED_HEADS.contains(head) && isNumber(ts.get(headEnd)) && ts.get(headEnd).text().length() <= 4
          && !ts.get(headEnd).initial()) return headEnd + 1;
      // "Văn phòng Tổng thống Ashraf Ghani": the office of a post ends after the post (and its country); the name
      // after it is the post holder's.
      if (head.equals("văn phòng") && headEnd + 1 < n && ts.get(headEnd).capitalised() && !ts.get(headEnd).initial()) {
        String two = ts.get(headEnd).key() + " " + ts.get(headEnd + 1).key();
        int post = headEnd + 2 < n && OFFICE_POSTS.contains(two + " " + ts.get(headEnd + 2).key()) ? 3
            : OFFICE_POSTS.contains(two) ? 2 : 0;
        if (post > 0) {
          int e = headEnd + post;
          if (e < n && !ts.get(e).initial()) e += placeAt(e);
          return e;
        }
      }
      // "Cty cổ phần nông nghiệp NUTI": "Cty" stands for the two-word "Công ty" and goes on over lower-case words.
      // "BV tỉnh Bạc Liêu" likewise ("BV" stands for "Bệnh viện").
      if (singleWordHead && headEnd < n && !(ts.get(headEnd).capitalised()) && !head.equals("cty") && !head.equals("bv"))
        return standalone(i, headEnd);
      int end = -1;
      boolean closed = false; // the name ended on a place: no word may be added after it
      int lowerRun = 0;
      boolean lowerInside = false;
      int j = headEnd;
      while (j < n) {
        Token u = ts.get(j);
        if (!u.word() && u.text().equals("&") && end > 0 && joinsNamePart(j + 1)) {
          j++;
          continue;
        }
        // "Sở Văn hóa - Thể thao và Du lịch": a dash joins two parts of a department's name.
        if (u.isDash() && end > 0 && (lowerInside || shortSpecialty(j)) && joinsNamePart(j + 1)
            && !LEX.surnames.contains(ts.get(j + 1).key()) && vietnameseSyllable(ts.get(j + 1).key())) {
          j++;
          continue;
        }
        // "Ban Chỉ đạo Phòng, chống dịch …": the comma of the fixed pair "phòng, chống" is inside the name.
        // Also after a lower-case task ("Ban chỉ đạo phòng, chống dịch"), and "cứu nạn, cứu hộ" likewise.
        if (u.text().equals(",") && j > headEnd && j + 1 < n && (ts.get(j - 1).key().equals("phòng")
            && ts.get(j + 1).key().equals("chống") || j + 2 < n && ts.get(j - 1).key().equals("nạn")
            && ts.get(j - 2).key().equals("cứu") && ts.get(j + 1).key().equals("cứu") && ts.get(j + 2).key().equals("hộ"))) {
          // "chống" is the second half of "phòng chống" unless it starts a listed pair itself ("chống dịch"): then
          // the task that follows goes on as it would after "phòng chống" ("Phòng, chống thiên tai tỉnh X").
          boolean halfOfPhongChong = ts.get(j + 1).key().equals("chống") && j + 3 < n && !lowerPair(j + 1)
              && lowerPair(j + 2);
          if (halfOfPhongChong) {
            lowerInside = true;
            lowerRun++;
            j += 2;
          } else {
            j++;
          }
          continue;
        }
        if (u.text().equals(",") && end > 0 && LISTING_HEADS.contains(head) && listedField(j + 1)) {
          j++; // "Bộ Văn hóa, Thể thao và Du lịch"
          continue;
        }
        if (!u.word() || u.initial()) break;
        int admin = adminPlaceEnd(j);
        if (admin > 0) {
          end = admin; // "Ủy ban nhân dân tỉnh Quảng Ngãi", "Sở GD&ĐT TP Đà Nẵng"
          closed = true;
          break;
        }
        int place = placeAt(j);
        // "Trường ĐH Tôn Đức Thắng": a one-syllable country between two Vietnamese syllables is part of a name.
        if (place == 1 && j > headEnd && ts.get(j - 1).capitalised() && !ts.get(j - 1).acronym() && j + 1 < n
            && ts.get(j + 1).capitalised() && !ts.get(j + 1).initial() && placeAt(j + 1) == 0
            && vietnameseSyllable(ts.get(j + 1).key()) && vietnameseSyllable(ts.get(j - 1).key())) place = 0;
        // Round 23: "Ủy ban Pháp luật", "Vụ Pháp chế": a one-syllable country that forms a listed name word with the
        // lower-case syllable after it is the first half of that word.
        if (place == 1 && j >= headEnd && j + 1 < n && ts.get(j + 1).word() && !ts.get(j + 1).capitalised()
            && LEX.orgNameWords.contains(u.key() + " " + ts.get(j + 1).key())) place = 0;
        if (place > 0) {
          end = j + place;
          // "Đại sứ quán Mỹ tại Ấn Độ", "… ở Ấn Độ": the place of a mission belongs to its name.
          if (end + 1 < n && AT_PLACE.contains(ts.get(end).key()) && placeAt(end + 1) > 0 && MISSIONS.contains(head)) {
            end = end + 1 + placeAt(end + 1);
          }
          closed = true;
          // "Đối thoại Chiến lược Mỹ - Iraq": two places joined by a dash belong together.
          int after = placeAt(end + 1);
          if (end < n && ts.get(end).isDash() && after > 0) end = end + 1 + after;
          break;
        }
        if (u.capitalised() || u.particleName()) {
          // "Tổ chức khủng bố Nhà nước Hồi giáo": a known organisation after the head is its own name.
          // "Hội Nhà văn", "Hội Nhà báo": right after "Hội" a capitalised profession names the association's members.
          boolean members = ts.get(j - 1).key().equals("hội") && ts.get(j - 1).capitalised() && vietnameseSyllable(u.key());
          if ((startsCue(j, false) && !members) || (lowerInside && gazetteerAt(j, Kind.ORG) > 1)) break;
          // "Thứ trưởng Bộ GTVT Lê Văn Hùng": after a title, a full Vietnamese name ends the body it heads.
          if (pendingPerson && !NAMESAKE_HEADS.contains(head) && officialNameAt(j)
              && (end > 0 || standalone(i, headEnd) > 0)) break;
          // Round 23: "Thứ trưởng Bộ Giao thông vận tải Lê Nhật", "Chủ tịch Đảng Cộng sản Kazuo Shii": a two-word name
          // closing the run after a title is the official's too.
          if (pendingPerson && end > 0 && j > headEnd && !NAMESAKE_HEADS.contains(head) && shortOfficialNameAt(j)) break;
          end = j + 1;
          lowerRun = 0;
          j++;
          continue;
        }
        String k = u.key();
        // "Nông lâm | sản": the last syllable of a lower-case word pair that follows a capitalised syllable.
        if (end > 0 && j >= headEnd + 2 && ts.get(j - 2).capitalised() && !ts.get(j - 1).capitalised()
            && LEX.orgNameWords.contains(ts.get(j - 1).key() + " " + k)) {
          end = ++j;
          continue;
        }
        // Round 22: "Bộ Giao | thông Vận tải", "Hội Nhà | báo Việt Nam": the second half of a listed name word right
        // after its capital is no stop.
        if (end == j && ts.get(j - 1).capitalised() && !ts.get(j - 1).acronym() && LEX.continuationStops.contains(k)
            && LEX.orgNameWords.contains(ts.get(j - 1).key() + " " + k)) {
          end = ++j;
          continue;
        }
        if (k.equals("và") && end > 0 && lowerRun <= 1 && joinsNamePart(j + 1)) {
          j++; // "Bộ Khoa học và Công nghệ"
          continue;
        }
        // "Cảng vụ Hàng không miền Trung", "Cục Hàng không miền Nam": the region a body serves ends its name.
        if (k.equals("miền") && (end > 0 || lowerInside) && j + 1 < n && ts.get(j + 1).capitalised() && !ts.get(j + 1).initial()
            && (COMPASS.contains(ts.get(j + 1).key()) || ts.get(j + 1).key().equals("trung"))) {
          end = j + 2;
          closed = true;
          break;
        }
        if (LEX.continuationStops.contains(k)) {
          // "Lực lượng kháng chiến Hồi giáo ở Iraq": a descriptive name may end in "ở <place>".
          if (k.equals("ở") && lowerInside && end > 0 && placeAt(j + 1) > 0) {
            j++;
            continue;
          }
          break;
        }
        // After a capitalised part, only words of institution names go on ("Bộ GD&ĐT | yêu cầu …" stops).
        // The one lower-case syllable right after a capital is the second half of its word ("Nông | nghiệp").
        boolean halfWord = ts.get(j - 1).capitalised() && !ts.get(j - 1).acronym();
        boolean pair = j + 1 < n && lowerPair(j);
        if (end > 0 && !halfWord && !pair) break;
        if (end == j && pair && verbPair(j)) break; // Round 23: "Bộ GTVT | chỉ đạo Hà Nội …"
        if (end > 0 && !halfWord && pair) { // "Giáo dục | nghề nghiệp | - …": the pair is one word
          lowerRun += 2;
          if (lowerRun > 4) break;
          lowerInside = true;
          j += 2;
          continue;
        }
        if (++lowerRun > 4) break;
        lowerInside = true;
        j++;
      }
      // A name cannot stop inside a two-syllable word: "Sở Nông | nghiệp và" is "Sở Nông nghiệp".
      int capsAfterHead = 0;
      for (int k = headEnd; k < end; k++) if (ts.get(k).capitalised()) capsAfterHead++;
      // Only a lone capitalised syllable is the first half of a word ("Sở Nông | nghiệp"); "Trường THPT Hồng Bàng |
      // xác minh" is a proper name written all in capitals, followed by a verb.
      if (!closed && end > 0 && end < n && ts.get(end - 1).capitalised()
          && (placeAt(end - 1) == 0 || LEX.orgNameWords.contains(ts.get(end - 1).key() + " " + ts.get(end).key()))
          && (capsAfterHead == 1 || !ts.get(end - 2).capitalised() // "Học viện Báo chí và Tuyên | truyền"
              || LEX.orgNameWords.contains(ts.get(end - 1).key() + " " + ts.get(end).key()))
          && vietnameseSyllable(ts.get(end - 1).key()) && !ts.get(end - 1).acronym()) {
        Token after = ts.get(end);
        boolean freedom = after.key().equals("do") && ts.get(end - 1).key().equals("tự"); // "Đảng Tự do"
        if (after.word() && !after.initial() && !after.capitalised()
            && (freedom || !LEX.continuationStops.contains(after.key())
                || LEX.orgNameWords.contains(ts.get(end - 1).key() + " " + after.key())) && !after.key().equals("và")) {
          end++;
        }
      }
      if (!closed && end > 0) end = orgWordsEnd(end);
      // "Trường THPT Lục Nam Số 1": a numbered school or hospital keeps its number.
      if (end > 0 && end < n && isNumber(ts.get(end)) && ts.get(end - 1).key().equals("số") && !ts.get(end).initial()) end++;
      // "Đội CSGT số 3", "Phòng khám số 2": a lower-case "số" and a short number number the unit.
      // "Cảnh sát biển vùng 2", "Bộ Tư lệnh vùng 5": a numbered region of a force.
      else if (end > 0 && end + 1 < n && (ts.get(end).key().equals("số") || ts.get(end).key().equals("vùng"))
          && !ts.get(end).initial() && isNumber(ts.get(end + 1)) && ts.get(end + 1).text().length() <= 2) end += 2;
      return end > 0 ? end : standalone(i, headEnd);
    }

    /**
     * "Công an tỉnh", "UBND thành phố": a body of a locality followed by its level and no place name (the article
     * means its own province or city) ends after the level; returns that end, or -1.
     */
    int bareLevelEnd(String head, int j) {
      if (j >= n || !LOCAL_HEADS.contains(head)) return -1;
      Token u = ts.get(j);
      // "UBND TP ban hành …": the city's body, the city left implicit.
      if (u.word() && !u.initial() && u.text().equals("TP") && j + 1 < n && ts.get(j + 1).word()
          && !ts.get(j + 1).capitalised() && !ts.get(j + 1).initial()) return j + 1;
      // Round 23: "Chủ tịch UBND TP Nguyễn Văn A": after a title, a full Vietnamese name (not a city) after "TP" is the
      // official's; the body is the city's, the city left implicit ("TP Hồ Chí Minh" is the city).
      if (pendingPerson && u.word() && !u.initial() && u.text().equals("TP") && j + 1 < n && ts.get(j + 1).capitalised()
          && officialNameAt(j + 1) && !(ts.get(j + 1).key().equals("hồ") && ts.get(j + 2).key().equals("chí"))) return j + 1;
      if (!u.word() || u.initial() || u.capitalised()) return -1;
      int len = ADMIN_LEVELS.contains(u.key()) ? 1
          : j + 1 < n && ADMIN_LEVELS.contains(u.key() + " " + ts.get(j + 1).key()) ? 2 : 0;
      if (len == 0 || u.key().startsWith("tp")) return -1;
      int e = j + len;
      // "Chủ tịch Ủy ban nhân dân tỉnh Trần Văn Bình": after a title, a full Vietnamese name (not a place) is the
      // official's, so the body ends on its bare level. Not after a city or ward level: cities and wards are named
      // after people ("thành phố Hồ Chí Minh", "phường Nguyễn Thái Bình").
      if (e < n && ts.get(e).word() && ts.get(e).capitalised() && !ts.get(e).initial()) {
        return pendingPerson && PEOPLE_LEVELS.contains(u.key()) && officialNameAt(e) ? e : -1;
      }
      // "Công an quận 7", "UBND phường 14": a numbered district or ward is named by its number.
      if (len == 1 && (u.key().equals("quận") || u.key().equals("phường")) && e < n && isNumber(ts.get(e))
          && ts.get(e).text().length() <= 2 && !ts.get(e).initial()) return e + 1;
      return e;
    }

    /**
     * Carries a name on over lower-case words typical of Vietnamese institution names ("… Phát triển | nông thôn",
     * "Dự báo | khí tượng thủy văn quốc gia", "… quốc gia | về phòng chống thiên tai"), ending on a place if one follows.
     */
    int orgWordsEnd(int end) {
      int e = end;
      while (e < n) {
        if (e + 1 < n && lowerPair(e) && !verbPair(e)) {
          e += 2;
          continue;
        }
        if (e > end && e + 2 < n && ts.get(e).key().equals("về") && lowerPair(e + 1)) { // "Ban Chỉ đạo quốc gia về …"
          e += 3;
          continue;
        }
        break;
      }
      if (e > end && e < n && !ts.get(e).initial() && placeAt(e) > 0) e += placeAt(e);
      return e;
    }

    /**
     * Round 23: "Bộ GTVT | chỉ đạo Cục …", "Trung tâm … quốc gia | dự báo số lượng bão": a listed pair that is also a
     * verb ("chỉ đạo", "dự báo", "cảnh báo") right after a body's last capitalised word is what the body does, not
     * the rest of its name ("Ban Chỉ đạo", "Trung tâm Dự báo" keep it capitalised). Unless another listed pair follows
     * ("… Quốc gia dự báo khí tượng"). Only called on a lower-case pair.
     */
    boolean verbPair(int k) {
      return VERB_PAIRS.contains(ts.get(k).key() + " " + ts.get(k + 1).key()) && !(k + 3 < n && lowerPair(k + 2));
    }

    boolean lowerPair(int k) {
      Token a = ts.get(k), b = ts.get(k + 1);
      return a.word() && b.word() && !a.capitalised() && !b.capitalised() && !b.initial()
          && LEX.orgNameWords.contains(a.key() + " " + b.key());
    }

    /**
     * After a comma inside a department's name: a capitalised Vietnamese field ("Thể thao") followed within three
     * words by "và" and another field ("và Du lịch"), so the comma lists the fields of one body.
     */
    boolean listedField(int j) {
      if (!joinsNamePart(j) || LEX.surnames.contains(ts.get(j).key()) || !vietnameseSyllable(ts.get(j).key())) return false;
      for (int k = j + 1; k < n && k <= j + 3; k++) {
        Token u = ts.get(k);
        if (!u.word() || u.initial()) return false;
        if (u.key().equals("và")) return k > j && joinsNamePart(k + 1) && vietnameseSyllable(ts.get(k + 1).key());
      }
      return false;
    }

    /**
     * "Bệnh viện Sản - Nhi tỉnh X", "Khoa Tai - Mũi - Họng": one capitalised syllable on each side of a spaced dash,
     * the second followed by no capital, joins two specialties of one body.
     */
    boolean shortSpecialty(int d) {
      if (d < 1 || d + 1 >= n) return false;
      Token a = ts.get(d - 1);
      if (!a.capitalised() || a.acronym() || !vietnameseSyllable(a.key()) || ts.get(d).start() == a.end()) return false;
      if (d + 2 >= n) return true;
      Token c = ts.get(d + 2);
      return !c.word() || !c.capitalised() || c.initial() || c.isDash();
    }

    /** A capitalised word at j that continues a name after "và"/"&" rather than starting a new one. */
    boolean joinsNamePart(int j) {
      if (j >= n) return false;
      Token u = ts.get(j);
      return u.capitalised() && !u.initial() && placeAt(j) == 0 && !startsCue(j, true) && gazetteerAt(j, Kind.ORG) == 0;
    }

    /** "Quốc hội", "Chính phủ" alone in mid-sentence name one body; other heads alone do not. */
    int standalone(int i, int headEnd) {
      String k = ts.get(i).key();
      if (ts.get(i).initial()) return -1;
      if (headEnd - i == 2 && (k.equals("quốc") || k.equals("chính"))) return headEnd;
      return -1;
    }

    /** True when a title or place word (and, with heads, an organisation head) starts at the capitalised token j. */
    boolean startsCue(int j, boolean heads) {
      Token u = ts.get(j);
      if (j + 1 < n) {
        String two = u.key() + " " + ts.get(j + 1).key();
        for (Entry e : LEX.lookup(two)) if (isCue(e.kind(), heads) && !e.lowerOnly()) return true;
      }
      for (Entry e : LEX.lookup(u.key())) if (isCue(e.kind(), heads) && !e.lowerOnly()) return true;
      return false;
    }

    static boolean isCue(Kind k, boolean heads) {
      return k == Kind.PERSON_CUE || k == Kind.LOCATION_CUE || k == Kind.ORG_CUE
          || (heads && (k == Kind.ORG_HEAD || k == Kind.MISC_HEAD));
    }

    /** A run of capitalised words from i ("Mohammed Shia al-Sudani", "Crocus City Hall"); returns the index after it. */
    int nameRun(int i) {
      Token t = ts.get(i);
      // "Afghanistan-Pakistan", "Nga-Ukraine": two known places glued by a hyphen are two places.
      int dash = t.text().indexOf('-');
      if (dash > 0 && dash + 1 < t.text().length() && Character.isUpperCase(t.text().charAt(dash + 1)) && !t.acronym()
          && t.text().indexOf('-', dash + 1) < 0 && LEX.find(t.key().substring(0, dash), Kind.PLACE) != null
          && LEX.find(t.key().substring(dash + 1), Kind.PLACE) != null) {
        emitSpan(t.start(), t.start() + dash, EntityType.LOCATION);
        emitSpan(t.start() + dash + 1, t.end(), EntityType.LOCATION);
        clearPending();
        return i + 1;
      }
      if (t.acronym() && !Tokenizer.initials(t.text(), 0, t.text().length() - (t.text().endsWith(".") ? 1 : 0))) {
        // "UBND xã Đạo Lý", "CDC Hà Nam": a local body with the place it serves.
        int admin = adminPlaceEnd(i + 1);
        if (admin < 0 && LOCAL_BODIES.contains(t.key()) && placeAt(i + 1) > 0) admin = i + 1 + placeAt(i + 1);
        if (admin < 0) admin = bareLevelEnd(t.key(), i + 1);
        if (admin > 0) {
          emit(i, admin, EntityType.ORGANIZATION);
          clearPending();
          return admin;
        }
        // "HA Gia Lai", "SHB Đà Nẵng": an acronym glued to a province is a club or firm named with its home.
        int home = placeAt(i + 1);
        if (home > 0 && !ts.get(i + 1).initial() && !pendingLocation && !Tokenizer.ABBREVIATIONS.contains(t.text())
            && LEX.find(t.key(), Kind.ORG) == null && LEX.find(t.key(), Kind.PLACE) == null
            && !continuesName(i + 1 + home)) {
          emit(i, i + 1 + home, EntityType.ORGANIZATION);
          clearPending();
          return i + 1 + home;
        }
      }
      if (!t.acronym() && t.capitalised()) {
        int title = colonTitleEnd(i); // "X-Men: Apocalypse"
        if (title > i) {
          emit(i, title, EntityType.MISC);
          clearPending();
          return title;
        }
      }
      // "T&T Group", "FPT Corp", "FE Credit", "ANA Holdings Inc": an acronym with company words after it is one firm.
      if (t.acronym() && firmWordAt(i + 1) && !LOCAL_BODIES.contains(t.key()) && firmWordsEnd(i + 1) > 0) {
        int e = firmWordsEnd(i + 1);
        emit(i, e, EntityType.ORGANIZATION);
        clearPending();
        return e;
      }
      // "BN2899", "VJ3613", "A01": patient, flight and exam-block codes; "BỆNH" in a line shouted in capitals.
      if (identifierCode(t.text()) || shoutedWord(t)) {
        clearPending();
        return i + 1;
      }
      if (t.acronym() && !pendingPerson && !pendingOrg && !pendingLocation && (codeAfterNumberOrTicker(i) || registrationCode(i))) {
        clearPending();
        return i + 1;
      }
      int j = i + 1;
      boolean hasOrgWord = LEX.find(t.key(), Kind.ORG) != null;
      boolean surnameStart = LEX.surnames.contains(t.key());
      // "tàu ngầm KRI Nanggala 402", "tàu USS Nimitz": a ship's prefix acronym starts its name.
      boolean vessel = t.acronym() && i + 1 < n && ts.get(i + 1).capitalised() && !ts.get(i + 1).initial()
          && !ts.get(i + 1).acronym() && shipCueBefore(i);
      if (vessel) hasOrgWord = false;
      boolean productAcronym = false;
      boolean clubThenName = false;
      if (!t.acronym() || vessel) {
        while (j < n) {
          Token u = ts.get(j);
          // "Face ID", "Apple TV": a short acronym closing a run of foreign words names a product.
          if (u.word() && PRODUCT_ACRONYMS.contains(u.key()) && !u.initial() && !pendingPerson && !surnameStart && foreignRun(i, j)
              && (j + 1 >= n || !ts.get(j + 1).capitalised())) {
            j++;
            productAcronym = true;
            break;
          }
          if (!u.word() || u.acronym() || u.initial()) break;
          if (u.capitalised() || u.particleName()) {
            if (isInitials(u) && j + 1 < n && ts.get(j + 1).capitalised()) { // "George H. W. Bush"
              j++;
              continue;
            }
            if (u.key().equals("theo")) break; // "Minh PhươngTheo Sputnik": a byline glued to its source
            // "màu áo Leicester City Danny Drinkwater": a club's name ends on its club word; the player follows.
            if (j - i >= 2 && CLUB_ENDINGS.contains(ts.get(j - 1).key()) && !vietnameseSyllable(ts.get(j - 2).key())
                && !PLACE_SUFFIXES.contains(u.key()) && !ORG_SUFFIXES.contains(u.key()) && !CLUB_FIRM_SUFFIXES.contains(u.key())) {
              clubThenName = true;
              break;
            }
            // "sân Thiên Trường": after a place cue a one-word head closing a short run is a syllable of the name.
            if (startsCue(j, true) && !((surnameStart || pendingLocation) && j - i <= 2 && headWordEndsName(j))) break;
            int place = placeAt(j);
            // "Phú Mỹ Hưng": a one-syllable country between two Vietnamese syllables is a syllable of the name.
            if (place == 1 && vietnameseSyllable(ts.get(j - 1).key()) && j + 1 < n && ts.get(j + 1).word()
                && ts.get(j + 1).capitalised() && !ts.get(j + 1).initial() && !ts.get(j + 1).acronym()
                && placeAt(j + 1) == 0 && vietnameseSyllable(ts.get(j + 1).key()) && !ts.get(j - 1).acronym()) place = 0;
            // "Ninh Anh", "Thùy Nga": a country that is also a common given name, right after a Vietnamese syllable.
            if (place == 1 && GIVEN_NAME_COUNTRIES.contains(u.key()) && vietnameseSyllable(ts.get(j - 1).key())
                && !ts.get(j - 1).acronym() && (j + 1 >= n || !ts.get(j + 1).capitalised() || ts.get(j + 1).initial())) place = 0;
            // A Vietnamese given name may be a place word too ("Nguyễn Minh Đức"), so a surname run keeps going.
            if (place > 1 || (place == 1 && !(surnameStart && j - i < 4) && !(pendingLocation && j - i < 3))) break;
            // A short word counts only written as the acronym it is: "UN" is a body, "Kim Jong Un" a person.
            if (LEX.find(u.key(), Kind.ORG) != null && (u.text().length() > 3 || u.acronym())) hasOrgWord = true;
            j++;
            continue;
          }
          int p = j;
          while (p < n && p - j < 3 && ts.get(p).word() && NAME_PARTICLES.contains(ts.get(p).key())) p++;
          if (p > j && p < n && ts.get(p).capitalised() && !ts.get(p).initial()) { // "Pieter van der Meer"
            j = p;
            continue;
          }
          break;
        }
      }
      // "Gwangju FC", "Bình Dương FC": a name and the club word after it are one club.
      boolean clubWord = false;
      if (j > i && j < n && ts.get(j).text().equals("FC") && !ts.get(j).initial() && !t.acronym()) {
        j++;
        clubWord = true;
      }
      // "Elizabeth II", "Charles III": a regnal number after a foreign name is part of the person's name.
      if (pendingPerson && j < n && j > i && romanNumeral(ts.get(j).text()) && !ts.get(j).initial()
          && !vietnameseSyllable(ts.get(j - 1).key())) j++;
      // "phường Mỹ Đình 2": a numbered ward or village keeps its number.
      if (pendingLocation && j < n && isNumber(ts.get(j)) && ts.get(j).text().length() <= 2 && !ts.get(j).initial()) j++;
      int len = j - i;
      boolean cued = pendingPerson || pendingLocation || pendingOrg;
      if (t.initial() && len == 1 && !t.acronym() && !cued && !capsElsewhere.contains(t.key()) && !reportsNews(j)
          && !abbreviatesBodyBefore(i, j)) { // the bracket makes "(Vietfoods)" initial; the body before it is evidence
        clearPending();
        return j;
      }
      // "Thông tin ban đầu …" opening a sentence in an article that also writes "thông tin" in lower case: a common
      // word capitalised by its position, even if "Thông" is someone's name elsewhere in the article.
      if (t.initial() && len == 1 && !cued && vietnameseSyllable(t.key()) && lowerCaseCompoundElsewhere(i)) {
        clearPending();
        return j;
      }
      EntityType type;
      boolean weakType = false;
      String last = ts.get(j - 1).key();
      String before = i > 0 && ts.get(i - 1).word() && !t.initial() ? ts.get(i - 1).key() : "";
      boolean initialsOnly = len == 1 && isInitials(t);
      boolean singleLetter = len == 1 && t.text().length() <= 2 && !t.acronym() && !initialsOnly;
      // "iPhone 12, 12 Pro": a variant word after a bare model number is part of the model, not a name of its own.
      boolean variantAfterNumber = i > 0 && isNumber(ts.get(i - 1)) && !t.initial() && !cued;
      for (int k = i; k < j && variantAfterNumber; k++) variantAfterNumber = VARIANT_WORDS.contains(ts.get(k).key());
      if (variantAfterNumber) {
        clearPending();
        return j;
      }
      if (len == 1 && !cued && (romanNumeral(t.text()) || singleLetter || t.key().endsWith("-index"))) { // "khóa XV", "VN-Index"
        clearPending();
        return j;
      }
      // Initials stay a person after a company cue too: "chủ doanh nghiệp Đ.H." names its owner.
      if (initialsOnly && !pendingLocation) type = EntityType.PERSON; // "bệnh nhân N.V.Đ.", "Ảnh: M.H"
      // "Chủ tịch UBND thành phố Phạm Văn Lộc": a full Vietnamese name after an administrative level is its official.
      else if (pendingLocation && pendingAdminLevel && surnameStart && len == 3 && allVietnamese(i, j)) type = EntityType.PERSON;
      else if (pendingLocation) type = EntityType.LOCATION;
      else if (nickname(j) > j) type = EntityType.PERSON; // "Minh “Sâm”": only people have quoted nicknames
      else if (productAcronym && !hasOrgWord) type = EntityType.MISC;
      else if (clubThenName || clubWord) type = EntityType.ORGANIZATION;
      else if (vessel) {
        if (j < n && isNumber(ts.get(j)) && ts.get(j).text().length() <= 4 && !ts.get(j).initial()) j++;
        type = EntityType.MISC;
      }
      // "Cục Cảnh sát phòng chống tội phạm môi trường (C49)": a short name in brackets right after a body abbreviates it.
      // A guess (weak): "Real Madrid (Mourinho)" gives the coach, whom the rest of the article names as a person.
      else if (len == 1 && abbreviatesBodyBefore(i, j)) { type = EntityType.ORGANIZATION; weakType = true; }
      else if (len == 1 && nationalRoad(t.text())) type = EntityType.LOCATION; // "QL1A", "QL14": as "Quốc lộ 1A"
      else if (len == 1 && t.acronym() && hasDigit(t)) type = EntityType.MISC; // "RON95", "ST25": models and grades
      else if (len == 1 && letterThenNumber(t.text())) type = EntityType.MISC; // "A92", "X20", "A320": grades and models
      else if (len == 1 && modelCode(t.text())) type = EntityType.MISC; // "S-300", "F-16"
      else if (len == 1 && hyphenEvent(t.text())) type = EntityType.MISC; // "K-League", "J-League"
      else if (len == 1 && brandShape(t.text()) && !pendingLocation) type = EntityType.ORGANIZATION; // "Chủ tịch ABBank"
      else if (hasOrgWord || t.acronym()) type = EntityType.ORGANIZATION; // "chỉ huy của Kataib Hezbollah", "Chủ tịch UBND"
      // "phát ngôn viên của Ant Group", "Phó Tổng giám đốc VietABank": a company word beats the title's person.
      else if ((len >= 2 && ORG_SUFFIXES.contains(last)) || (len == 1 && brandSuffix(t.key()))) type = EntityType.ORGANIZATION;
      else if (pendingPerson) type = EntityType.PERSON;
      else if (pendingOrg && !(len == 1 && t.key().equals("việt"))) type = EntityType.ORGANIZATION; // not "doanh nghiệp Việt"
      else if (t.acronym()) type = EntityType.ORGANIZATION;
      else if (len == 1 && innerCapital(t.text())) type = EntityType.ORGANIZATION; // "TPBank", "LienVietPostBank": brands
      else if (len == 1 && brandSuffix(t.key())) type = EntityType.ORGANIZATION; // "Eximbank", "Vingroup": one-word firms
      // "Zing.vn", "VnExpress.net": an outlet named by its domain.
      else if (len == 1 && (t.key().endsWith(".vn") || t.key().endsWith(".net"))) type = EntityType.ORGANIZATION;
      else if (hasOrgWord || ORG_SUFFIXES.contains(last)) type = EntityType.ORGANIZATION;
      else if (PLACE_SUFFIXES.contains(last)) type = EntityType.LOCATION;
      else if (!surnameStart && placeAfterComma(j)) type = EntityType.LOCATION; // "San Diego, California"
      // "Lima (Peru), Fez (Morocco), Chengdu (Trung Quốc)": in a list of places each with its country in brackets, a
      // lone foreign word with a known place in brackets after it is one more city (players and firms are listed the
      // same way with their club or country, so the list must already hold such a place). A guess (weak).
      else if (len == 1 && !vietnameseSyllable(t.key()) && placeInBrackets(j) && placeListBefore(i)) {
        type = EntityType.LOCATION;
        weakType = true;
      }
      else if (reportsNews(j)) type = EntityType.ORGANIZATION; // "People đưa tin": an outlet
      // "cổ phiếu của Theranos", "Theranos, công ty chuyên …": a foreign name with a company's shares, products or an
      // apposition naming it a company is that company.
      else if (!surnameStart && !allVietnamese(i, j) && (cueBefore(i, COMPANY_CONTEXT) || companyApposition(j)))
        type = EntityType.ORGANIZATION;
      // "số liệu của Worldometers": a foreign name given as the source of figures is a body, not a person.
      else if (!surnameStart && !allVietnamese(i, j) && cueBefore(i, SOURCE_CUES)) type = EntityType.ORGANIZATION;
      // "Theo Android Authority,", "tờ Saigon Times": a foreign name ending in an outlet word is an outlet.
      else if (len >= 2 && !surnameStart && OUTLET_WORDS.contains(last) && !allVietnamese(i, j))
        type = EntityType.ORGANIZATION;
      else if (cueBefore(i, MISC_CUES) && !surnameStart) type = EntityType.MISC; // "phiên bản Pro", "giải Grand National"
      // "MV Jealous" (a music video), "tàu MV Joyita" (a motor vessel): both works and vessels are MISC.
      else if (i > 0 && ts.get(i - 1).text().equals("MV") && !allVietnamese(i, j)) type = EntityType.MISC;
      // "xe Fortuner": a guess (weak), so that "chiếc xe Ibra lái" yields to the person named elsewhere.
      else if (len == 1 && !vietnameseSyllable(t.key()) && cueBefore(i, VEHICLE_CUES)) { type = EntityType.MISC; weakType = true; }
      else if (shipCueBefore(i) || (len >= 2 && MISC_SUFFIXES.contains(last))) { // "tàu Soyuz 37", "Minh Hải Star"
        if (j < n && isNumber(ts.get(j)) && ts.get(j).text().length() <= 4 && !ts.get(j).initial()) j++;
        type = EntityType.MISC;
      }
      // "ở Từ Sơn", "tại Trần Phú": a short Vietnamese run right after "at" is a place or street even when its
      // first syllable is also a surname; people are introduced by a title, not by "tại".
      else if (len >= 2 && len <= 3 && AT_PLACE.contains(before) && allVietnamese(i, j)) type = EntityType.LOCATION;
      // "Đắk Ruồng", "Krông Pắc", "Ea Tiêu": Central Highlands place names open with these syllables, never a surname.
      else if (len >= 2 && len <= 3 && PLACE_PREFIXES.contains(t.key()) && allVietnamese(i + 1, j)) type = EntityType.LOCATION;
      else if (streetAddress(i, j)) type = EntityType.LOCATION; // "tại số 97 Trần Bình": a street, not a person
      // "số nhà 39 Lê Ngọc Hân", "địa chỉ 123 Lê Thanh Nghị": a house number named as such is followed by a street.
      else if (houseNumberBefore(i) && allVietnamese(i, j)) type = EntityType.LOCATION;
      // "các xã: Hòa Mỹ 12 nhà, Tân Phước 4 nhà", "3 xã: Phú Minh, Phú Cường, Mai Đình": a list announced by an
      // administrative level and a colon lists places, even when a name in it starts with a surname.
      else if (len >= 2 && len <= 3 && allVietnamese(i, j) && levelListBefore(i)) type = EntityType.LOCATION;
      // "đường Trường Chinh - Trần Đại Cang - Bà Triệu", "giao lộ Nguyễn Văn Linh – Nguyễn Đức Cảnh": streets joined by
      // dashes after a street word are all streets, though they are named after people.
      else if (len >= 2 && len <= 4 && allVietnamese(i, j) && i > 0 && ts.get(i - 1).isDash()
          && coordinated(i) == EntityType.LOCATION && streetChainBefore()) type = EntityType.LOCATION;
      else if (surnameStart && len >= 2 && len <= 4) { type = EntityType.PERSON; weakType = true; }
      else if (address(i) && allVietnamese(i, j)) type = EntityType.LOCATION; // "số 97 Trần Bình": a street
      else if (len == 1 && !vietnameseSyllable(t.key()) && binomial(j)) { // "Aquilolamna milarcae": a species
        emit(i, j + 1, EntityType.MISC);
        clearPending();
        return j + 1;
      }
      // "tại Manesar và Gurugram"; a lone Vietnamese syllable after a comma ("…, Nhà máy") is a common word.
      // Not a body's guess for a foreign run of two words or more set after one lone body, with no list going on
      // ("Chủ tịch Chelsea, Bruce Buck", "Man City – Txiki Begiristain"): a person named in apposition (round 10).
      else if (!(len == 1 && vietnameseSyllable(t.key())) && coordinated(i) != null
          && !(len >= 2 && coordinated(i) == EntityType.ORGANIZATION && !allVietnamese(i, j) && appositionAfterBody(i, j))) {
        type = coordinated(i);
        weakType = true;
      }
      else if (len >= 2 && TO_FROM_PLACE.contains(before) && allVietnamese(i, j)) type = EntityType.LOCATION; // "về Liêm Tuyền"
      // "tại Medinet Habu": a foreign run right after "tại"/"ở" is a place more often than a person; a guess (weak), so
      // a person or body named with evidence elsewhere in the article wins.
      else if (len >= 2 && len <= 3 && AT_PLACE.contains(before) && !surnameStart) { type = EntityType.LOCATION; weakType = true; }
      else if (len >= 2) { type = EntityType.PERSON; weakType = true; }
      else if (!vietnameseSyllable(t.key())) { // "Messi", "tại Manesar", "đến từ Hobart", "gần Cygnet"
        boolean from = before.equals("gần") || (before.equals("từ") && i >= 2 && ts.get(i - 2).key().equals("đến"));
        type = AT_PLACE.contains(before) || from ? EntityType.LOCATION : EntityType.PERSON;
        weakType = type == EntityType.PERSON;
      } else { type = EntityType.MISC; weakType = true; }
      if (type == EntityType.PERSON) j = nickname(j); // "Minh “Sâm”"
      // "giải Ciputra Hà Nội 2016": an event's host city and year belong to its name.
      if (type == EntityType.MISC && !weakType && j < n && !ts.get(j).initial()) {
        int host = placeAt(j);
        if (host > 0 && j + host < n && yearLike(ts.get(j + host)) && !ts.get(j + host).initial()) j += host + 1;
      }
      emit(i, j, type);
      if (weakType) weak.set(out.size() - 1);
      clearPending();
      return j;
    }

    /** "Lima (Peru), " right before i: the last two mentions are a place and its bracketed country, then a comma. */
    boolean placeListBefore(int i) {
      int m = out.size();
      if (i < 3 || m < 2 || !ts.get(i - 1).text().equals(",") || !ts.get(i - 2).text().equals(")")) return false;
      EntityMention country = out.get(m - 1), city = out.get(m - 2);
      return country.type() == EntityType.LOCATION && city.type() == EntityType.LOCATION
          && country.end() == ts.get(i - 3).end();
    }

    private static final String[] STREET_WORDS = {"đường ", "giao lộ ", "ngã tư ", "ngã ba ", "vòng xoay ", "phố "};

    /**
     * The last mention is a street opening a dash-joined chain: a street word right before it, or another dash and
     * street before it ("đường A - B - C").
     */
    boolean streetChainBefore() {
      for (int m = out.size() - 1; m >= 0; m--) {
        int s = out.get(m).start();
        for (String w : STREET_WORDS) if (text.startsWith(w, s - w.length())) return true;
        if (m == 0 || out.get(m).type() != EntityType.LOCATION) return false;
        // "A - B": only another dash between the two mentions keeps the chain going.
        int gap = s - out.get(m - 1).end();
        if (gap < 2 || gap > 3 || !isDashGap(out.get(m - 1).end(), s)) return false;
      }
      return false;
    }

    private boolean isDashGap(int from, int to) {
      for (int p = from; p < to; p++) {
        char c = text.charAt(p);
        if (c != ' ' && c != '-' && c != '–') return false;
      }
      return true;
    }

    /** "(Morocco)", "(Trung Quốc)" at j: a known place alone in brackets. */
    boolean placeInBrackets(int j) {
      if (j + 2 >= n || !ts.get(j).text().equals("(")) return false;
      int p = placeAt(j + 1);
      return p > 0 && j + 1 + p < n && ts.get(j + 1 + p).text().equals(")");
    }

    /**
     * A camel-case product with its model and variant ("iPhone 12 mini", "iPhone 12 Pro Max", "iPad Air"): MISC,
     * or ORGANIZATION when the brand is a known company ("eBay"). Returns the index after it.
     */
    int productRun(int i) {
      int j = i + 1;
      while (j < n) {
        Token u = ts.get(j);
        if (!u.word() || u.initial()) break;
        boolean number = isNumber(u) && u.text().length() <= 4;
        boolean variant = VARIANT_WORDS.contains(u.key());
        boolean model = u.capitalised() && (!vietnameseSyllable(u.key()) || u.text().length() == 1) && placeAt(j) == 0
            && !startsCue(j, true); // "Galaxy A", "iPhone X": one capital letter is a model letter
        if (!(number || variant || model)) break;
        j++;
      }
      emit(i, j, LEX.find(ts.get(i).key(), Kind.ORG) != null && j == i + 1 ? EntityType.ORGANIZATION : EntityType.MISC);
      clearPending();
      return j;
    }

    /**
     * "Minh “Sâm”", "Hưng "Sóc"": a nickname of one or two capitalised syllables in quotes right after a person's
     * name belongs to it; returns the index after the closing quote, or j.
     */
    int nickname(int j) {
      if (j + 2 >= n) return j;
      Token q = ts.get(j);
      if (q.word() || !(q.text().equals("“") || q.text().equals("\"")) || q.start() != ts.get(j - 1).end() + 1) return j;
      int k = j + 1;
      while (k < n && k - j <= 2 && ts.get(k).word() && ts.get(k).capitalised() && vietnameseSyllable(ts.get(k).key())) k++;
      if (k == j + 1 || k >= n) return j;
      String c = ts.get(k).text();
      return c.equals("”") || c.equals("\"") ? k + 1 : j;
    }

    /**
     * "trường THCS Bình Hòa Phước", "trường THPT Số 2": a school named with its level in lower-case "trường"; returns
     * the index after the name, or i.
     */
    int schoolEnd(int i) {
      Token t = ts.get(i);
      if (!t.capitalised() && t.key().equals("bệnh")) return hospitalEnd(i);
      if (t.capitalised() || !t.key().equals("trường") || i + 2 >= n) return i;
      // "trường Trung cấp CSND VI", "trường Cao đẳng Y tế": a capitalised two-word level, then the name.
      // Round 23: the level in lower case too ("trường mầm non Hoa Sen", "trường tiểu học Bình An"), unless the name
      // after it is only a place ("các trường đại học Mỹ").
      boolean capitalLevel = ts.get(i + 1).capitalised();
      if (i + 3 < n && !ts.get(i + 1).initial() && ts.get(i + 1).word()
          && SCHOOL_LEVELS_2.contains(ts.get(i + 1).key() + " " + ts.get(i + 2).key())) {
        // Round 22: "trường Cao đẳng nghề Yên Bái", "trường Trung học cơ sở Phong Khê": the level's tail before the name.
        int h = i + 3;
        if (ts.get(h).key().equals("nghề")) h++;
        else if (h + 1 < n && ts.get(i + 2).key().equals("học") && (ts.get(h).key().equals("cơ")
            && ts.get(h + 1).key().equals("sở") || !capitalLevel && ts.get(h).key().equals("phổ")
            && ts.get(h + 1).key().equals("thông"))) h += 2;
        if (h < n && ts.get(h).capitalised() && !ts.get(h).initial()) {
          int named = headedNameEnd(i, h);
          if (named > h && (capitalLevel || placeAt(h) != named - h)) return named;
        }
      }
      if (!SCHOOL_LEVELS.contains(ts.get(i + 1).key())) return i;
      if (!ts.get(i + 2).capitalised() || ts.get(i + 2).initial()) return i;
      // The same continuation as a capitalised head: "trường ĐH Quốc tế Sài Gòn", "trường ĐH Y dược".
      int named = headedNameEnd(i, i + 2);
      if (named > i + 2) return named;
      int j = i + 2;
      while (j < n && ts.get(j).word() && ts.get(j).capitalised() && !ts.get(j).initial() && placeAt(j) == 0
          && !startsCue(j, true)) j++;
      if (j == i + 2) return i;
      if (j < n && isNumber(ts.get(j)) && ts.get(j - 1).key().equals("số") && !ts.get(j).initial()) j++;
      int admin = adminPlaceEnd(j);
      return admin > 0 ? admin : j;
    }

    /**
     * "bệnh viện Chợ Rẫy", "bệnh viện Ansari Saleh": a hospital named after a lower-case "bệnh viện" keeps the head,
     * as a school after a lower-case "trường" does; a known place alone after it is where the hospital stands
     * ("một bệnh viện Singapore"). Returns the index after the name, or i.
     */
    int hospitalEnd(int i) {
      if (i + 2 >= n || !ts.get(i + 1).key().equals("viện") || ts.get(i + 1).capitalised()) return i;
      Token u = ts.get(i + 2);
      if (!u.word() || !u.capitalised() || u.initial()) return i;
      int named = headedNameEnd(i, i + 2);
      if (named <= i + 2 || placeAt(i + 2) == named - (i + 2)) return i;
      return named;
    }

    /**
     * "Quốc lộ 1A", "Tỉnh lộ 10": a capitalised national or provincial road with its number is the road's name
     * (LOCATION, head included, since the number alone names nothing); returns the index after it, or i.
     */
    int numberedRoadEnd(int i) {
      Token t = ts.get(i);
      if (!t.capitalised() || t.initial() || i + 2 >= n || !(t.key().equals("quốc") || t.key().equals("tỉnh"))) return i;
      Token lo = ts.get(i + 1), code = ts.get(i + 2);
      if (!lo.key().equals("lộ") || !code.word() || code.initial() || !hasDigit(code) || code.text().length() > 4
          || !Character.isDigit(code.text().charAt(0))) return i;
      return i + 3;
    }

    /** "Việt Nam" (not starting a sentence) at j: after a known foreign firm it names the firm's Vietnamese arm. */
    boolean vietNamAt(int j) {
      return j + 1 < n && ts.get(j).key().equals("việt") && ts.get(j + 1).key().equals("nam") && ts.get(j).capitalised()
          && ts.get(j + 1).capitalised();
    }

    /**
     * "Wave RSX FI 110cc", "Honda Lead 125cc", "MSX 125cc": up to four capitalised words (one at least foreign or an
     * acronym) right before an engine size name a vehicle model; returns the index of the size, -2 when the run opens
     * with a sentence-initial Vietnamese word to skip, or -1.
     */
    int engineModelEnd(int i) {
      // Cheap checks first (this runs at every capitalised word): the run of capitals, then the size after it.
      int j = i + 1;
      while (j < n && j - i < 4 && ts.get(j).capitalised() && !ts.get(j).initial()) j++;
      if (j >= n || !(engineSize(ts.get(j)) || displacementAt(j))) return -1;
      // Rare from here on. A sentence-initial Vietnamese word is not part of the model: the caller skips it (-2)
      // and the model starts at the next word.
      if (ts.get(i).initial() && !ts.get(i).acronym() && vietnameseSyllable(ts.get(i).key())) return j > i + 1 ? -2 : -1;
      for (int k = i; k < j; k++) if (ts.get(k).acronym() || !vietnameseSyllable(ts.get(k).key())) return j;
      return -1;
    }

    /** "110 phân khối": an engine size written out in Vietnamese, a number then "phân khối", at token k. */
    boolean displacementAt(int k) {
      return k + 2 < n && isNumber(ts.get(k)) && ts.get(k + 1).key().equals("phân") && ts.get(k + 2).key().equals("khối");
    }

    /** Token i and the lower-case word after it also occur together, all in lower case, elsewhere in the text. */
    boolean lowerCaseCompoundElsewhere(int i) {
      if (i + 1 >= n) return false;
      Token u = ts.get(i + 1);
      if (!u.word() || u.capitalised() || u.start() != ts.get(i).end() + 1) return false;
      String needle = ts.get(i).key() + " " + u.text();
      for (int p = text.indexOf(needle); p >= 0; p = text.indexOf(needle, p + 1)) {
        if (p == 0 || !Tokenizer.isWordChar(text.charAt(p - 1))) return true;
      }
      return false;
    }

    /** The lower-case words right before token i form one of the cues (up to three words). */
    boolean cueBefore(int i, Set<String> cues) {
      if (ts.get(i).initial()) return false;
      String k = "";
      for (int b = i - 1; b >= 0 && i - b <= 3; b--) {
        Token u = ts.get(b);
        if (!u.word() || (u.capitalised() && !u.initial())) return false;
        k = k.isEmpty() ? u.key() : u.key() + " " + k;
        // "giải Grand National" is a prize or a competition, "độ phân giải Full HD" is not.
        if (cues.contains(k)) return !(k.equals("giải") && b > 0 && ts.get(b - 1).word() && GIAI_COMPOUNDS.contains(ts.get(b - 1).key()));
        if (u.initial()) return false;
      }
      return false;
    }

    /**
     * End of a title whose subtitle follows a colon ("X-Men: Apocalypse", "Batman & Superman: Dawn of Justice"):
     * foreign capitalised words, '&' and English function words, with one glued colon; or -1 when the run at i is
     * not such a title.
     */
    int colonTitleEnd(int i) {
      // Most names have no colon after them: look for one among the next words first (a superset of the walk below,
      // which stops at the same punctuation) before testing each word's case and syllables.
      boolean colonAhead = false;
      for (int q = i; q < n && q - i < 12 && !colonAhead; q++) {
        Token u = ts.get(q);
        if (u.word()) continue;
        colonAhead = u.text().equals(":");
        if (!colonAhead && !u.text().equals("&")) break;
      }
      if (!colonAhead) return -1;
      int j = i;
      boolean colon = false;
      int words = 0;
      int wordsAfterColon = 0;
      int foreign = 0;
      while (j < n && j - i < 12) {
        Token u = ts.get(j);
        if (u.word()) {
          boolean cap = u.capitalised() && !u.acronym();
          if (cap && !vietnameseSyllable(u.key())) foreign++;
          if (!(cap || (words > 0 && TITLE_CONNECTORS_EN.contains(u.text())))) break;
          if (j > i && u.initial() && !(colon && ts.get(j - 1).text().equals(":"))) break;
          words++;
          if (colon) wordsAfterColon++;
          j++;
          continue;
        }
        String x = u.text();
        if (x.equals("&") && words > 0 && j + 1 < n && ts.get(j + 1).capitalised()) { j++; continue; }
        if (x.equals(":") && !colon && words > 0 && u.start() == ts.get(j - 1).end() && j + 1 < n
            && ts.get(j + 1).capitalised() && !vietnameseSyllable(ts.get(j + 1).key())) {
          colon = true;
          j++;
          continue;
        }
        break;
      }
      if (!colon || wordsAfterColon == 0 || TITLE_CONNECTORS_EN.contains(ts.get(j - 1).text())) return -1;
      // Mostly foreign words ("Iron Giant: Dark Moon"); "Hà Nội: Mưa lớn" is a Vietnamese headline.
      int capitals = 0;
      for (int k = i; k < j; k++) if (ts.get(k).word() && ts.get(k).capitalised()) capitals++;
      if (foreign * 2 < capitals) return -1;
      // The title ends the clause or a Vietnamese word follows in lower case.
      if (j < n && ts.get(j).word() && ts.get(j).capitalised() && !ts.get(j).initial()) return -1;
      return j;
    }

    /**
     * A quoted foreign title with no cue before it (“Deadpool”, “Captain America: Civil War”): every word inside
     * is a capitalised non-Vietnamese word or an English function word; returns the index of the closing quote or -1.
     */
    int quotedForeignTitle(int i) {
      int words = 0;
      for (int k = i + 1; k < n && k < i + 14; k++) {
        Token u = ts.get(k);
        String x = u.text();
        if (newlineBetween(ts.get(k - 1).end(), u.start())) return -1;
        if (!u.word()) {
          if (x.equals("\"") || x.equals("”")) return words > 0 && !TITLE_CONNECTORS_EN.contains(ts.get(k - 1).text()) ? k : -1;
          if (x.equals(":") || x.equals("&") || x.equals("-")) continue;
          return -1;
        }
        boolean cap = u.capitalised() && !vietnameseSyllable(u.key());
        // "The Remix 2016", "2016 Global Slavery Index": an article or a year may open the title.
        boolean opener = words == 0 && (x.equals("The") || yearLike(u)) && k + 1 < n && ts.get(k + 1).capitalised();
        if (!(cap || opener || (words > 0 && (TITLE_CONNECTORS_EN.contains(x) || isNumber(u))))) return -1;
        words++;
      }
      return -1;
    }

    /** The capitalised organisation head at k ("Ban", "Phòng") followed by a capitalised word of its name. */
    boolean headOfBody(int k) {
      Token h = ts.get(k);
      if (!h.capitalised() || h.initial() || k + 1 >= n || LEX.find(h.key(), Kind.ORG_HEAD) == null) return false;
      Token u = ts.get(k + 1);
      return u.word() && u.capitalised() && !u.initial() && !LEX.surnames.contains(u.key());
    }

    /** The one-token run [i, j) stands alone in brackets right after an organisation mention: "Cục … (C47)". */
    boolean abbreviatesBodyBefore(int i, int j) {
      if (i < 2 || j >= n || out.isEmpty() || !ts.get(i - 1).text().equals("(") || !ts.get(j).text().equals(")")) return false;
      EntityMention last = out.get(out.size() - 1);
      return last.type() == EntityType.ORGANIZATION && last.end() == ts.get(i - 2).end() && !weak.get(out.size() - 1);
    }

    /** ", California" / ", Pháp" right after the run at j, ending the phrase: the run is a place within it. */
    boolean placeAfterComma(int j) {
      if (j + 1 >= n || !ts.get(j).text().equals(",")) return false;
      int p = placeAt(j + 1);
      if (p == 0 || ts.get(j + 1).initial()) return false;
      int e = j + 1 + p;
      return e >= n || !ts.get(e).word() || !ts.get(e).capitalised();
    }

    /**
     * End of the company words from k ("Telecom", "Holdings Inc"), or -1 when there are none or the name goes on
     * after them ("FIFA Club World Cup" is an event).
     */
    int firmWordsEnd(int k) {
      if (!firmWordAt(k)) return -1;
      int e = k + 1;
      while (firmWordAt(e)) e++;
      if (e < n && ts.get(e).word() && ts.get(e).capitalised() && !ts.get(e).initial()) return -1;
      return e;
    }

    /** A capitalised company word at k ("Group", "Credit", "Holdings") continuing the name before it. */
    boolean firmWordAt(int k) {
      if (k >= n) return false;
      Token u = ts.get(k);
      return u.word() && u.capitalised() && !u.initial() && (CLUB_FIRM_SUFFIXES.contains(u.key()) || ORG_SUFFIXES.contains(u.key()));
    }

    /** ", công ty …", ", hãng …", ", tập đoàn …" right after the run at j: an apposition naming it a company. */
    boolean companyApposition(int j) {
      // "Atlassian – công ty làm ra …": a dash sets off the apposition as a comma does (but "X-Men - hãng Fox" names
      // the film's maker, so after a dash only "công ty" and "tập đoàn" count).
      boolean dash = j < n && ts.get(j).isDash();
      if (j + 2 >= n || !(ts.get(j).text().equals(",") || dash)) return false;
      Token a = ts.get(j + 1), b = ts.get(j + 2);
      if (!a.word() || a.capitalised()) return false;
      if (a.key().equals("hãng")) return !dash;
      return b.word() && !b.capitalised() && (a.key().equals("công") && b.key().equals("ty")
          || a.key().equals("tập") && b.key().equals("đoàn"));
    }

    /** "X đưa tin", "X dẫn lời": a name that reports news is an outlet. */
    boolean reportsNews(int j) {
      if (j + 1 >= n || !ts.get(j).word() || !ts.get(j + 1).word() || ts.get(j).capitalised()) return false;
      String two = ts.get(j).key() + " " + ts.get(j + 1).key();
      return two.equals("đưa tin") || two.equals("dẫn lời") || two.equals("dẫn nguồn");
    }

    /**
     * A full Vietnamese name at j: a surname and one or two more capitalised syllables, not a known place,
     * followed by no further capital ("Lê Văn Hùng," but not "Phan Bội Châu Street").
     */
    boolean officialNameAt(int j) {
      if (!LEX.surnames.contains(ts.get(j).key()) || placeAt(j) > 0) return false;
      int e = j + 1;
      while (e < n && e - j < 4) {
        Token u = ts.get(e);
        if (!u.word() || !u.capitalised() || u.initial() || u.acronym() || !vietnameseSyllable(u.key())) break;
        e++;
      }
      if (e - j < 3) return false;
      return e >= n || !ts.get(e).word() || ts.get(e).initial() || !ts.get(e).capitalised();
    }

    /**
     * Round 23: a two-word name at j that closes a run: a surname and one Vietnamese syllable, or two foreign words
     * that are no lexicon phrase ("Kazuo Shii", not "Premier League"), after no surname ("Đinh | La Thăng"), not a
     * place nor a listed name word ("Lâm Nghiệp"), followed by no capital and by no lower-case half of a word ("Lâm |
     * nghiệp"). A look at four tokens and two or three set look-ups.
     */
    boolean shortOfficialNameAt(int j) {
      if (j + 1 >= n || placeAt(j) > 0 || LEX.surnames.contains(ts.get(j - 1).key())) return false;
      Token a = ts.get(j), b = ts.get(j + 1);
      if (!b.word() || !b.capitalised() || b.initial() || b.acronym() || a.acronym()) return false;
      String two = a.key() + " " + b.key();
      boolean foreign = !vietnameseSyllable(b.key()) && !vietnameseSyllable(a.key()) && LEX.lookup(two).isEmpty();
      if (!(foreign || LEX.surnames.contains(a.key()) && vietnameseSyllable(b.key())) || LEX.orgNameWords.contains(two))
        return false;
      // Two foreign words after a foreign name ("CLB Jeonbuk | Hyundai Motors") go on with it; after a head word
      // ("Bệnh viện | Bạch Mai") they are the body's own name.
      Token p = ts.get(j - 1);
      if (foreign && p.capitalised() && !(vietnameseSyllable(p.key()) && vietnameseSyllable(ts.get(j - 2).key()))) return false;
      if (LEX.find(p.key(), Kind.ORG_HEAD) != null || LEX.find(ts.get(j - 2).key() + " " + p.key(), Kind.ORG_HEAD) != null)
        return false;
      if (j + 2 >= n) return true;
      Token c = ts.get(j + 2);
      if (!c.word() || c.initial()) return true;
      return !c.capitalised() && !LEX.orgNameWords.contains(b.key() + " " + c.key()) && placeAt(j + 1) == 0;
    }

    /**
     * "Đại tá Trương Minh Khoa,": a one-word organisation head ("Khoa") that closes a short surname run is the
     * person's given name, not the start of a body; "Lê Minh Viện trưởng" stays a cue (a two-word title).
     */
    boolean headWordEndsName(int j) {
      Token u = ts.get(j);
      if (!vietnameseSyllable(u.key())) return false;
      if (j + 1 < n && ts.get(j + 1).word() && !ts.get(j + 1).initial()) {
        if (ts.get(j + 1).capitalised()) return false;
        for (Entry e : LEX.lookup(u.key() + " " + ts.get(j + 1).key())) if (isCue(e.kind(), true)) return false;
      }
      for (Entry e : LEX.lookup(u.key())) if (isCue(e.kind(), false)) return false;
      return true;
    }

    /** The lower-case words right before token i form a ship cue ("tàu", "con tàu", "tàu chở hàng"). */
    boolean shipCueBefore(int i) {
      if (ts.get(i).initial()) return false;
      String k = "";
      for (int b = i - 1; b >= 0 && i - b <= 3; b--) {
        Token u = ts.get(b);
        if (!u.word() || (u.capitalised() && !u.initial())) return false;
        k = k.isEmpty() ? u.key() : u.key() + " " + k;
        if (SHIP_CUES.contains(k)) return true;
        if (u.initial()) return false;
      }
      return false;
    }

    /**
     * A lone acronym that is a unit after a number ("300 MW") or a code after a bare "mã" ("mã QR", "mã HPG"): a
     * code, not a named entity. A ticker after "cổ phiếu" is the company (see TICKER_CUES).
     */
    boolean codeAfterNumberOrTicker(int i) {
      if (i == 0 || ts.get(i).initial()) return false;
      Token p = ts.get(i - 1);
      if (UNIT_ACRONYMS.contains(ts.get(i).key()) && (isNumber(p) || (p.word() && hasDigit(p)))) return true;
      // "Quyết định số 264/QĐ-UBND": the signs of a document number after its slash.
      if (p.text().equals("/") && p.start() == ts.get(i).start() - 1 && i >= 2 && hasDigit(ts.get(i - 2))
          && ts.get(i - 2).end() == p.start()) return true;
      if (!p.word() || p.capitalised()) return false;
      return TICKER_CUES.contains(p.key());
    }

    /**
     * "tàu Hồng Long QN - 7038", "tàu cá KH 90297-TS": two capitals before a registration number of four or five digits
     * (not a year) are a province's letters on a boat or vehicle, not a body ("vàng SJC 9999" keeps its firm).
     */
    boolean registrationCode(int i) {
      String x = ts.get(i).text();
      if (x.length() != 2 || i + 1 >= n) return false;
      int j = i + 1;
      Token u = ts.get(j);
      if (!u.word() && (u.text().equals("-") || u.text().equals("–")) && j + 1 < n) u = ts.get(++j);
      if (!isNumber(u) || yearLike(u)) return false;
      String d = u.text();
      if (d.length() < 4 || d.length() > 5) return false;
      for (int k = 0; k < d.length(); k++) if (!Character.isDigit(d.charAt(k))) return false;
      return true;
    }

    /** True when the capitalised word at j carries on a name (not a cue, a new place or an acronym). */
    boolean continuesName(int j) {
      if (j >= n) return false;
      Token u = ts.get(j);
      return u.capitalised() && !u.initial() && !u.acronym() && placeAt(j) == 0 && !startsCue(j, true);
    }

    /**
     * True if the words from..r (a run after a maker) read as a model: the first neither a Vietnamese syllable nor a
     * surname or given name, none a division word ("Display", "Software").
     */
    boolean foreignModel(int from, int r) {
      Token f = ts.get(from);
      if (vietnameseSyllable(f.key()) || LEX.surnames.contains(f.key()) || LEX.givenNames.contains(f.key())) return false;
      // "Samsung SDI", "Samsung C&T": an all-capital word after a maker is as often a company of the group.
      if (f.acronym() || gazetteerAt(from, Kind.ORG) > 0) return false; // "Peugeot Citroen": two makers
      for (int x = from; x < r; x++) {
        String k = ts.get(x).key();
        if (DIVISION_WORDS.contains(k) || OUTLET_WORDS.contains(k)) return false; // "LG Display", "Apple Daily"
      }
      return true;
    }

    /** A person's title ends right before token i ("Giám đốc điều hành Google Sundar Pichai"): up to five words. */
    boolean personCueBefore(int i) {
      String k = "";
      for (int b = i - 1; b >= 0 && i - b <= 5; b--) {
        Token u = ts.get(b);
        if (!u.word()) return false;
        k = k.isEmpty() ? u.key() : u.key() + " " + k;
        if (LEX.find(k, Kind.PERSON_CUE) != null) return true;
        // "Giám đốc điều hành Google …": a title with its lower-case "executive".
        if (k.endsWith(" điều hành") && LEX.find(k.substring(0, k.length() - 10), Kind.PERSON_CUE) != null) return true;
        if (u.initial()) return false;
      }
      return false;
    }

    /** End of a Vietnamese outlet's name with a lower-case tail starting at j ("Giao thông", "Người đưa tin"), or j. */
    int outletEnd(int j) {
      String k = ts.get(j).key();
      int best = j;
      for (int x = j + 1; x < n && x - j < 5; x++) {
        Token u = ts.get(x);
        if (!u.word() || u.initial()) break;
        k = k + " " + u.key();
        if (VN_OUTLETS.contains(k)) best = x + 1;
      }
      return best;
    }

    /** End of a model or company tail after a brand ("Samsung| Galaxy J5", "Toyota| Kirloskar Motor"), or from. */
    int productEnd(int from) {
      int r = from;
      while (r < n) {
        Token u = ts.get(r);
        if (!u.word() || u.initial()) break;
        boolean ok = u.capitalised() ? placeAt(r) == 0 && !startsCue(r, true) : r > from && isNumber(u);
        if (!ok) break;
        r++;
      }
      return r;
    }

    /**
     * End of "tỉnh Quảng Ngãi", "xã Đạo Lý", "TP. HCM" starting at j (an administrative level and its capitalised
     * name, with a ward number), or -1.
     */
    int adminPlaceEnd(int j) {
      if (j >= n) return -1;
      Token u = ts.get(j);
      if (!u.word() || u.initial()) return -1;
      int len = 0;
      if (ADMIN_LEVELS.contains(u.key())) len = 1;
      else if (j + 1 < n && ADMIN_LEVELS.contains(u.key() + " " + ts.get(j + 1).key())) len = 2;
      if (len == 0) return -1;
      // "Bộ Nông nghiệp và Phát triển nông thôn": "thôn" there is part of a word, not a village.
      if (u.key().equals("thôn") && j > 0 && ts.get(j - 1).key().equals("nông")) return -1;
      int s = j + len;
      if (s >= n || !ts.get(s).capitalised() || ts.get(s).initial()) return -1;
      int place = placeAt(s);
      // "Chủ tịch UBND thành phố Võ Thành Nhân": a surname and two more capitals are a person, not the city.
      if (place == 0 && LEX.surnames.contains(ts.get(s).key()) && s + 2 < n && ts.get(s + 1).capitalised()
          && ts.get(s + 2).capitalised() && !ts.get(s + 2).initial()) return -1;
      int e;
      if (place > 1 || (place == 1 && !continuesName(s + 1))) {
        e = s + place;
      } else {
        e = s + 1; // "phường Mỹ Đình 2": a one-word place that goes on is another name
        while (e < n && ts.get(e).capitalised() && !ts.get(e).initial() && !startsCue(e, true) && placeAt(e) == 0
            && !(LEX.surnames.contains(ts.get(e).key()) && e + 1 < n && ts.get(e + 1).capitalised())) e++;
      }
      if (e < n && isNumber(ts.get(e)) && ts.get(e).text().length() <= 2 && !ts.get(e).initial()) e++;
      return e;
    }

    String headKey(int from, int to) {
      StringBuilder b = new StringBuilder();
      for (int k = from; k < to; k++) b.append(k > from ? " " : "").append(ts.get(k).key());
      return b.toString();
    }

    /** "số 97 Trần Bình": a house number before a capitalised name makes it a street. */
    boolean address(int i) {
      return i >= 2 && isNumber(ts.get(i - 1)) && ts.get(i - 2).key().equals("số") && !ts.get(i).initial();
    }

    /**
     * "tại số 97 Trần Bình", "(số 12 Lý Thường Kiệt)": a Vietnamese name after a house number introduced by a place
     * word or an opening bracket is a street even when it starts with a surname; "áo số 10 Nguyễn Công Phượng" and
     * "hạt giống số 2 Andy Murray" are not addresses.
     */
    boolean streetAddress(int i, int j) {
      if (!address(i) || !allVietnamese(i, j) || i < 3) return false;
      Token b = ts.get(i - 3);
      if (!b.word()) return b.text().equals("(") || b.text().equals(",");
      return ADDRESS_WORDS.contains(b.key()) || i >= 4 && ts.get(i - 4).word() && ADDRESS_WORDS.contains(ts.get(i - 4).key() + " " + b.key());
    }

    /**
     * "số nhà 39 |", "địa chỉ 123 |": a house number, named as such, right before token i; round 21: also one right after
     * "tại" or "ở" ("tại 99 Phạm Hùng", "ở 54 Chi Lăng"), which nothing but an address puts before a name.
     */
    boolean houseNumberBefore(int i) {
      if (i < 3 || !isNumber(ts.get(i - 1)) || ts.get(i).initial()) return false;
      if (ts.get(i - 2).word() && AT_PLACE.contains(ts.get(i - 2).key())) return true;
      String two = ts.get(i - 3).key() + " " + ts.get(i - 2).key();
      return two.equals("số nhà") || two.equals("địa chỉ");
    }

    /**
     * Whether token i is an item of a list opened by an administrative level and a colon ("các xã: A 13 nhà, B 3 nhà,
     * C", "huyện, thành phố: A 337, B 15"): walking back over earlier items (capitalised words, numbers with their
     * counted word, commas and "và") reaches "<level>:". Bounded, and only asked of names no rule has typed.
     */
    boolean levelListBefore(int i) {
      int k = i - 1;
      for (int steps = 0; k >= 1 && steps < 40; steps++, k--) {
        Token u = ts.get(k);
        if (u.text().equals(":")) {
          Token lv = ts.get(k - 1);
          return lv.word() && (ADMIN_LEVELS.contains(lv.key())
              || k >= 2 && ADMIN_LEVELS.contains(ts.get(k - 2).key() + " " + lv.key()));
        }
        if (u.text().equals(",") || u.key().equals("và") || isNumber(u)) continue;
        // the first item follows the colon, which makes it clause-initial
        if (!u.word() || u.initial() && !ts.get(k - 1).text().equals(":")) return false;
        if (u.capitalised()) continue;
        // one counted word after a number ("13 nhà", "3 hộ"), nothing else in lower case
        if (!(k >= 1 && isNumber(ts.get(k - 1)))) return false;
      }
      return false;
    }

    /** A lower-case Latin epithet after a capitalised genus: "Aquilolamna milarcae". */
    boolean binomial(int j) {
      if (j >= n) return false;
      Token u = ts.get(j);
      if (!u.word() || u.capitalised() || u.text().length() < 4 || vietnameseSyllable(u.key())) return false;
      for (int k = 0; k < u.text().length(); k++) if (u.text().charAt(k) < 'a' || u.text().charAt(k) > 'z') return false;
      return true;
    }

    /** The type of the name just before "X và" / "X," when token i is the second of a pair of names, or null. */
    EntityType coordinated(int i) {
      if (i < 2 || out.isEmpty()) return null;
      Token c = ts.get(i - 1);
      if (!(c.key().equals("và") || c.text().equals(",") || c.isDash()) || ts.get(i).initial()) return null;
      EntityMention last = out.get(out.size() - 1);
      // "Bokeo, và Phongsaly": a comma before the "và" of a list.
      int prev = c.key().equals("và") && i >= 3 && ts.get(i - 2).text().equals(",") ? i - 3 : i - 2;
      if (last.end() != ts.get(prev).end()) return null;
      return last.type() == EntityType.LOCATION || last.type() == EntityType.ORGANIZATION ? last.type() : null;
    }

    /**
     * The run [i, j) follows a lone body after a comma or dash ("Chủ tịch UEFA, Aleksander Ceferin đã …") and no list
     * goes on around it: the body is not itself an item after a comma, "và", "như" or "gồm", and no comma or "và" with a
     * capitalised word follows the run ("như Fuji, BRG, Haiha Kotobuki, Dabaco" is a list of firms).
     */
    boolean appositionAfterBody(int i, int j) {
      if (ts.get(i - 1).key().equals("và")) return false;
      if (j + 1 < n && (ts.get(j).text().equals(",") || ts.get(j).key().equals("và") || ts.get(j).text().equals("&")
          || ts.get(j).key().equals("hay") || ts.get(j).key().equals("hoặc"))
          && ts.get(j + 1).capitalised() && !ts.get(j + 1).initial()) return false;
      EntityMention body = out.get(out.size() - 1);
      int p = body.start() - 1;
      while (p >= 0 && text.charAt(p) == ' ') p--;
      if (p < 0 || text.charAt(p) == ',' || text.charAt(p) == '&' || text.charAt(p) == '–' || text.charAt(p) == '-') return false;
      int w = p;
      while (w > 0 && Tokenizer.isWordChar(text.charAt(w - 1))) w--;
      String word = text.substring(w, p + 1);
      return !(word.equals("và") || word.equals("như") || word.equals("gồm") || word.equals("hay") || word.equals("hoặc"));
    }

    /** Every token in [from, to) is a capitalised word that cannot be a Vietnamese syllable. */
    boolean foreignRun(int from, int to) {
      for (int k = from; k < to; k++) {
        Token u = ts.get(k);
        if (!u.word() || !u.capitalised() || vietnameseSyllable(u.key())) return false;
      }
      return true;
    }

    /** True when every token in [from, to) looks like a Vietnamese syllable. */
    boolean allVietnamese(int from, int to) {
      for (int k = from; k < to; k++) if (!vietnameseSyllable(ts.get(k).key())) return false;
      return true;
    }

    boolean atLineStart(int i) {
      int p = ts.get(i).start() - 1;
      while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) p--;
      return p >= 0 && text.charAt(p) == '\n'; // the first line (a title) never counts
    }

    /** Index after the last token of the line that token i is on. */
    int lineEnd(int i) {
      int j = i + 1;
      while (j < n && j - i <= 8 && !newlineBetween(ts.get(j - 1).end(), ts.get(j).start())) j++;
      return j - i > 8 ? i : j; // a long line is no byline: give up early to stay linear
    }

    boolean newlineBetween(int from, int to) {
      for (int k = from; k < to; k++) if (text.charAt(k) == '\n') return true;
      return false;
    }

    /**
     * A whole line that is a byline ("Minh Phương": two to four capitalised words) or a source line
     * ("Theo Nikkei Asia"): returns the index after it having emitted the name, or -1.
     */
    int lineName(int i) {
      Token t = ts.get(i);
      if (!t.word() || !t.capitalised() || !atLineStart(i)) return -1;
      int e = lineEnd(i);
      if (e <= i) return -1;
      boolean source = t.key().equals("theo");
      int from = source ? i + 1 : i;
      int len = e - from;
      if (!source) {
        int two = coBylines(from, e);
        if (two > 0) return two;
      }
      // "Minh PhươngTổng hợp": a byline glued to "compiled" closes the article like a byline before "Theo …".
      if (!source && e - from >= 4 && e - from <= 6 && ts.get(e - 2).key().equals("tổng") && ts.get(e - 1).key().equals("hợp")
          && ts.get(e - 2).capitalised() && allVietnamese(from, e - 2)) {
        boolean names = true;
        for (int k = from; k < e - 2 && names; k++) names = ts.get(k).word() && ts.get(k).capitalised();
        if (names) {
          emit(from, e - 2, EntityType.PERSON);
          return e;
        }
      }
      for (int k = from; k < e; k++) {
        Token u = ts.get(k);
        if (!u.word() || !u.capitalised()) return -1;
      }
      if (!source) {
        for (int k = from + 2; k < e - 1 && k - from <= 4; k++) {
          if (!ts.get(k).key().equals("theo") || !allVietnamese(from, k)) continue;
          // "Minh PhươngTheo Sputnik": a byline glued to its source line.
          emit(from, k, EntityType.PERSON);
          emit(k + 1, e, EntityType.ORGANIZATION);
          return e;
        }
      }
      if (len < (source ? 1 : 2) || len > (source ? 5 : 4)) return -1;
      if (source) {
        // "Theo Reuters" is a source; "Theo Minh Vương" (a Vietnamese name not in the gazetteer) its author.
        boolean author = allVietnamese(from, e) && len >= 2 && gazetteerAt(from, Kind.ORG) != len;
        emit(from, e, author ? EntityType.PERSON : EntityType.ORGANIZATION);
        return e;
      }
      // A byline may open with a head word that is also a given name ("Trường Thịnh") when it closes the article.
      if (!allVietnamese(from, e) || (startsCue(from, true) && !(len <= 3 && closingLine(e)))) return -1;
      if (gazetteerAt(from, Kind.PLACE) == len || gazetteerAt(from, Kind.ORG) == len) return -1;
      emit(from, e, EntityType.PERSON);
      return e;
    }

    /** The line ending at token e is the article's last, or only a source line ("Theo …") follows it. */
    boolean closingLine(int e) {
      if (e >= n) return true;
      if (!ts.get(e).key().equals("theo") || !atLineStart(e)) return false;
      int f = lineEnd(e);
      return f > e && f >= n;
    }

    /**
     * "Quốc Anh - Nguyễn Trường": a line of two bylines joined by a dash, each two to four capitalised Vietnamese
     * syllables; emits both and returns the index after the line, or -1.
     */
    int coBylines(int from, int e) {
      int dash = -1;
      for (int k = from; k < e; k++) {
        Token u = ts.get(k);
        if (u.isDash()) {
          if (dash >= 0) return -1;
          dash = k;
        } else if (!u.word() || !u.capitalised() || !vietnameseSyllable(u.key())) {
          return -1;
        }
      }
      if (dash < 0 || dash - from < 2 || dash - from > 4 || e - dash - 1 < 2 || e - dash - 1 > 4) return -1;
      if (gazetteerAt(from, Kind.PLACE) > 0 || gazetteerAt(dash + 1, Kind.PLACE) > 0) return -1;
      emit(from, dash, EntityType.PERSON);
      emit(dash + 1, e, EntityType.PERSON);
      return e;
    }

    /** A quoted title after a work cue (ca khúc "Lonely", huy chương "…"): MISC; returns the index after the closing quote, or -1. */
    int quotedWork(int i) {
      Token q = ts.get(i);
      if (q.word() || !(q.text().equals("\"") || q.text().equals("“")) || i + 1 >= n) return -1;
      // Round 15: a straight quote glued to the word before it and followed by a space closes a quotation
      // ("… "Vô địch" Mayweather"), so it opens no title; nor does a title run on past its line.
      if (q.start() > 0 && Character.isLetterOrDigit(text.charAt(q.start() - 1)) && q.end() < text.length()
          && Character.isWhitespace(text.charAt(q.end()))) return -1;
      // "“2016 Global Slavery Index”": a title may open with its year.
      if (!ts.get(i + 1).capitalised() && !(yearLike(ts.get(i + 1)) && i + 2 < n && ts.get(i + 2).capitalised())) return -1;
      String w1 = i >= 1 && ts.get(i - 1).word() ? ts.get(i - 1).key() : "";
      String w2 = i >= 2 && ts.get(i - 2).word() ? ts.get(i - 2).key() + " " + w1 : "";
      if (!WORK_CUES.contains(w1) && !WORK_CUES.contains(w2)) {
        int close = quotedForeignTitle(i);
        if (close < 0 || gazetteerAt(i + 1, Kind.ORG) > 0 || gazetteerAt(i + 1, Kind.PLACE) > 0) return -1;
        emit(i + 1, close, EntityType.MISC);
        return close + 1;
      }
      for (int k = i + 2; k < n && k < i + 16; k++) {
        Token u = ts.get(k);
        if (u.word()) continue;
        String x = u.text();
        if (x.equals("\"") || x.equals("”")) {
          emit(i + 1, k, EntityType.MISC);
          return k + 1;
        }
        if (x.equals(".") || x.equals("\n")) return -1;
      }
      return -1;
    }

    void emitSpan(int s, int e, EntityType type) {
      out.add(new EntityMention(s, e, text.substring(s, e), type, null));
    }

    /**
     * Round 16: "ông Q. tại …", "em H. (…)", "ông Nguyễn Thanh Q. để …": "Q.", "H.", "P." with no name after them (a
     * lower-case word, punctuation or the end follows) are a person's initial, not the short "quận", "huyện", "phường",
     * when a person cue or a person's name stands right before them; the name takes the initial.
     */
    boolean cueInitial(int i, int end) {
      Token t = ts.get(i);
      if (t.text().length() != 2 || t.text().charAt(1) != '.' || end < n && (ts.get(end).capitalised() || isNumber(ts.get(end)))) {
        return false;
      }
      int last = out.size() - 1;
      if (last >= 0 && i > 0 && out.get(last).type() == EntityType.PERSON && out.get(last).end() == t.start() - 1
          && out.get(last).text().indexOf(' ') > 0
          && ts.get(i - 1).end() == t.start() - 1 && !pendingPerson) {
        EntityMention prev = out.get(last);
        out.set(last, new EntityMention(prev.start(), t.end(), text.substring(prev.start(), t.end()), EntityType.PERSON, null));
      } else if (pendingPerson || cuedInitials != null && cuedInitials.indexOf(t.text().charAt(0)) >= 0) {
        emit(i, end, EntityType.PERSON);
        if (pendingPerson) cuedInitials = cuedInitials == null ? t.text() : cuedInitials + t.text();
      } else {
        return false;
      }
      clearPending();
      return true;
    }

    /** The initials "Q.", "H.", "P." found after a person cue so far; the same initial without its cue is that person. */
    String cuedInitials;

    void emit(int from, int to, EntityType type) {
      int s = ts.get(from).start();
      int e = ts.get(to - 1).end();
      // "UBKT Tỉnh ủy Phú Yên", "Ban Thường vụ TƯ Đoàn Thanh niên": a body ending in an acronym right before a
      // headed body it belongs to is one name (Vietnamese drops the "của").
      if (type == EntityType.ORGANIZATION && !out.isEmpty() && from > 0 && ts.get(from - 1).acronym()
          && ts.get(from - 1).end() + 1 == s && text.charAt(s - 1) == ' ' && !ts.get(from).initial()
          && (LEX.find(ts.get(from).key(), Kind.ORG_HEAD) != null || ts.get(from).key().equals("đoàn")
              || from + 1 < to && LEX.find(ts.get(from).key() + " " + ts.get(from + 1).key(), Kind.ORG_HEAD) != null)) {
        int last = out.size() - 1;
        EntityMention prev = out.get(last);
        if (prev.type() == EntityType.ORGANIZATION && prev.end() == ts.get(from - 1).end() && !weak.get(last)) {
          out.set(last, new EntityMention(prev.start(), e, text.substring(prev.start(), e), type, null));
          return;
        }
      }
      out.add(new EntityMention(s, e, text.substring(s, e), type, null));
    }
  }
}
