package dev.storyline.analysis.quote;

import dev.storyline.analysis.WordSet;
import dev.storyline.analysis.quantity.Tokens;
import dev.storyline.analysis.quantity.Tokens.Kind;
import dev.storyline.analysis.quantity.Tokens.Token;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import dev.storyline.model.Quote;
import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds direct quotes and reported speech with their speakers.
 *
 * <p>Direct quotes: text between “…”, «…», ‘…’, "…" or '…' on one line. A quote of fewer than
 * {@value #MIN_QUOTE_WORDS} words with no speech verb around it is a scare quote and skipped.
 * The speaker comes from the clause before the quote ("X nói:", "… dẫn lời X:") or after it
 * ("…", X thông báo.). Reported speech: SUBJECT + speech verb + (rằng|:)? + CONTENT, one per
 * sentence, skipped when the content holds a direct quote (the direct quote already covers it).
 * The speaker is the head of the subject phrase: its first PERSON mention, else its first
 * ORGANIZATION, else the phrase as written (title kept: "bà Romanowski", "Nhà lãnh đạo này"), else
 * the source of a trailing ", theo X." (direct quotes only). An apposition between name and verb
 * ("X, một chuyên gia…, cho rằng") gives the name before it. A pronoun subject ("Ông", "Bà này")
 * resolves to the last PERSON mention (within 600 chars) whose title fits its gender and is
 * returned as pronoun + name ("ông Larcombe"); unresolved it stays as written. A direct quote with
 * no attribution continues the previous quote's speaker, else takes the first person of the
 * previous sentence. Quoted words inside a reported clause are scare quotes: the reported quote
 * is kept, the direct one dropped. The verb is null for quotes introduced only by "dẫn lời",
 * by a colon or a name with an unlisted verb, or unattributed.
 * Direct quotes are paired on one line (never across '\n'), so they may cross sentence ends;
 * reported speech needs {@code sentences} (none are found when the list is empty).
 */
public final class QuoteExtractor {
  static final int MIN_QUOTE_WORDS = 4;
  /** Without any attribution a quoted run must be longer: short ones are titles ("Top Billboard 200"). */
  static final int MIN_UNATTRIBUTED_WORDS = 6;
  static final Set<String> SPEECH_VERBS = WordSet.of(
      "nói", "cho biết", "cho hay", "khẳng định", "nhấn mạnh", "cho rằng", "nhận định", "tuyên bố",
      "cảnh báo", "thông báo", "bày tỏ", "xác nhận", "tiết lộ", "lên án", "nêu rõ", "phát biểu",
      "chia sẻ", "thừa nhận", "bác bỏ", "dẫn lời", "bình luận", "kể", "phủ nhận", "thú nhận",
      "nói thêm", "nhận xét", "giải thích", "phản bác", "bao biện", "tin rằng", "đưa tin", "trả lời");
  /**
   * Verbs that report speech only when "rằng" or a colon follows them, or when they close the
   * attribution after a quote ("tờ báo viết: …", "… - tờ X viết thêm."): alone they are everyday
   * verbs ("viết sách", "chỉ ra lỗi").
   */
  static final Set<String> RANG_ONLY_VERBS = WordSet.of(
      "viết", "viết thêm", "chỉ ra", "thống kê", "phân tích", "lưu ý", "nhắc lại", "kể lại", "thông tin", "dự đoán",
      // "đưa ra kết luận rằng …": the conclusion of authors or a study, reported like speech
      "kết luận",
      // "vị lãnh đạo X thông tin thêm.", "gia đình ông Y khai báo, …": telling and declaring to officials
      "thông tin thêm", "khai báo", "khai nhận",
      // round 9: "tài xế lý giải, do …", "anh X nhớ lại: …": explaining and recalling, like "kể lại"
      "lý giải", "nhớ lại",
      // round 13: confiding, pouring one's heart out, pleading one's case, advising, correcting, threatening,
      // urging: before a colon or "rằng", or closing the attribution after a quote ("X tâm sự: …",
      // "… - vị giám đốc đính chính.")
      "tâm sự", "bộc bạch", "trải lòng", "phân trần", "khuyến cáo", "đính chính", "đe doạ", "đe dọa", "nhắn nhủ",
      "góp ý",
      // round 20: "bị cáo X khai rằng …", "Ông Y khai: …", "các nhân chứng trình báo rằng …": testifying and reporting to
      // the police (round 12's gold choice), only before "rằng", a colon or a quote mark
      "khai", "trình báo");
  private static final Tokens.Lexicon VERB_LEX = Tokens.Lexicon.of(union(SPEECH_VERBS, RANG_ONLY_VERBS));

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> u = new java.util.HashSet<>(a);
    u.addAll(b);
    return WordSet.copyOf(u);
  }
  /** Conjunctions before an idiomatic "phải" + speech verb ("nhưng phải thừa nhận"). */
  private static final Set<String> IDIOM_LINKS = WordSet.of("nhưng", "song", "và");
  /** Verbs that cannot be read as nouns, so they skip the predicate-position test. */
  private static final Set<String> ALWAYS_VERBS = WordSet.of("cho biết", "cho hay", "cho rằng", "nêu rõ", "dẫn lời");
  /** A speech word right after these is a noun ("một tuyên bố", "bài phát biểu", "theo thông báo"). */
  private static final Set<String> NOUN_MARKERS = WordSet.of(
      "một", "các", "những", "mỗi", "bản", "lời", "cuộc", "sự", "việc", "theo", "được", "của", "trong",
      "buổi", "bài", "ra", "có", "bị", "nghe", "như", "nhằm", "để", "với", "tại", "thông", "cáo",
      // "Điều đáng nói là …", "góp thêm tiếng nói": idioms and nouns, not a speaker talking
      "đáng", "tiếng", "giọng",
      // "gửi thông báo", "gửi lời cảnh báo": a speech noun sent, not said; "phát cảnh báo": issued
      "gửi", "phát",
      // "mở thông báo": a notification opened
      "mở",
      // round 9: "giấy xác nhận" (a certificate), "phần chia sẻ" (a talk), "dòng cảnh báo" (a printed line)
      "giấy", "phần", "dòng",
      // "dấu hiệu cảnh báo", "tín hiệu cảnh báo": a sign, not a warning given
      "hiệu");
  /** Round 18: the press or a question answered right after "trả lời" (see verbAt). */
  private static final Set<String> ANSWERED = WordSet.of("báo chí", "báo giới", "phóng viên", "câu hỏi", "phỏng vấn");
  /** Round 17: two-word nouns a speech word qualifies ("hệ thống cảnh báo", "động thái khẳng định"). */
  private static final Set<String> NOUN_HEADS = WordSet.of("hệ thống", "động thái");
  /**
   * Round 10: lower-case only (as names, "ông Nghìn", they are subjects): "hàng nghìn bình luận"
   * (comments counted), "dán thông báo" (notices posted). ("thư xác nhận", a letter, was tried and
   * dropped: "bệnh nhân ung thư cho biết" speaks.)
   */
  private static final Set<String> LOWER_NOUN_MARKERS = WordSet.of("nghìn", "ngàn", "trăm", "dán",
      // round 15: "nhận thông báo rằng …" (a notice received, its sender unnamed)
      "nhận",
      // round 18: "câu trả lời" (an answer), "như cách nói của …" (a way of putting it): nouns; capitalised they may
      // be names ("ông Cách nói"), so lower case only
      "câu", "cách",
      // round 24: "hàng nghìn lượt bình luận và chia sẻ", "100 lượt chia sẻ": counts of comments and shares ("lần lượt
      // xác nhận", in turn, still speaks)
      "lượt");
  /**
   * Round 15: a clause that opens with one of these, then at most two count words (COUNT_WORDS, a number), then a speech
   * word, holds a noun ("Sau phát biểu khai mạc …", "Qua thống kê, …", "Trong 1 tuyên bố gần đây, …", "Sau nhiều lần bác
   * bỏ, …"): the words before it are no speaker.
   */
  private static final Set<String> PHRASE_PREPOSITIONS = WordSet.of("sau", "qua", "trước", "trong", "với", "tại", "theo", "từ");
  private static final Set<String> COUNT_WORDS = WordSet.of("một", "lần", "nhiều", "vài", "mấy", "các", "những");
  /** "nhà phân tích", "nhà bình luận": professions ("tòa nhà cho biết" keeps its verb). */
  private static final Set<String> PROFESSION_VERBS = WordSet.of("phân tích", "bình luận");
  /** …and a speech word right before these is a noun too ("tuyên bố này", "vụ việc nói trên"). */
  private static final Set<String> NOUN_FOLLOWERS = WordSet.of(
      "này", "trên", "đó", "của", "chung", "riêng", "ấy", "chính", "chính thức", "mới",
      // "khẳng định được vị thế", "nói được tiếng Anh": an ability or an achievement, not speech
      "được");
  /** Words that end a subject phrase when walking back from the verb. */
  private static final Set<String> SUBJECT_BOUNDARY_WORDS = WordSet.of(
      "mà", "và", "nhưng", "khi", "rằng", "thì", "lời", "theo", "song", "vì", "nên", "bởi", "nếu",
      // "phủ định hoặc khẳng định", "một khu vực nơi Mỹ nói là"
      "hoặc", "nơi",
      // round 8: "… mặc dù X nói …": a concessive opens a clause of its own ("tuy" stays out: "Tuy nhiên X")
      "dù");
  /** "X thúc đẩy Y kêu gọi …": the speaker is the object Y, so the subject stops at the causative verb. */
  private static final Set<String> CAUSATIVES = WordSet.of(
      "thúc đẩy", "khiến", "buộc", "yêu cầu", "đề nghị", "để", "giúp", "cho phép", "kêu gọi", "dẫn",
      // round 14: "Khảo sát của Viện X cho thấy 30% người dân nói rằng": what a study shows is a clause of its own
      "cho thấy");
  /** Words that start a verb's object or complement rather than reported content. */
  private static final Set<String> NON_CONTENT_STARTS = WordSet.of(
      "lời", "với", "về", "chuyện", "dối", "thật", "gì", "cho", "tiếng", "trong", "khi", "hồi", "tại", "trước",
      // round 15: "nói xấu bạn mình" (to badmouth), "nói tục" (to swear): an act, not a statement
      "xấu", "tục");
  /** Time and place words that may open a reported clause right after a verb that always reports. */
  private static final Set<String> CLAUSE_OPENERS = WordSet.of("trong", "khi", "hồi", "tại", "trước");
  /**
   * "bày tỏ sự tiếc thương", "thông báo ý định …": right after these verbs (no "rằng", no comma) a
   * nominalised word opens the verb's object; after "cho rằng, sự có mặt…" it opens a clause.
   */
  private static final Set<String> NOMINAL_OBJECT_VERBS = WordSet.of("bày tỏ", "khẳng định", "thông báo", "cảnh báo", "nhấn mạnh");
  private static final Set<String> NOMINALISERS = WordSet.of("sự", "niềm", "nỗi", "lòng", "ý", "mức");
  /** A subject longer than this is a glued headline or a clause, not a speaker. */
  private static final int MAX_SUBJECT_WORDS = 14;
  /** Adverbs between subject and verb ("Ông X còn nói", "bà Y cũng cho biết"). */
  private static final Set<String> ADVERBS = WordSet.of(
      "còn", "cũng", "đã", "vừa", "mới", "từng", "lại", "liên tiếp", "tiếp tục", "đều", "thì", "hôm qua",
      "hôm nay", "trước đó", "sau đó", "hiện", "nay", "sẽ", "đang", "trước", "thêm", "liên tục",
      "thường xuyên", "luôn", "lập tức", "ngay", "công khai", "nhiều lần", "có thể", "bất ngờ", "chính thức",
      "không", "chưa", "vẫn", "đã từng", "ban đầu", "xúc động", "thẳng thắn", "thẳng thừng", "dứt khoát",
      // "Nga tái khẳng định": re-affirms
      "tái",
      // round 12: "Ankara từ lâu cho rằng": since long ago
      "từ lâu",
      // round 15: "Cô đồng thời tiết lộ", "Tình báo nước X mới đây thông báo", "Công an bước đầu nhận định", "Bộ Y một lần
      // nữa khẳng định" (three words, see speakerBefore); "gần đây" only where it is no place (see nearHere)
      "đồng thời", "mới đây", "gần đây", "bước đầu", "lúc đầu", "một lần nữa", "lần nữa");
  /**
   * Round 14: more words between subject and verb, stripped only when written in lower case: "Triều Tiên chỉ xác nhận",
   * "Tài khoản này không quên khẳng định", "anh ta hào hứng nói" (a manner, not part of the speaker).
   */
  private static final Set<String> MANNER_ADVERBS = WordSet.of(
      "chỉ", "không quên", "hào hứng", "vui vẻ", "hồ hởi", "phấn khởi", "tự hào", "bức xúc", "nghẹn ngào", "lo lắng",
      "buồn bã", "thành thật",
      // round 15: "Nước X thậm chí còn tuyên bố", "Nhiều cư dân mạng hài hước cho rằng", "Công ty này tự tin khẳng định"
      "thậm chí", "hài hước", "tự tin",
      // round 17: "gã đành thừa nhận", "các bị can buộc phải thừa nhận": resigned or compelled, not part of the speaker
      "đành", "buộc phải", "phải",
      // round 20: "ông cũng nhanh chóng nhắc lại rằng" (quickly)
      "nhanh chóng");
  /** Time adverbs that may open a clause before its subject. */
  private static final Set<String> LEADING_ADVERBS = WordSet.of(
      "năm ngoái", "năm trước", "ban đầu", "sau đó", "trước đó", "hiện nay", "cùng ngày", "hôm qua", "hôm nay",
      "gần đây", "mới đây", "sau cùng", "cuối cùng", "đồng thời", "tuy nhiên", "ngoài ra", "hiện", "nay",
      // round 9: "Trong khi đó X tuyên bố": the subject walk stops at "khi", leaving "đó" in front
      "đó",
      // round 15: "Bước đầu nhà chức trách nhận định", "lúc đầu đại diện nhà hàng cho biết"
      "bước đầu", "lúc đầu", "trước đây",
      // round 19: "…, trong đó nhiều người cho rằng", "…bản báo cáo, trong đó nhấn mạnh": "trong đó" (in which, among
      // whom) links back to what was just named and is no part of the speaker; with nothing after it the subject is
      // empty and only an apposition before the comma may speak
      "trong đó");
  /** Subject pronouns that stand for a person named earlier ("Ông", "Bà này", "anh ấy"). */
  private static final Set<String> PRONOUN_HEADS = WordSet.of("ông", "bà", "anh", "chị", "cô", "cậu", "em", "ngài");
  private static final Set<String> PRONOUN_TAILS = WordSet.of("", "này", "ấy", "ta", "đó");
  /** Titles before a name that tell its gender/age, so "Bà" does not resolve to "ông X". */
  private static final Set<String> MALE_TITLES = WordSet.of("ông", "anh", "cậu", "chú", "ngài", "bác");
  private static final Set<String> FEMALE_TITLES = WordSet.of("bà", "chị", "cô", "nữ");
  /** How far back (characters) a pronoun or an unattributed quote looks for its person. */
  private static final int ANTECEDENT_WINDOW = 600;
  /** A time phrase inside a subject starts with these ("người phát ngôn X ngày 20-11 nói"). */
  private static final Set<String> TIME_WORDS = WordSet.of(
      "ngày", "hôm", "sáng", "chiều", "tối", "trưa", "đêm", "tuần", "tháng", "năm", "lúc", "vào",
      // round 20: "Truyền thông Nga hồi tháng 7 cho biết" (lower case and before a time word only, see timePhraseAt)
      "hồi");
  private static final int MAX_QUOTE_CHARS = 2000;
  /**
   * Nouns that name what the quote marks hold ("thông điệp “…”", "khẩu hiệu "…"", "chủ đề “…”"): a
   * slogan or title, not somebody's words, unless a speech verb introduces it directly.
   */
  private static final Set<String> TITLE_NOUNS = WordSet.of(
      "thông điệp", "khẩu hiệu", "chủ đề", "tiêu đề", "slogan", "tên gọi", "biệt danh", "chiến dịch",
      "cuộc thi", "chương trình", "dòng chữ", "logo", "bài hát", "ca khúc", "bộ phim", "cuốn sách", "tác phẩm",
      "phong trào", "giải thưởng", "danh hiệu",
      // round 16: a charge in marks ("bị khởi tố về tội “…”") names an offence, nobody says it
      "tội", "tội danh",
      // round 20: a case, an article, a term or a brand named in marks ('Liên quan đến vụ "…"', 'bài viết “…”',
      // 'cụm từ "…"', 'thương hiệu “…”'): a name, nobody says it
      "vụ", "vụ việc", "vụ án", "bài viết", "bài báo", "cụm từ", "thương hiệu", "nhãn hiệu", "tựa đề",
      // round 24: an event, an initiative or a name given ('tại hội thảo "…"', 'Sáng kiến “…”', 'được mệnh danh là
      // "…"', 'có tên là "…"', 'cuộc gọi mạo danh "…"', 'đăng tin "…"'): a name, nobody says it
      "hội thảo", "tọa đàm", "toạ đàm", "hội nghị", "diễn đàn", "triển lãm", "sáng kiến", "album", "chuyên mục",
      "đề án", "mệnh danh là", "có tên là", "tên là", "mang tên", "mạo danh", "đăng tin");
  private static final Tokens.Lexicon TITLE_LEX = Tokens.Lexicon.of(TITLE_NOUNS);
  /**
   * Verbs that attribute a quote only when they follow it ("“…?”, một phóng viên đặt câu hỏi."):
   * before a quote or alone they are everyday verbs.
   */
  private static final Tokens.Lexicon AFTER_QUOTE_VERBS = Tokens.Lexicon.of(WordSet.of(
      "hỏi", "đặt câu hỏi", "hỏi lại", "thắc mắc", "đáp", "đáp lời", "thốt lên", "hét lên", "reo lên", "nhắn",
      // round 9: '“…” - anh X nhớ lại và kể …'
      "nhớ lại",
      // round 14: '“…”, hãng X nêu thêm.'
      "nêu thêm"));
  /**
   * Round 23: verbs that attribute a quote only as the last words of the clause right after it ('“…”, văn bản nêu.',
   * '“…”, một cư dân bức xúc.', '“…”, thông cáo viết.'); elsewhere they are everyday verbs or nouns.
   */
  private static final Tokens.Lexicon CLOSING_AFTER_VERBS = Tokens.Lexicon.of(WordSet.of(
      "nêu", "viết", "có đoạn", "đánh giá", "bức xúc", "miêu tả", "mô tả", "nêu ý kiến", "nêu quan điểm", "phản ánh",
      "chỉ rõ", "bổ sung", "gào lên", "than thở", "băn khoăn", "đặt vấn đề", "châm biếm", "kiến nghị", "đề nghị",
      "đề xuất", "trình bày", "kêu gọi", "hồi tưởng", "dẫn chứng", "lo ngại", "thuật lại", "tiếp lời", "trần tình",
      "gợi ý", "yêu cầu", "chỉ trích"));
  private static final Set<String> NEGATIONS = WordSet.of("không", "chưa", "chẳng", "chả");
  /** Paragraphs a quote left open at a line end may run on before its close mark (see closeOnNextLine). */
  private static final int MAX_OPEN_PARAGRAPHS = 3;
  /** "huyện X (Y)" after a comma in a subject: the address of the body named before it, not a speaker. */
  private static final Set<String> PLACE_APPOSITIONS = WordSet.of(
      "huyện", "tỉnh", "xã", "thị trấn", "thị xã", "thành phố", "quận", "phường", "tp", "thôn", "ấp", "bang");
  /** "Nhóm X đưa ra kết luận rằng", "ra tuyên bố rằng": a light verb before a speech noun is not the subject. */
  private static final Set<String> LIGHT_VERBS = WordSet.of("ra", "đưa ra", "phát đi", "đưa", "đi đến", "rút ra");

  /**
   * mixed: a curly open mark closed by a straight one (round 9) or a straight one closed by a curly one (round 12),
   * trusted only with an adjacent attribution.
   */
  private record Span(int open, int close, boolean mixed) {
    Span(int open, int close) { this(open, close, false); }
  }

  /** adjacent: the verb directly introduces the quote (only "rằng", ':' or ',' between them). */
  private record Attribution(String speaker, String verb, boolean adjacent) {}

  public List<Quote> find(String text, List<Sentence> sentences, List<EntityMention> mentions) {
    return find(text, sentences, mentions, Tokens.scan(text, 0, text.length()));
  }

  /** As above with the article's tokens already made ({@code Tokens.scan(text, 0, text.length())}, shared with the quantity stage). */
  public List<Quote> find(String text, List<Sentence> sentences, List<EntityMention> mentions, List<Token> all) {
    // sorted by start once, so every lookup below is a binary search plus a short walk
    List<EntityMention> entities = new ArrayList<>(mentions);
    entities.sort((x, y) -> Integer.compare(x.start(), y.start()));
    List<Quote> out = new ArrayList<>();
    List<Span> accepted = new ArrayList<>();
    java.util.Set<Integer> unattributed = new java.util.HashSet<>();
    List<Span> spans = quoteSpans(text);
    for (int si = 0; si < spans.size(); si++) {
      Span q = spans.get(si);
      int cs = q.open() + 1;
      int ce = q.close();
      while (cs < ce && Character.isWhitespace(text.charAt(cs))) cs++;
      while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) ce--;
      if (cs >= ce) continue;
      List<Token> inside = Tokens.scan(text, cs, ce);
      int words = countWords(inside);
      Attribution a = attributionBefore(text, sentences, q.open(), entities, spans);
      if (a == null) a = attributionOnLineBefore(text, sentences, q.open(), entities, spans);
      if (a == null) a = attributionAfter(text, q.open(), q.close() + 1, entities);
      // round 13: 'Báo X gọi đội Y là "…"': with no other speaker, the one who names the object so is the
      // source ('… là "…" và nhấn mạnh …' keeps its verb); only for a quote long enough to stand unattributed
      // (no new quotes)
      if ((a == null || a.speaker() == null) && words >= MIN_UNATTRIBUTED_WORDS) {
        Attribution n = namingAttribution(text, sentences, q.open(), entities);
        if (n != null) a = a == null ? n : new Attribution(n.speaker(), a.verb(), a.adjacent());
      }
      // round 15: 'Sau “Tây Du Ký”, X …', 'phim “Tuổi Thanh Xuân 2”': a short run of capitalised words is a title, not
      // speech, unless a speech verb directly introduces it ('“Tỉnh Philippines, Trung Quốc”, ông X nói')
      if ((a == null || a.verb() == null || !a.adjacent()) && capitalisedTitle(text, inside, words)) continue;
      // A short quote is a scare quote ('xâm lược') unless a speech verb directly introduces it.
      if (words < MIN_QUOTE_WORDS && (a == null || !a.adjacent())) continue;
      if (a == null && words < MIN_UNATTRIBUTED_WORDS) continue;
      if ((a == null || !a.adjacent()) && titleNounBefore(text, q.open())) continue;
      // round 26: 'các môn "Toán ứng dụng", "Kỹ năng sống" và "…"', 'tội "Lừa đảo …", "Vi phạm
      // …"': a short capitalised phrase in marks listed next to another one (only a comma or "và" between) is a name
      // of a course, a charge or a prize, not speech, unless a speech verb directly introduces it (a few character
      // tests at the marks)
      // (the span still shields its words from being read as a reported clause: 'lựa chọn "Thử nghiệm cảnh báo …"')
      if ((a == null || !a.adjacent()) && listedLabel(text, spans, si, cs, ce, inside, words)) { accepted.add(q); continue; }
      // a mixed pair without a speech verb at its side is a title or a slogan ('mô hình “Kè …"')
      if (q.mixed() && (a == null || !a.adjacent())) continue;
      String speaker = a == null ? null : a.speaker();
      if (speaker == null) speaker = trailingSource(text, sentenceAt(text, sentences, q.open()));
      // 'tin nhắn … với nội dung “…”': the words of a message or sign, whose writer is not named
      if (a == null && speaker == null && contentNounBefore(text, sentences, q.open())) unattributed.add(cs);
      accepted.add(q);
      out.add(new Quote(cs, ce, text.substring(cs, ce), speaker, null, a == null ? null : a.verb(), true));
    }
    // sentences take sub-lists of the article's one token list
    java.util.Set<Integer> scare = new java.util.HashSet<>();
    // the sentences come in order, so one cursor walks the token list once (each sentence's tokens lie next to each
    // other in memory, made in order) instead of two binary searches each, whose probes jump across the heap
    int b = 0;
    for (Sentence s : sentences) {
      int a = b > 0 && all.get(b - 1).start() >= s.start() ? firstTokenAtOrAfter(all, s.start()) : b; // out of order
      while (a < all.size() && all.get(a).start() < s.start()) a++;
      b = a;
      while (b < all.size() && all.get(b).start() < s.end()) b++;
      int end = b;
      while (end > a && all.get(end - 1).end() > s.end()) end--;
      if (end > a) reported(text, all.subList(a, end), entities, accepted, out, scare);
    }
    if (!scare.isEmpty()) out.removeIf(q -> q.direct() && scare.contains(q.start()));
    // "X cho biết: A. B." without quote marks: the statement runs on through the paragraph's next
    // sentences until one holds a quote mark or a speech verb of its own (a new speaker)
    for (int i = 0; i < out.size(); i++) {
      Quote q = out.get(i);
      if (q.direct() || !colonBefore(text, q.start())) continue;
      int end = runOn(text, sentences, all, q.end());
      if (end > q.end()) out.set(i, new Quote(q.start(), end, text.substring(q.start(), end), q.speaker(), q.speakerEntity(), q.verb(), false));
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    // A direct quote with no attribution at all continues the person quoted just before, else the
    // first person named in the sentence before it (the subject of that sentence).
    for (int i = 0; i < out.size(); i++) {
      Quote q = out.get(i);
      if (!q.direct() || q.speaker() != null || q.verb() != null || unattributed.contains(q.start())) continue;
      // round 21: 'được mô tả là một “…” về vụ …', 'Chương trình “…” và chuyến thăm …': marks with a word right before
      // and a lower-case word right after sit inside a sentence that goes on; a term or a title there is nobody's
      // turn, so it inherits no speaker, unless its own sentence names the speaker before it ('Ông X chỉ trích những
      // "…" từ …' after X's quote) (a few character tests at the marks, then one search of the sentence before the mark)
      if (embedded(text, q.start(), q.end()) && !(i > 0 && out.get(i - 1).speaker() != null
          && namedBefore(text, sentenceAt(text, sentences, q.start())[0], q.start(), out.get(i - 1).speaker()))) continue;
      String who = null;
      if (i > 0 && out.get(i - 1).speaker() != null && q.start() - out.get(i - 1).end() < ANTECEDENT_WINDOW) {
        who = out.get(i - 1).speaker();
      } else {
        int[] cur = sentenceAt(text, sentences, Math.max(0, q.start() - 1));
        int[] prev = cur[0] > 0 ? sentenceAt(text, sentences, cur[0] - 1) : null;
        if (prev != null) who = firstPerson(prev[0], Math.min(prev[1], q.start()), entities);
      }
      // round 23: 'Damascus coi chiến dịch là “…”', 'Tổ chức X tính toán rằng “…”': a quote opened after a word of a
      // sentence whose subject, named before the mark, is not the speaker it would inherit belongs to that subject
      // (one look back at the mark; only then a sentence look-up and a walk over its mentions)
      if (who != null && midSentence(text, q.start())) {
        String own = ownSubject(text, sentences, q.start(), entities);
        if (own != null && !own.contains(who) && !who.contains(own)
            && !namedBefore(text, sentenceAt(text, sentences, q.start())[0], q.start(), who)) who = own;
      }
      if (who != null) out.set(i, new Quote(q.start(), q.end(), q.text(), who, null, null, true));
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- direct quotes

  /** Round 26: words of speech, not of a name (persons, address, particles, degree), see listedLabel. */
  private static final Set<String> SPOKEN_WORDS = WordSet.of("tôi", "mình", "em", "anh", "chị", "cô", "ông",
      "bà", "chúng tôi", "chúng ta", "ta", "hả", "nhé", "nha", "ạ", "ơi", "quá", "luôn", "đi", "rồi", "không");

  /** Round 26: most words of a listed label (see listedLabel). */
  static final int LABEL_WORDS = 12;

  /**
   * Round 26: the span si (content cs..ce, {@code words} words) opens with a capital, holds no sentence end and stands
   * in a list with the span before or after it: between the two marks only spaces, a comma, "và" or "hoặc".
   */
  private static boolean listedLabel(String text, List<Span> spans, int si, int cs, int ce, List<Token> inside, int words) {
    if (words > LABEL_WORDS || !Character.isUpperCase(text.charAt(cs))) return false;
    // a person speaking or addressed ("Con không muốn …", "… hả chị", "… quá tệ"): a remark in a list of remarks
    for (Token t : inside) if (SPOKEN_WORDS.contains(t.lower())) return false;
    for (int i = cs; i < ce; i++) {
      char ch = text.charAt(i);
      if (ch == '.' || ch == '!' || ch == '?' || ch == '\n') return false;
    }
    Span q = spans.get(si);
    return si > 0 && listGap(text, spans.get(si - 1).close() + 1, q.open())
        || si + 1 < spans.size() && listGap(text, q.close() + 1, spans.get(si + 1).open());
  }

  /** Round 26: text[from, to) is a list joint: a comma and/or "và" / "hoặc" with spaces, at most 8 characters. */
  private static boolean listGap(String text, int from, int to) {
    if (from > to || to - from > 8) return false;
    int i = from;
    while (i < to && text.charAt(i) == ' ') i++;
    if (i < to && text.charAt(i) == ',') i++;
    while (i < to && text.charAt(i) == ' ') i++;
    if (text.startsWith("và", i) && i + 2 <= to) i += 2;
    else if (text.startsWith("hoặc", i) && i + 4 <= to) i += 4;
    while (i < to && text.charAt(i) == ' ') i++;
    return i == to && to > from;
  }

  /** Round 23: a letter or digit right before the opening mark of the quote starting at {@code start} (spaces skipped). */
  private static boolean midSentence(String text, int start) {
    int o = start - 1;
    while (o > 0 && text.charAt(o) == ' ') o--; // the opening mark
    int p = o - 1;
    while (p >= 0 && text.charAt(p) == ' ') p--;
    return p >= 0 && Character.isLetterOrDigit(text.charAt(p));
  }

  /**
   * Round 23: the subject named in the quote's own sentence before its mark: the first person there, else the first
   * organisation, else a place that opens the sentence or its clause after a comma ('Damascus coi …'); null if none.
   */
  private static String ownSubject(String text, List<Sentence> sentences, int start, List<EntityMention> es) {
    int from = sentenceAt(text, sentences, start)[0];
    int to = start - 1;
    while (to > from && text.charAt(to) != '“' && text.charAt(to) != '"' && text.charAt(to) != '«') to--;
    if (to <= from || barePronoun(text, from, to)) return null;
    String who = firstPerson(from, to, es);
    if (who == null) who = firstOrganization(text, from, to, es);
    if (who != null) return who;
    for (int i = lowerBound(es, from); i < es.size() && es.get(i).start() < to; i++) {
      EntityMention m = es.get(i);
      if (m.type() != EntityType.LOCATION || m.end() > to) continue;
      int b = m.start() - 1;
      while (b >= from && text.charAt(b) == ' ') b--;
      return b < from || text.charAt(b) == ',' ? m.text() : null;
    }
    return null;
  }

  /**
   * Round 23: a pronoun head ('ông', 'bà', …) in [from, to) with no capitalised name after it ('Theo bà, …', 'bởi ông
   * “…”'): the sentence refers back to someone already named (a character walk over the one sentence).
   */
  private static boolean barePronoun(String text, int from, int to) {
    for (int x = from; x < to; x++) {
      if (x > from && Character.isLetter(text.charAt(x - 1))) continue;
      char c = text.charAt(x);
      if (!Character.isLetter(c) || (Character.isUpperCase(c) && x > from)) continue;
      int y = x;
      while (y < to && Character.isLetter(text.charAt(y))) y++;
      if (y - x > 4 || !PRONOUN_HEADS.contains(text.substring(x, y).toLowerCase(java.util.Locale.ROOT))) { x = y; continue; }
      int z = y;
      while (z < text.length() && text.charAt(z) == ' ') z++;
      if (z >= text.length() || !Character.isUpperCase(text.charAt(z))) return true;
      x = y;
    }
    return false;
  }

  /** Round 21: [from, to) of the text names the speaker ("ông X" also as "X"). */
  private static boolean namedBefore(String text, int from, int to, String speaker) {
    int sp = speaker.indexOf(' ');
    String name = sp > 0 && PRONOUN_HEADS.contains(speaker.substring(0, sp)) ? speaker.substring(sp + 1) : speaker;
    // a search bounded by the sentence before the mark, never the rest of the text
    if (name.isEmpty()) return false;
    char c0 = name.charAt(0);
    for (int x = from; x + name.length() <= to; x++) {
      if (text.charAt(x) == c0 && text.startsWith(name, x)) return true;
    }
    return false;
  }

  /** Round 21: the quote [start, end) has a letter right before its opening mark and a lower-case letter after its close. */
  private static boolean embedded(String text, int start, int end) {
    int o = start - 1;
    while (o > 0 && text.charAt(o) == ' ') o--; // the opening mark
    int p = o - 1;
    while (p >= 0 && text.charAt(p) == ' ') p--;
    if (p < 0 || !Character.isLetter(text.charAt(p))) return false;
    int c = end;
    while (c < text.length() && text.charAt(c) == ' ') c++; // the closing mark
    int d = c + 1;
    while (d < text.length() && text.charAt(d) == ' ') d++;
    return d < text.length() && Character.isLowerCase(text.charAt(d));
  }

  /** "nội dung" or "tin nhắn" earlier in the quote's sentence: the quote holds a message's words. */
  private static boolean contentNounBefore(String text, List<Sentence> sentences, int open) {
    // a bounded look back (at most 120 characters of the same sentence), never a scan of the whole text
    int from = Math.max(sentenceAt(text, sentences, open)[0], open - 120);
    for (int i = from; i + 8 <= open; i++) {
      char c = text.charAt(i);
      if (c == 'n' && text.startsWith("nội dung", i) || c == 't' && text.startsWith("tin nhắn", i)) return true;
    }
    return false;
  }

  /** Most words of a quoted title (see capitalisedTitle). */
  static final int TITLE_WORDS = 6;

  /**
   * Round 15: one to {@value #TITLE_WORDS} words, each capitalised or a number, and no sentence mark: a film, song or
   * programme title ('“Tuổi Thanh Xuân 2”'). A walk over the quote's tokens (at most a few, the quote being short).
   */
  private static boolean capitalisedTitle(String text, List<Token> inside, int words) {
    if (words < 1 || words > TITLE_WORDS) return false;
    for (Token t : inside) {
      if (t.kind() == Kind.WORD) {
        if (!Character.isUpperCase(text.charAt(t.start()))) return false;
      } else if (t.kind() == Kind.PUNCT && ".!?:;".contains(t.lower())) return false;
    }
    return true;
  }

  /** "Với thông điệp “…”": a title noun ends right before the open mark. */
  private static boolean titleNounBefore(String text, int open) {
    int from = Math.max(0, open - 40);
    List<Token> ts = Tokens.scan(text, from, open);
    if (ts.isEmpty() || ts.get(ts.size() - 1).kind() != Kind.WORD) return false;
    return Tokens.matchBackward(ts, ts.size() - 1, TITLE_LEX) != null;
  }

  /** The marks that can open a quote. */
  private static final char[] OPENING_MARKS = {'“', '«', '‘', '"', '\''};

  /**
   * The first mark of OPENING_MARKS at or after i (the text's length when none); next[k] keeps the next position of
   * OPENING_MARKS[k] and is searched again only once passed. A handful of vectorised String.indexOf runs replace a
   * switch on every character of the article.
   */
  private static int nextMark(String text, int i, int[] next) {
    int best = text.length();
    for (int k = 0; k < OPENING_MARKS.length; k++) {
      if (next[k] < i) {
        int p = text.indexOf(OPENING_MARKS[k], i);
        next[k] = p < 0 ? text.length() : p;
      }
      best = Math.min(best, next[k]);
    }
    return best;
  }

  /** Pairs quote marks on one line; straight quotes pair with the next straight quote. */
  static List<Span> quoteSpans(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int[] next = {-1, -1, -1, -1, -1};
    int i = 0;
    while (i < n) {
      i = nextMark(text, i, next);
      if (i >= n) break;
      char c = text.charAt(i);
      char close = switch (c) {
        case '“' -> '”';
        case '«' -> '»';
        case '‘' -> '’';
        case '"' -> '"';
        case '\'' -> opensSingle(text, i) ? '\'' : 0;
        default -> 0;
      };
      if (close == 0) { i++; continue; }
      int j = i + 1;
      int limit = Math.min(n, i + MAX_QUOTE_CHARS);
      int found = -1;
      // round 9: “… closed by a straight mark ("…tôi thấy xe bị nhiễm điện" - anh X nói): the first
      // straight mark that closes (after a non-space, before no letter) when no ” follows on the line
      int alt = -1;
      while (j < limit) {
        char d = text.charAt(j);
        if (d == '\n') break;
        if (close == '”' && d == '"' && alt < 0 && text.charAt(j - 1) != ' '
            && (j + 1 >= n || !Character.isLetterOrDigit(text.charAt(j + 1)))) alt = j;
        // round 12: the other way round, "… closed by a curly mark ("…bất tỉnh”, anh X nhớ lại): the
        // first ” that closes, used only when no straight mark follows on the line
        if (close == '"' && d == '”' && alt < 0 && text.charAt(j - 1) != ' '
            && (j + 1 >= n || !Character.isLetterOrDigit(text.charAt(j + 1)))) alt = j;
        // "… của dân "phe". …": a straight quote after a space and before a letter opens a quote
        // inside the quote; skip to its own close instead of closing the outer one there
        if (d == '"' && close == '"' && j + 1 < n && Character.isLetter(text.charAt(j + 1))
            && text.charAt(j - 1) == ' ') {
          int inner = text.indexOf('"', j + 1);
          int eol = text.indexOf('\n', j + 1);
          if (inner > 0 && inner - j < 40 && (eol < 0 || inner < eol) && hasCloseAfter(text, inner + 1, limit)) {
            j = inner + 1;
            continue;
          }
        }
        if (d == close && (close != '\'' || closesSingle(text, j))) { found = j; break; }
        j++;
      }
      boolean mixed = found < 0 && alt >= 0;
      if (mixed) found = alt;
      if (found < 0 && j < limit && text.charAt(j) == '\n' && (c == '"' || c == '“')
          // only a mark that opens (a letter after it, none before it): "thi "Gạo ngon", các nước" is a close
          && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        found = closeOnNextLine(text, j, close, limit);
        // round 24: closed paragraphs on by the other kind of mark ("“A.\nB"." or '"A.\nB” – bà X nói.'), like round 9's
        // and round 12's pairs on one line: a mixed pair
        if (found >= 0 && text.charAt(found) != close) mixed = true;
        // round 24: '"A.\n"B."': a speech whose paragraphs each open with the mark and only the last closes; the open
        // paragraph is a quote to its end (one compare at the next paragraph's first character)
        if (found < 0 && j + 1 < n && text.charAt(j + 1) == c && j - i > 1 && !Character.isWhitespace(text.charAt(j - 1))) {
          found = j;
        }
      }
      if (found < 0) { i++; continue; }
      out.add(new Span(i, found, mixed));
      i = found + 1;
    }
    return out;
  }

  /**
   * A quote left open at the end of a paragraph whose next paragraph opens no quote of its own and
   * ends it with a close mark ("…: "A.\nB."."): that mark closes the quote, else -1. Up to three
   * paragraphs on (none between with a mark), and the mark must close (after a non-space, before punctuation or the line end).
   */
  private static int closeOnNextLine(String text, int eol, char close, int limit) {
    int s = eol + 1, e = -1, mark = -1;
    // round 8: up to MAX_OPEN_PARAGRAPHS paragraphs on, when those between hold no quote mark at all
    // ("…: "A.\nB.\nC."." — a speech of several paragraphs marked only at its two ends)
    for (int para = 0; para < MAX_OPEN_PARAGRAPHS && mark < 0; para++) {
      if (para > 0) s = e + 1;
      while (s < limit && text.charAt(s) == ' ') s++;
      e = text.indexOf('\n', s);
      if (e < 0) e = text.length();
      if (e > limit || s >= e) return -1;
      for (int k = s; k < e; k++) {
        char d = text.charAt(k);
        if (d == '"' || d == '“' || d == '”' || d == '«' || d == '»') {
          if (mark >= 0) return -1; // more than one mark: the paragraph quotes something of its own
          mark = k;
        }
      }
    }
    if (mark < 0) return -1;
    // round 24: the other kind of close mark too ("“…" or "…”"); the caller reads such a pair as mixed
    char m = text.charAt(mark);
    if (mark <= s || m != close && !(close == '”' && m == '"' || close == '"' && m == '”')
        || Character.isWhitespace(text.charAt(mark - 1))) return -1;
    int after = mark + 1;
    if (after < e && Character.isLetterOrDigit(text.charAt(after))) return -1;
    // the rest of the paragraph after the close is short (",", ".", an attribution at most)
    return e - after <= 60 ? mark : -1;
  }

  /** Another straight quote later on the same line (the outer quote's close). */
  private static boolean hasCloseAfter(String text, int from, int limit) {
    for (int k = from; k < limit && k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n') return false;
      if (c == '"') return true;
    }
    return false;
  }

  private static boolean opensSingle(String text, int i) {
    boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean closesSingle(String text, int j) {
    return j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1));
  }

  /** "X nói: “…" / "… dẫn lời X ngày 20-11: “…" : the clause before the open mark. */
  private Attribution attributionBefore(String text, List<Sentence> sentences, int open, List<EntityMention> es,
      List<Span> spans) {
    int from = sentenceAt(text, sentences, open)[0];
    List<Token> ts = Tokens.scan(text, from, open);
    for (int k = ts.size() - 1; k >= 0; k--) {
      String v = verbAt(text, ts, k);
      if (v == null) continue;
      // round 21: '"Bạn bè nói rằng tôi …", "Con cái …"': a speech verb inside an earlier quote of the sentence is
      // that quote's words, not the attribution of this one (one binary search over the spans at each verb found)
      if (insideSpan(spans, ts.get(k).start())) continue;
      int afterVerb = k + Tokens.words(v);
      if (v.equals("dẫn lời")) {
        // The quoted person follows "dẫn lời"; the agency before it only relays the words.
        int end = afterVerb;
        while (end < ts.size() && ts.get(end).kind() != Kind.PUNCT && !timePhraseAt(text, ts, end)) end++;
        if (end == afterVerb) return null;
        // adjacent when only punctuation (or a trailing time phrase) separates the name from the quote
        boolean adjacent = end < ts.size();
        for (int x = end; x < ts.size(); x++) {
          if (timePhraseAt(text, ts, x)) break;
          if (ts.get(x).kind() != Kind.PUNCT) adjacent = false;
        }
        return new Attribution(pickSpeaker(text, ts.get(afterVerb).start(), ts.get(end - 1).end(), es), null,
            adjacent);
      }
      // Directly introduced: only "rằng", ':' or ',' between verb and quote, and at least one of them
      // ("Baghdad tuyên bố 'đuổi'" has none: a scare quote on a verb's object).
      boolean adjacent = afterVerb < ts.size();
      for (int x = afterVerb; x < ts.size(); x++) {
        String w = ts.get(x).lower();
        if (!(w.equals("rằng") || w.equals(":") || w.equals(","))) adjacent = false;
      }
      String who = speakerBefore(text, ts, k, es);
      // round 14: "X giơ tay chào và nói đùa: “…”", "X gọi Y là "…", cho rằng "…"": a verb with no subject of its
      // own shares the subject of the sentence's first clause, as in reported speech (one walk of that clause)
      if (who == null && emptySubject(ts, k)) who = clauseSubject(text, ts, k, es);
      return new Attribution(who, v, adjacent);
    }
    // "Bí thư X lập tức phản bác: “…": no listed verb, but a colon right before the quote and a
    // person named in the clause
    if (!ts.isEmpty() && ts.get(ts.size() - 1).lower().equals(":")) {
      String who = firstPerson(from, open, es);
      if (who != null) return new Attribution(who, null, true);
    }
    // round 11: 'Theo ông X, "…"', '… bởi theo anh, "…"': the source a "theo" phrase names right before the quote
    String source = theoSource(text, ts, es);
    if (source != null) return new Attribution(source, null, true);
    return null;
  }

  /** 'X gọi Y là "…"': X, the subject before "gọi" (one scan of the sentence before the quote), else null. */
  private static Attribution namingAttribution(String text, List<Sentence> sentences, int open, List<EntityMention> es) {
    List<Token> ts = Tokens.scan(text, sentenceAt(text, sentences, open)[0], open);
    int g = namingVerb(ts);
    return g < 0 ? null : new Attribution(speakerBefore(text, ts, g, es), "gọi", false);
  }

  /** Words before "gọi" that make it no act of naming by the subject (see namingVerb). */
  private static final Set<String> NOT_NAMING = WordSet.of("được", "bị", "còn", "hay", "thường", "tên");

  /** Most words of the object between "gọi" and "là" before a quote. */
  static final int NAMED_OBJECT_WORDS = 8;

  /**
   * Round 13: the index of "gọi" in 'gọi X là "…"' (the quote right after "là", X one to
   * {@value #NAMED_OBJECT_WORDS} words with no punctuation), else -1. Not after "được", "bị" (the subject is
   * named, it does not name) nor "còn", "hay", "thường" ('còn gọi là': another name) nor "tên" ('tên gọi … là':
   * the noun "name"). At most
   * {@value #NAMED_OBJECT_WORDS} + 2 token compares back from the quote.
   */
  private static int namingVerb(List<Token> ts) {
    int n = ts.size();
    if (n < 4 || !ts.get(n - 1).lower().equals("là")) return -1;
    int t = n - 2;
    while (t >= 0 && n - 2 - t <= NAMED_OBJECT_WORDS && ts.get(t).kind() == Kind.WORD && !ts.get(t).lower().equals("gọi")) t--;
    if (t < 1 || t >= n - 2 || !ts.get(t).lower().equals("gọi")) return -1;
    return NOT_NAMING.contains(ts.get(t - 1).lower()) ? -1 : t;
  }

  /** Most words of the phrase between "theo" and the comma before a quote. */
  static final int THEO_SOURCE_WORDS = 8;

  /**
   * Round 11: the source of a quote that follows "theo X," (the comma the last token before the quote): X's person
   * or body, or a personal pronoun resolved like a subject; null when X names neither ("Theo đó", "Theo thiết kế").
   * At most {@value #THEO_SOURCE_WORDS} + 2 token compares back from the quote, then a look-up in the phrase.
   */
  private static String theoSource(String text, List<Token> ts, List<EntityMention> es) {
    int n = ts.size();
    if (n < 3 || !ts.get(n - 1).lower().equals(",")) return null;
    int t = n - 2;
    while (t >= 0 && n - 2 - t <= THEO_SOURCE_WORDS && ts.get(t).kind() == Kind.WORD && !ts.get(t).lower().equals("theo")) t--;
    if (t < 0 || t >= n - 2 || !ts.get(t).lower().equals("theo")) return null;
    if (t > 0 && ts.get(t - 1).kind() == Kind.WORD && !ts.get(t - 1).lower().equals("bởi")) return null;
    int s = t + 1, e = n - 1;
    int ps = ts.get(s).start(), pe = ts.get(e - 1).end();
    if (isPronoun(ts, s, e)) {
      String who = antecedent(text, ts.get(s).lower(), ps, es);
      return who != null ? who : text.substring(ps, pe);
    }
    String person = firstPerson(ps, pe, es);
    if (person != null) return person;
    return firstOrganization(text, ps, pe, es);
  }

  /** Round 21: pos lies inside one of the quote spans (sorted, disjoint): one binary search. */
  private static boolean insideSpan(List<Span> spans, int pos) {
    int lo = 0, hi = spans.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).open() < pos) lo = mid + 1; else hi = mid;
    }
    return lo > 0 && spans.get(lo - 1).close() > pos;
  }

  /** "X cho rằng:" ending the previous line, the quote opening the next line. */
  private Attribution attributionOnLineBefore(String text, List<Sentence> sentences, int open, List<EntityMention> es,
      List<Span> spans) {
    int c = open - 1;
    while (c >= 0 && text.charAt(c) != '\n' && Character.isWhitespace(text.charAt(c))) c--;
    if (c >= 0 && text.charAt(c) != '\n') return null; // words before the mark on its own line
    while (c >= 0 && Character.isWhitespace(text.charAt(c))) c--;
    if (c < 0 || text.charAt(c) != ':') return null;
    Attribution a = attributionBefore(text, sentences, c + 1, es, spans);
    return a == null ? null : new Attribution(a.speaker(), a.verb(), true);
  }

  /**
   * "“…”, văn phòng của Thủ tướng X thông báo." : the clause after the close mark. {@code open} is the quote's opening
   * mark: a pronoun subject there stands for someone named before the quote (round 21).
   */
  private Attribution attributionAfter(String text, int open, int from, List<EntityMention> es) {
    Attribution nick = quotedNameAfter(text, from);
    if (nick != null) return nick;
    // round 12: '“…”\nông X chia sẻ.': a line that opens in lower case right after the close mark continues the
    // quote's sentence (a corpus that cut the attribution onto its own line); read it as if joined by a comma
    boolean joined = false;
    int nl = from;
    while (nl < text.length() && text.charAt(nl) == ' ') nl++;
    if (nl + 1 < text.length() && text.charAt(nl) == '\n' && Character.isLowerCase(text.charAt(nl + 1))) {
      from = nl + 1;
      joined = true;
    }
    int to = from;
    while (to < text.length() && to < from + 300) {
      char c = text.charAt(to);
      if (c == '\n' || c == '.' && !(to + 1 < text.length() && Character.isDigit(text.charAt(to + 1)))
          || c == '!' || c == '?' || c == '"' || c == '“' || c == '«') break;
      to++;
    }
    List<Token> ts = Tokens.scan(text, from, to);
    int first = 0;
    while (first < ts.size() && ts.get(first).kind() == Kind.PUNCT) first++;
    // '“…”, X nói' and '“…” - X nói': a comma or a dash joins the attribution to the quote
    boolean adjacent = joined && first == 0
        || first > 0 && (ts.get(first - 1).lower().equals(",") || "-–—".contains(ts.get(first - 1).lower()));
    boolean closing = false;
    for (int k = first + 1; k < ts.size(); k++) {
      // round 12: '“…”, báo X dẫn lời ông Y.', '“…”, hãng Z dẫn tuyên bố của Bộ W.': the words are the source's
      // named after "dẫn", the outlet only relays them (a look-up where a "dẫn" token sits)
      if (ts.get(k).lower().equals("dẫn")) {
        int[] end = new int[1];
        String cited = citedSource(text, ts, k, es, end);
        // the speech verb that may close the phrase ("dẫn lời ông Y cho biết") is kept as the quote's verb
        if (cited != null) return new Attribution(cited, end[0] < ts.size() ? verbAt(text, ts, end[0]) : null, adjacent);
      }
      String v = verbAt(text, ts, k);
      // ("bé trai im lặng không đáp" answers nothing)
      if (v == null && adjacent && ts.get(k).kind() == Kind.WORD && !NEGATIONS.contains(ts.get(k - 1).lower())
          && !ts.get(k - 1).lower().equals("tin")) { // "tin nhắn" is a message
        v = Tokens.matchForward(ts, k, AFTER_QUOTE_VERBS);
        // round 23: '“…”, văn bản nêu.': a verb that closes the clause (one look-up, then a count of its words)
        if (v == null) {
          String c = Tokens.matchForward(ts, k, CLOSING_AFTER_VERBS);
          if (c != null) {
            int n = k + 1;
            for (int x = 0; x < c.length(); x++) if (c.charAt(x) == ' ') n++;
            // ('bài viết' is a noun, 'rất bức xúc' an adjective)
            String before = ts.get(k - 1).lower();
            if ((n == ts.size() || n == ts.size() - 1 && ts.get(n).lower().equals("thêm"))
                && !before.equals("bài") && !before.equals("rất")) {
              v = c;
              closing = true;
            }
          }
        }
      }
      if (v == null || v.equals("dẫn lời")) continue;
      List<Token> sub = ts.subList(first, ts.size());
      // round 21: '"… Marcus Brutus …", ông nói thêm': a pronoun after the quote stands for someone named before
      // it, not for a name inside the quote (the antecedent walk starts at the opening mark)
      String who = speakerBefore(text, sub, k - first, es, open);
      // round 23: a person opening the clause before a closing verb stays the speaker, as before the verb was read
      // ('“…”, ông X, phó giám đốc công ty Y kiến nghị.'); the verb alone makes no quote of a short or titled
      // phrase that was none before (it counts as adjacent only where the person did before)
      boolean near = adjacent;
      if (closing) {
        String p = personOpening(ts, first, es);
        if (p != null) who = p;
        near = adjacent && p != null;
      }
      // '“…” - ông X cúi đầu khi nói.': the verb sits in a subordinate clause; the person named right
      // after the quote says it
      if (who == null && adjacent) who = personOpening(ts, first, es);
      return new Attribution(who, v, near);
    }
    // "“…”, ông X bình phẩm.": a person named within the first words after the quote
    if (adjacent) {
      String who = personOpening(ts, first, es);
      if (who != null) return new Attribution(who, null, true);
    }
    return null;
  }

  /** What a source's words are cited as after "dẫn" ("dẫn lời", "dẫn tuyên bố của", "dẫn thông báo từ"). */
  private static final Tokens.Lexicon CITED_LEX = Tokens.Lexicon.of(WordSet.of(
      "lời", "lời khai", "tuyên bố", "thông báo", "thông cáo", "phát biểu"));
  private static final Set<String> SOURCE_LINKS = WordSet.of("của", "từ");

  /**
   * Round 12: the source named after "dẫn" + a cited noun at token k (its person, else its body, else the phrase),
   * up to punctuation, a time phrase or a speech verb; "lời" may take its source directly, the other nouns only
   * through "của"/"từ" ("dẫn tuyên bố này" names none); null when there is none. Bounded by the clause after the quote.
   */
  private static String citedSource(String text, List<Token> ts, int k, List<EntityMention> es, int[] end) {
    String noun = Tokens.matchForward(ts, k + 1, CITED_LEX);
    if (noun == null) return null;
    int s = k + 1 + Tokens.words(noun);
    // round 14: "dẫn phát biểu sáng nay của Y": a time phrase between the cited noun and its source
    if (s + 2 < ts.size() && timePhraseAt(text, ts, s)) {
      int x = s + 1;
      while (x < ts.size() && x <= s + 3 && !SOURCE_LINKS.contains(ts.get(x).lower()) && ts.get(x).kind() != Kind.PUNCT) x++;
      if (x < ts.size() && SOURCE_LINKS.contains(ts.get(x).lower())) s = x;
    }
    if (s < ts.size() && SOURCE_LINKS.contains(ts.get(s).lower())) s++;
    else if (!noun.equals("lời")) return null;
    int e = s;
    while (e < ts.size() && ts.get(e).kind() != Kind.PUNCT && !timePhraseAt(text, ts, e) && verbAt(text, ts, e) == null) e++;
    if (e == s) return null;
    end[0] = e;
    // "dẫn lời người phát ngôn của X, ông Y cho biết": a person named right after the comma (within its first three
    // tokens) before a later speech verb speaks, and that verb is the quote's; a description after the comma ("Z, vị
    // hôn thê của nhà báo W, cho biết") leaves the cited source (a scan of the rest of the clause, only at a comma)
    if (e < ts.size() && ts.get(e).lower().equals(",")) {
      for (int x = e + 1; x < ts.size(); x++) {
        if (verbAt(text, ts, x) == null) continue;
        end[0] = x;
        String named = x > e + 1 ? personOpening(ts.subList(0, x), e + 1, es) : null;
        if (named != null) return named;
        break;
      }
    }
    int ps = ts.get(s).start(), pe = ts.get(e - 1).end();
    // "dẫn lời ông.": a pronoun resolves like a subject, else the walk goes on as before
    if (isPronoun(ts, s, e)) return antecedent(text, ts.get(s).lower(), ps, es);
    // "dẫn lời người phát ngôn hãng X": a role naming no person is the speaker, not the body it serves
    if (firstPerson(ps, pe, es) == null && opensWithRole(ts, s, e)) return text.substring(ps, pe);
    return pickSpeaker(text, ps, pe, es);
  }

  /** A PERSON mention within the first three tokens from {@code first}, or null. */
  private static String personOpening(List<Token> ts, int first, List<EntityMention> es) {
    if (first >= ts.size()) return null;
    int lim = ts.get(Math.min(ts.size() - 1, first + 2)).start();
    for (int i = lowerBound(es, ts.get(first).start()); i < es.size() && es.get(i).start() <= lim; i++) {
      if (es.get(i).type() == EntityType.PERSON) return es.get(i).text();
    }
    return null;
  }

  private static boolean colonBefore(String text, int pos) {
    int i = pos - 1;
    while (i >= 0 && text.charAt(i) == ' ') i--;
    return i >= 0 && text.charAt(i) == ':';
  }

  /** End of the last following sentence of the same paragraph that continues an unmarked statement. */
  private int runOn(String text, List<Sentence> sentences, List<Token> all, int end) {
    int result = end;
    int[] cur = sentenceAt(text, sentences, Math.max(0, end - 1));
    for (int guard = 0; guard < 6; guard++) {
      int ns = cur[1];
      while (ns < text.length() && text.charAt(ns) == ' ') ns++;
      if (ns >= text.length() || text.charAt(ns) == '\n' || text.indexOf('\n', result) >= 0 && text.indexOf('\n', result) < ns) break;
      int[] next = sentenceAt(text, sentences, ns);
      if (next[0] != ns || next[1] <= ns) break;
      for (int c = next[0]; c < next[1]; c++) if ("\"“”«»".indexOf(text.charAt(c)) >= 0) return result;
      int a = firstTokenAtOrAfter(all, next[0]), b = firstTokenAtOrAfter(all, next[1]);
      List<Token> ts = all.subList(a, b);
      for (int k = 0; k < ts.size(); k++) if (verbAt(text, ts, k) != null) return result;
      int e = next[1];
      while (e > next[0] && (Character.isWhitespace(text.charAt(e - 1)) || ".!?…".indexOf(text.charAt(e - 1)) >= 0)) e--;
      if (e <= next[0]) break;
      result = e;
      cur = next;
    }
    return result;
  }

  /** "“…” - "Zico Thái" nói thêm.": a short quoted nickname right after the quote, then a speech verb. */
  private Attribution quotedNameAfter(String text, int from) {
    int i = from;
    while (i < text.length() && i < from + 4 && " ,-–—".indexOf(text.charAt(i)) >= 0) i++;
    if (i >= text.length() || i == from || "\"“".indexOf(text.charAt(i)) < 0) return null;
    char close = text.charAt(i) == '“' ? '”' : '"';
    int j = text.indexOf(close, i + 1);
    if (j < 0 || j - i > 40 || text.substring(i + 1, j).indexOf('\n') >= 0) return null;
    List<Token> name = Tokens.scan(text, i + 1, j);
    if (name.isEmpty() || name.size() > 4 || !Character.isUpperCase(text.charAt(name.get(0).start()))) return null;
    int lineEnd = text.indexOf('\n', j);
    List<Token> rest = Tokens.scan(text, j + 1, Math.min(lineEnd < 0 ? text.length() : lineEnd, j + 60));
    int k = 0;
    while (k < rest.size() && ADVERBS.contains(rest.get(k).lower())) k++;
    if (k >= rest.size()) return null;
    String v = Tokens.matchForward(rest, k, VERB_LEX);
    if (v == null) return null;
    return new Attribution(text.substring(name.get(0).start(), name.get(name.size() - 1).end()), v, true);
  }

  // ---------------------------------------------------------------- reported speech

  private static int firstTokenAtOrAfter(List<Token> ts, int pos) {
    int lo = 0;
    int hi = ts.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ts.get(mid).start() < pos) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  private void reported(String text, List<Token> ts, List<EntityMention> es, List<Span> quotes, List<Quote> out,
                        java.util.Set<Integer> scare) {
    reported(text, ts, es, quotes, out, scare, null);
  }

  /**
   * Reported speech in the sentence tokens {@code ts}; {@code inherited} is the speaker of a clause
   * before it in the same sentence ("X cho rằng A, nhưng sau đó cho rằng B"), or null.
   */
  private void reported(String text, List<Token> ts, List<EntityMention> es, List<Span> quotes, List<Quote> out,
                        java.util.Set<Integer> scare, String inherited) {
    for (int k = 1; k < ts.size(); k++) {
      String v = verbAt(text, ts, k);
      if (v != null && v.equals("dẫn lời")) {
        // round 17: "<clause>, CNN dẫn lời X." closing the sentence: the clause before the comma is X's words
        if (!insideQuote(quotes, ts.get(k).start()) && citedClause(text, ts, k, es, quotes, out)) return;
        continue;
      }
      if (v == null) continue;
      if (insideQuote(quotes, ts.get(k).start())) continue;
      // round 24: "clip được cộng đồng mạng chia sẻ, …", "được tiếp tục chia sẻ lại": shared by someone (a passive),
      // not said (a walk back of at most six tokens, only at "chia sẻ")
      if (v.equals("chia sẻ") && sharedPassive(text, ts, k)) continue;
      // round 18: "trả lời báo chí về …", "trả lời câu hỏi của cổ đông": whom or what one answers follows, not what is
      // said (one two-word join, only at "trả lời"; "trả lời phỏng vấn rằng …" still reports, and after a quote "…", X
      // trả lời báo chí. still attributes it)
      if (v.equals("trả lời") && k + 3 < ts.size() && ANSWERED.contains(ts.get(k + 2).lower() + " " + ts.get(k + 3).lower())
          && !(k + 4 < ts.size() && ts.get(k + 4).lower().equals("rằng"))) continue;
      // "X từ chối tiết lộ thông tin", "từ chối cho biết": a refusal to speak reports nothing
      if (k >= 2 && ts.get(k - 1).lower().equals("chối") && ts.get(k - 2).lower().equals("từ")) continue;
      // "người phát ngôn cũng không trả lời …", "tôi chưa nói rằng …": a negated verb reports nothing
      // (a lower-case negation only: "Hội Hàng không cho biết" is a name before the verb)
      if (NEGATIONS.contains(ts.get(k - 1).lower()) && Character.isLowerCase(text.charAt(ts.get(k - 1).start()))
          && !(k >= 2 && ts.get(k - 2).lower().equals("hàng"))) continue;
      // round 15: "X không thể xác nhận …", "chưa thể trả lời …", "không dám nói …", "không được phép tiết lộ …": a
      // negated modal before the verb reports nothing either (three compares back)
      if (negatedModal(text, ts, k)) continue;
      // "Thông tin cho hay, …", "Diễn biến ban đầu cho hay, …": an impersonal report with nobody named
      boolean impersonal = impersonalSubject(ts, k);
      // round 15: "Trước đó, có thông tin cho rằng …", "hiện có giả thuyết cho rằng …": an unsourced report, no speaker;
      // "chưa có báo cáo nào khẳng định …": nobody reports
      int rumour = rumourBefore(ts, k);
      if (rumour < 0) continue;
      if (rumour > 0) impersonal = true;
      // round 25: "X khẳng định A (naming Y). Ông còn tuyên bố …": a pronoun opening the sentence right after a quote
      // goes on with that quote's speaker; its antecedent is sought from the quote's start, not among names inside it
      String speaker = impersonal ? null : speakerBefore(text, ts, k, es, pronounAfterQuote(text, ts, k, out, es));
      // "X tham gia … và kể rằng", "X không ủng hộ …, tin rằng": no subject of its own, the verb
      // shares the subject of the clause before it
      boolean borrowed = false;
      if (speaker == null && !impersonal && emptySubject(ts, k)) {
        speaker = inherited != null ? inherited : clauseSubject(text, ts, k, es);
        borrowed = true;
      }
      if (speaker == null && !impersonal) continue;
      int c = k + Tokens.words(v);
      // "chia sẻ thêm, …", "cho biết thêm: …": the adverb belongs to the verb, not to the content
      if (c + 1 < ts.size() && ts.get(c).lower().equals("thêm")
          && (ts.get(c + 1).lower().equals(",") || ts.get(c + 1).lower().equals(":") || ts.get(c + 1).lower().equals("rằng"))) c++;
      // round 15: "nói thẳng …", "bày tỏ thẳng thắn: …": a manner word right after the verb opens no content (two compares)
      if (c + 2 < ts.size() && ts.get(c).lower().equals("thẳng")) c += ts.get(c + 1).lower().equals("thắn") ? 2 : 1;
      while (c < ts.size() && (ts.get(c).lower().equals("rằng") || ts.get(c).lower().equals(":")
          || ts.get(c).lower().equals(","))) c++;
      // round 26: '"…", ông X nói và cho biết A', 'X trả lời và khẳng định A': a second speech verb joined by "và"
      // opens the content; A starts after it (one compare, then one verb look-up only after "và")
      boolean joined = false;
      if (c + 1 < ts.size() && ts.get(c).lower().equals("và")) {
        String v2 = verbAt(text, ts, c + 1);
        if (v2 != null && !v2.equals("dẫn lời")) {
          joined = true;
          c += 1 + Tokens.words(v2);
          if (c < ts.size() && ts.get(c).lower().equals("thêm")) c++;
          while (c < ts.size() && (ts.get(c).lower().equals("rằng") || ts.get(c).lower().equals(":")
              || ts.get(c).lower().equals(","))) c++;
        }
      }
      // "nói trong một tuyên bố rằng …": the content starts after a nearby "rằng"
      boolean medium = v.startsWith("viết") && c < ts.size() && WRITTEN_IN.contains(ts.get(c).lower());
      for (int x = c; x < ts.size() && x < c + 10 && (ts.get(x).kind() != Kind.PUNCT || medium); x++) {
        if (ts.get(x).lower().equals("rằng")) { c = x + 1; break; }
        // round 14: "viết trên Facebook: …" (writtenWhere): after the colon
        if (medium && ts.get(x).kind() == Kind.PUNCT) {
          if (ts.get(x).lower().equals(":")) c = x + 1;
          break;
        }
      }
      // "… - Y viết trên trang cá nhân.": the medium is no content
      if (medium && c < ts.size() && WRITTEN_IN.contains(ts.get(c).lower())) continue;
      while (medium && c < ts.size() && (ts.get(c).lower().equals(":") || ts.get(c).lower().equals(","))) c++;
      if (c >= ts.size() || ts.get(c).kind() == Kind.PUNCT && ".!?…".contains(ts.get(c).lower())) {
        // "…, hãng X đưa tin.": the verb closes the sentence and the content is the clause before;
        // "… đến tham dự và đưa tin." has no subject of its own there: an activity, not an attribution
        if (borrowed) return;
        int comma = k - 1;
        while (comma > 0 && !ts.get(comma).lower().equals(",")) {
          if (ts.get(comma).kind() == Kind.PUNCT) return;
          comma--;
        }
        int first = 0;
        while (first < comma && ts.get(first).kind() == Kind.PUNCT) first++;
        if (comma <= 0 || countWords(ts.subList(first, comma)) < 3) return;
        int ps = ts.get(first).start(), pe = ts.get(comma - 1).end();
        for (Span q : quotes) if (q.open() < pe && ps < q.close()) return;
        // round 14: "USS X, tàu …, đã quay về cảng, Military ngày 8/12 đưa tin.": the outlet after the comma names
        // itself; the clause before is what it reports, not a person it describes (only for "đưa tin", an outlet's
        // verb: "…, ông X, giám đốc Y, cho biết." and "…cô Z, Việt kiều Pháp chia sẻ." describe the one named before)
        if (!impersonal && v.equals("đưa tin") && comma + 1 < k && !describesSomeone(text, ts, comma + 1, k)) {
          String own = speakerBefore(text, ts.subList(comma + 1, ts.size()), k - comma - 1, es);
          if (own != null) speaker = own;
        }
        out.add(new Quote(ps, pe, text.substring(ps, pe), speaker, null, v, false));
        return;
      }
      int cs = ts.get(c).start();
      int ce = contentEnd(text, ts, c);
      boolean direct = c == k + Tokens.words(v); // nothing between verb and content
      // a borrowed subject is weak evidence: "…và chia sẻ rủi ro", "…, thông báo kết quả" are verbs with
      // objects; only "rằng", a colon or a comma, or a verb that always reports, opens a clause there
      // round 26: "…, song cương quyết khẳng định Y phải …", "… thẩm định, xác nhận đây là …", "… và thông báo sẽ đóng
      // cửa …": a subject of its own (a pronoun, a demonstrative, a capitalised name) or a tense marker opening the
      // words does make them a clause (two set look-ups and a character test at the content's first token)
      if (borrowed && direct && !ALWAYS_VERBS.contains(v) && !v.endsWith("rằng")
          && !(opensClause(text, ts, c) && !OBJECT_TAKERS.contains(v))) continue;
      // "nói lời chia tay", "nói với công chúng sự…" (no "rằng"): an object, not reported content
      // (after "cho biết" / "cho hay" / "cho rằng" a time or place word opens the clause: "cho biết trước
      // Tết, …", "cho biết trong tuần tới …"; only an object or a topic blocks it there)
      // round 14: after "cho rằng", "tin rằng" (the verb holds its "rằng") the words always open the clause ("cho rằng
      // trong mắt người X …", "tin rằng với …")
      // round 19: '"…", X nói sau trận đấu.', '"…", Y trả lời đài Z.': after a quote, a short tail is the verb's time,
      // place, manner or outlet, not a clause
      if (direct && afterQuoteTail(ts, k, c, ce, quotes)) continue;
      // round 25: '"…", X nói, giọng buồn bã.', '"…", Y cho biết, đề cập tới …', '"…", Z chia sẻ thông qua trang …',
      // '"…", W nói khi được hỏi …': after a quote the words are given; a manner, a topic or a time or place phrase
      // that runs to the sentence's end is no clause, however long (only where such a word opens the content)
      // (not past a second verb: '", X nói và cho biết sau khi …' reports a clause that opens with a time)
      if (!joined && afterQuoteAdjunct(ts, k, c, ce, quotes)) continue;
      if (direct && NON_CONTENT_STARTS.contains(ts.get(c).lower()) && !v.endsWith("rằng")
          && !(ALWAYS_VERBS.contains(v) && CLAUSE_OPENERS.contains(ts.get(c).lower()) && commaSoon(ts, c))) continue;
      // "Khi X cho biết A, B …": the reported clause of a "khi" clause ends at its comma
      int next = -1;
      if (inKhiClause(ts, k)) {
        for (int x = c; x < ts.size(); x++) if (ts.get(x).lower().equals(",")) { ce = x > c ? ts.get(x - 1).end() : ce; break; }
      } else {
        // "…, nhưng (X) sau đó cho rằng B": a second reported clause of the same sentence
        next = secondClause(text, ts, c);
        if (next > c + 1) ce = ts.get(next - 2).end();
      }
      if (c == k + Tokens.words(v) && NOMINAL_OBJECT_VERBS.contains(v) && NOMINALISERS.contains(ts.get(c).lower())) continue;
      // round 9: "xác nhận thông tin trên", "bày tỏ quan điểm về …", "chia sẻ câu chuyện", "trả lời phỏng
      // vấn": a noun object right after the verb (no "rằng", no comma) is what was confirmed or told
      // about, not a clause; "nhấn mạnh vào/đến …" stresses a topic; "chia sẻ 85% lợi nhuận" shares
      // money. One look-up at the content's first words.
      if (direct && !ALWAYS_VERBS.contains(v) && (objectNoun(ts, c)
          || v.equals("nhấn mạnh") && EMPHASIS_PREPOSITIONS.contains(ts.get(c).lower())
          // round 10: "nói đến an ninh quốc gia" (talks about), "thông báo đến chính quyền" (notified):
          // a topic or an addressee, not a clause
          || (v.equals("nói") || v.equals("thông báo")) && TOPIC_PREPOSITIONS.contains(ts.get(c).lower())
          || v.equals("chia sẻ") && (ts.get(c).kind() == Kind.NUMBER
              // round 24: "chia sẻ hình ảnh …", "chia sẻ một đoạn video", "chia sẻ lên trang …", "chia sẻ chi phí":
              // a thing shared or posted, not a clause (one more look-up, only at "chia sẻ")
              || objectNoun(ts, c, SHARED_OBJECT_LEX) && !colonAhead(ts, c)))) continue;
      // round 9: "Như X đã đưa tin, …" refers to X's earlier report, like "Theo X, …" (the guidelines
      // leave both out); the clause may report speech of its own
      if (v.equals("đưa tin") && ts.get(firstWord(ts)).lower().equals("như")) continue;
      // "tuyên bố nhận trách nhiệm", "thông báo rút khỏi …": an act announced (a verb phrase with no
      // subject of its own), not a statement reported
      if (direct && ANNOUNCING_VERBS.contains(v) && Tokens.matchForward(ts, c, BARE_ACT_LEX) != null) continue;
      // round 24: "X cho biết như vậy tại hội nghị …", "Y phát biểu như trên khi …": the words were given before; what
      // follows is when and where, not a clause ("cho rằng như vậy là quá muộn" is one: "là" follows; two compares)
      if (direct && c + 1 < ts.size() && ts.get(c).lower().equals("như") && SAID_BEFORE.contains(ts.get(c + 1).lower())
          && !(c + 2 < ts.size() && ts.get(c + 2).lower().equals("là"))) continue;
      // "hay nói cách khác": an idiom ("cách đây 3 năm" still opens reported content)
      if (ts.get(c).lower().equals("cách") && c + 1 < ts.size() && ts.get(c + 1).lower().equals("khác")) continue;
      // "X nói gì khi …?" is a teaser question, not reported speech
      if (ts.get(c).lower().equals("gì") || hasChar(text, '?', cs, ce + 1)) return;
      if (ce <= cs || countWords(ts.subList(c, ts.size()), ce) < 3) return;
      // A direct quote opening the content covers it; quoted words inside the clause ("… đã "nhắc nhở"
      // …") are scare quotes of the reported speech, which wins.
      List<Span> inner = new ArrayList<>();
      for (Span q : quotes) {
        if (q.open() < ce && cs < q.close()) {
          // 'thừa nhận “đã gây ra …” cũng như làm …': quoted words open the clause, which runs on past
          // them; the reported clause, not the fragment, is what was said
          boolean opensClause = q.open() == cs && clauseRunsOn(text, q.close() + 1, ce);
          if (!opensClause && (q.open() <= cs || q.close() > ce + 1)) return;
          inner.add(q);
        }
      }
      for (Span q : inner) scare.add(firstNonSpace(text, q.open() + 1));
      out.add(new Quote(cs, ce, text.substring(cs, ce), speaker, null, v, false));
      // the second clause starts at its conjunction ("nhưng" marks an empty subject); after "trong khi (đó)" at
      // its subject, so that the conjunction is not read as part of the speaker
      if (next > c + 1) {
        int words = contrastWords(ts, next);
        reported(text, ts.subList(words > 1 ? next + words : next, ts.size()), es, quotes, out, scare, speaker);
      }
      return;
    }
  }

  /**
   * Round 25: the start of the quote found so far that ends right before the sentence {@code ts} (only spaces, a line
   * break, marks and a period between), when a personal pronoun stands within the three tokens before the verb at k
   * and its antecedent sought from that quote's start is the quote's own speaker (the pronoun goes on with it); else
   * -1. Worst case three set look-ups, then one pass over the quotes found so far, a few character tests and one
   * antecedent walk.
   */
  private static int pronounAfterQuote(String text, List<Token> ts, int k, List<Quote> out, List<EntityMention> es) {
    String head = null;
    for (int x = k - 1; x >= 0 && x >= k - 3 && head == null; x--) {
      if (PRONOUN_HEADS.contains(ts.get(x).lower())) head = ts.get(x).lower();
    }
    if (head == null) return -1;
    int start = ts.get(0).start();
    for (Quote q : out) {
      if (q.end() > start || start - q.end() > 4) continue;
      boolean gap = true;
      for (int i = q.end(); i < start && gap; i++) gap = " \n.\"”'’»".indexOf(text.charAt(i)) >= 0;
      if (!gap || q.speaker() == null) continue;
      String who = antecedent(text, head, q.start(), es);
      if (who == null) return -1;
      String name = who.substring(head.length() + 1);
      return q.speaker().contains(name) || name.contains(q.speaker()) ? q.start() : -1;
    }
    return -1;
  }

  /** Nouns that open a speech verb's object rather than a reported clause (round 9). */
  private static final Tokens.Lexicon OBJECT_NOUN_LEX = Tokens.Lexicon.of(WordSet.of(
      "thông tin", "quan điểm", "câu chuyện", "vai trò", "phỏng vấn", "tin đồn", "mong muốn", "vinh dự",
      "niềm vui",
      // round 10: "phủ nhận những thông tin như vậy", "tiết lộ nhiều điều về …", "tiết lộ bí mật quân sự"
      "những thông tin", "các thông tin", "nhiều điều", "bí mật"));
  /**
   * Round 24: what is shared, posted or split after "chia sẻ" (pictures, clips, posts, data, costs, experience),
   * or where it goes ("lên trang …", "lại trên …"): an object, not a reported clause.
   */
  private static final Tokens.Lexicon SHARED_OBJECT_LEX = Tokens.Lexicon.of(WordSet.of(
      "hình ảnh", "hình", "ảnh", "ảnh chụp", "bức ảnh", "loạt ảnh", "những hình ảnh", "nhiều hình ảnh", "các hình ảnh",
      "những bức ảnh", "các bức ảnh", "video", "đoạn video", "một đoạn video", "clip", "đoạn clip", "một đoạn clip",
      "bài viết", "một bài viết", "bài đăng", "đường link", "đường dẫn", "dữ liệu", "kinh nghiệm", "bí quyết",
      "cảm xúc", "cảm nghĩ", "khó khăn", "chi phí", "lợi nhuận", "lợi ích", "gánh nặng", "trách nhiệm", "kiến thức",
      "tài liệu", "yêu thương", "lên", "lại"));
  private static final Set<String> EMPHASIS_PREPOSITIONS = WordSet.of("vào", "đến", "tới");
  private static final Set<String> TOPIC_PREPOSITIONS = WordSet.of("đến", "tới");
  /** Round 24: "như vậy", "như thế", "như trên" right after a speech verb point back to words given before. */
  private static final Set<String> SAID_BEFORE = WordSet.of("vậy", "thế", "trên");

  /**
   * A listed object noun at c whose phrase has no "là" before the next punctuation or "và" (at most
   * eight tokens: "nhấn mạnh vai trò Bộ trưởng là vinh dự" is a clause, "xác nhận thông tin này" is not)
   * and is not followed by a comma or colon ("tiết lộ thông tin, X …" reports the clause after it).
   */
  private static boolean objectNoun(List<Token> ts, int c) {
    return objectNoun(ts, c, OBJECT_NOUN_LEX);
  }

  /**
   * Round 24: a colon among the (at most 25) tokens from c, before the sentence's end ("chia sẻ cảm xúc về …: “…”"):
   * the words after it are what was said.
   */
  private static boolean colonAhead(List<Token> ts, int c) {
    for (int x = c; x < ts.size() && x < c + 25; x++) if (ts.get(x).lower().equals(":")) return true;
    return false;
  }

  /** As above, for the nouns of {@code lex}. */
  private static boolean objectNoun(List<Token> ts, int c, Tokens.Lexicon lex) {
    String o = Tokens.matchForward(ts, c, lex);
    if (o == null) return false;
    int a = c + Tokens.words(o);
    if (a < ts.size() && (ts.get(a).lower().equals(",") || ts.get(a).lower().equals(":"))) return false;
    for (int x = a; x < ts.size() && x < a + 8; x++) {
      Token t = ts.get(x);
      if (t.kind() == Kind.PUNCT || t.lower().equals("và")) break;
      if (t.lower().equals("là")) return false;
    }
    return true;
  }

  private static int firstWord(List<Token> ts) {
    int f = 0;
    while (f + 1 < ts.size() && ts.get(f).kind() == Kind.PUNCT) f++;
    return f;
  }

  /** After a close mark at {@code from}, a lower-case word and at least three words before {@code end}. */
  private static boolean clauseRunsOn(String text, int from, int end) {
    int i = firstNonSpace(text, from);
    if (i >= end || !Character.isLowerCase(text.charAt(i))) return false;
    int words = 0;
    for (int x = i; x < end; x++) if (text.charAt(x) == ' ') words++;
    return words >= 3;
  }

  /**
   * A comma within the next few words: "cho biết trước Tết, con đường …" fronts a time phrase before
   * the clause; "cho biết tại cuộc họp báo." / "cho biết hồi tuần trước." only say where or when.
   */
  private static boolean commaSoon(List<Token> ts, int c) {
    for (int x = c + 1; x < ts.size() && x < c + 8; x++) {
      String w = ts.get(x).lower();
      if (w.equals(",")) return true;
      if (ts.get(x).kind() == Kind.PUNCT && ".!?;:".contains(w)) return false;
    }
    return false;
  }

  /** Verbs whose bare verb-phrase object is an act announced ("tuyên bố từ chức"). */
  private static final Set<String> ANNOUNCING_VERBS = WordSet.of("tuyên bố", "thông báo");
  /**
   * Verbs that open such an act right after the announcing verb ("sẽ …", an intention, and "ngừng bắn",
   * a ceasefire declared, stay reported, as earlier rounds chose).
   */
  private static final Tokens.Lexicon BARE_ACT_LEX = Tokens.Lexicon.of(WordSet.of(
      "rút", "rút khỏi", "thử", "nhận", "tạm", "hủy", "huỷ", "đóng", "cấm", "dừng", "hoãn",
      "từ chức", "phong tỏa", "phong toả", "chấm dứt", "đình chỉ", "thu hồi", "trục xuất", "phóng", "bắt đầu",
      "áp dụng", "giải thể", "giải tán", "phá sản", "tạm dừng", "tạm ngừng"));

  /** Subjects that name no source: the news report itself speaks ("Thông tin cho hay"). */
  private static final Set<String> IMPERSONAL_SUBJECTS = WordSet.of(
      "thông tin", "thông tin ban đầu", "diễn biến", "diễn biến ban đầu");

  /** The words before the verb at k, from the sentence start, form an impersonal subject. */
  private static boolean impersonalSubject(List<Token> ts, int k) {
    int s = 0;
    while (s < k && ts.get(s).kind() == Kind.PUNCT) s++;
    if (k - s < 2 || k - s > 4) return false;
    StringBuilder sb = new StringBuilder();
    for (int x = s; x < k; x++) sb.append(x > s ? " " : "").append(ts.get(x).lower());
    return IMPERSONAL_SUBJECTS.contains(sb.toString());
  }

  /** Round 15: modals that a negation may stand before, right before a speech verb ("không thể", "không dám"); round 16:
   * "không muốn" ("nếu không muốn nói", "tôi không muốn chia sẻ thêm"). */
  private static final Set<String> MODALS = WordSet.of("thể", "dám", "phép", "muốn");

  /** Round 15: "không thể nói", "chưa dám khẳng định", "không được phép tiết lộ": a lower-case negated modal before k. */
  private static boolean negatedModal(String text, List<Token> ts, int k) {
    if (k < 2 || !MODALS.contains(ts.get(k - 1).lower())) return false;
    int n = k - 2;
    if (ts.get(n).lower().equals("được") && n > 0) n--;
    return NEGATIONS.contains(ts.get(n).lower()) && Character.isLowerCase(text.charAt(ts.get(n).start()));
  }

  /**
   * Round 17: "Hai mươi người đã được cứu, CNN dẫn lời ông X." The "dẫn lời" at k (its subject one to a few words after a
   * comma, no other mark) closes the sentence with the one it cites and no speech verb or mark of its own: the clause
   * before the comma (three words or more, no quote in it) is a reported quote of the first person named after "dẫn
   * lời", else of the cited source. One walk back to the comma and one over the rest of the sentence, only at "dẫn lời".
   */
  private boolean citedClause(String text, List<Token> ts, int k, List<EntityMention> es, List<Span> quotes, List<Quote> out) {
    int last = ts.size();
    while (last > k + 2 && ts.get(last - 1).kind() == Kind.PUNCT && ".!?…".contains(ts.get(last - 1).lower())) last--;
    if (last <= k + 2) return false;
    for (int x = k + 2; x < last; x++) {
      Token t = ts.get(x);
      if (t.kind() == Kind.PUNCT && !",()–-".contains(t.lower()) && !abbreviationPeriod(text, ts, x)) return false;
      if (verbAt(text, ts, x) != null) return false;
    }
    int comma = k - 1;
    while (comma > 0 && !ts.get(comma).lower().equals(",")) {
      if (ts.get(comma).kind() == Kind.PUNCT) return false;
      comma--;
    }
    if (comma <= 0 || k - comma - 1 > 4) return false;
    int first = 0;
    while (first < comma && ts.get(first).kind() == Kind.PUNCT) first++;
    if (countWords(ts.subList(first, comma)) < 3) return false;
    int ps = ts.get(first).start(), pe = ts.get(comma - 1).end();
    for (Span q : quotes) if (q.open() < pe && ps < q.close()) return false;
    String who = firstPerson(ts.get(k + 2).start(), ts.get(last - 1).end(), es);
    if (who == null) who = citedSource(text, ts, k, es, new int[1]);
    if (who == null) return false;
    out.add(new Quote(ps, pe, text.substring(ps, pe), who, null, "dẫn lời", false));
    return true;
  }

  /** Round 15: what "có" introduces as an unsourced report ("có thông tin cho rằng", "có ý kiến cho rằng"). */
  private static final Set<String> RUMOURS = WordSet.of(
      "thông tin", "ý kiến", "dư luận", "tin đồn", "giả thuyết", "nhận định", "luồng ý kiến", "đồn đoán", "đồn đại",
      // round 17: "có nhiều quan điểm nói …"
      "quan điểm");
  /** Words between "có" and the report ("có nhiều ý kiến", "có những thông tin"). */
  private static final Set<String> RUMOUR_COUNTS = WordSet.of("nhiều", "những", "các", "một số",
      // round 17: "đã có rất nhiều ý kiến bình luận"
      "rất nhiều");
  /** Words that may stand before "có" in such a clause ("hiện có", "cũng có", "đã có", "vẫn có"). */
  private static final Set<String> RUMOUR_LEADS = WordSet.of("hiện", "cũng", "đã", "vẫn", "từng", "còn", "lại",
      // round 17: "…, nhưng có nhiều quan điểm nói …"
      "nhưng", "song");

  /**
   * Round 15: 1 when the words before the verb at k are "có" + an unsourced report (RUMOURS) at a clause start, -1 when
   * the same is negated ("chưa có báo cáo nào khẳng định"), else 0. A walk of at most eight tokens back.
   */
  private static int rumourBefore(List<Token> ts, int k) {
    int j = k - 1;
    if (j >= 0 && ts.get(j).lower().equals("nào")) {
      // "chưa có báo cáo nào khẳng định": find "có" a few words back, negated
      for (int x = j - 1; x >= 1 && j - x <= 5; x--) {
        if (ts.get(x).kind() != Kind.WORD) return 0;
        if (ts.get(x).lower().equals("có")) return NEGATIONS.contains(ts.get(x - 1).lower()) ? -1 : 0;
      }
      return 0;
    }
    String two = j >= 1 ? ts.get(j - 1).lower() + " " + ts.get(j).lower() : null;
    boolean opinion = two != null && two.equals("ý kiến");
    if (two != null && RUMOURS.contains(two)) j -= 2;
    else if (j >= 0 && RUMOURS.contains(ts.get(j).lower())) j--;
    else return 0;
    String cnt = j >= 1 ? ts.get(j - 1).lower() + " " + ts.get(j).lower() : null;
    if (cnt != null && RUMOUR_COUNTS.contains(cnt)) j -= 2;
    else if (j >= 0 && RUMOUR_COUNTS.contains(ts.get(j).lower())) j--;
    else if (opinion && j >= 1 && ts.get(j - 1).lower().equals("đã")) return 0; // "X, Vụ trưởng Y, đã có ý kiến": X commented
    if (j < 0 || !ts.get(j).lower().equals("có")) return 0;
    j--;
    if (j >= 0 && RUMOUR_LEADS.contains(ts.get(j).lower())) j--;
    // "Thậm chí đã có thông tin …"
    if (j >= 1 && ts.get(j - 1).lower().equals("thậm") && ts.get(j).lower().equals("chí")) j -= 2;
    if (j >= 0 && NEGATIONS.contains(ts.get(j).lower())) return -1;
    return j < 0 || ts.get(j).kind() == Kind.PUNCT ? 1 : 0;
  }

  /** Conjunctions after which a sentence may report a second, contrasting statement. */
  private static final Set<String> CONTRAST = WordSet.of("nhưng", "song", "còn");

  /**
   * Index of the conjunction in ", nhưng [subject] [adverbs] VERB" after token c when a speech verb
   * follows it within a few words (the start of a second reported clause), else -1.
   */
  private static int secondClause(String text, List<Token> ts, int c) {
    for (int x = c + 1; x + 1 < ts.size(); x++) {
      if (!ts.get(x - 1).lower().equals(",")) continue;
      int words = contrastWords(ts, x);
      if (words == 0) continue;
      for (int y = x + words; y < ts.size() && y <= x + 5 + words; y++) {
        if (ts.get(y).kind() == Kind.PUNCT) break;
        String v = verbAt(text, ts, y);
        if (v != null && !v.equals("dẫn lời")) return x;
      }
    }
    return -1;
  }

  /**
   * Words of the contrasting conjunction at x: 1 for "nhưng", "song", "còn"; 2 for "trong khi" and 3 for "trong
   * khi đó" (", trong khi quan chức Y cho biết …" opens a second statement too); 0 for anything else.
   */
  private static int contrastWords(List<Token> ts, int x) {
    if (CONTRAST.contains(ts.get(x).lower())) return 1;
    if (!ts.get(x).lower().equals("trong") || x + 1 >= ts.size() || !ts.get(x + 1).lower().equals("khi")) return 0;
    return x + 2 < ts.size() && ts.get(x + 2).lower().equals("đó") ? 3 : 2;
  }

  /** The verb at k sits in a "Khi/Sau khi … verb" clause: "khi" is the boundary of its subject. */
  private static boolean inKhiClause(List<Token> ts, int k) {
    for (int b = k - 1; b >= 0 && b >= k - MAX_SUBJECT_WORDS; b--) {
      Token t = ts.get(b);
      if (t.kind() == Kind.PUNCT) return false;
      if (SUBJECT_BOUNDARY_WORDS.contains(t.lower())) return t.lower().equals("khi");
    }
    return false;
  }

  /**
   * True when the verb at k has no subject of its own: right before it (past adverbs) come "và",
   * "rồi", "nhưng", a comma or a closing quote mark ("… gọi họ là "quỷ dữ" và cho rằng").
   */
  private static boolean emptySubject(List<Token> ts, int k) {
    int b = k - 1;
    while (b >= 0) {
      String w = ts.get(b).lower();
      String two = b > 0 ? ts.get(b - 1).lower() + " " + w : null;
      if (two != null && (ADVERBS.contains(two) || MANNER_ADVERBS.contains(two))) b -= 2;
      else if (ADVERBS.contains(w) || MANNER_ADVERBS.contains(w)) b--;
      else break;
    }
    if (b < 0) return false;
    String w = ts.get(b).lower();
    // round 14: "X không lý giải …, mà chỉ nhấn mạnh …", "… nhưng không quên cảnh báo …": past the manner words too,
    // and after "mà" (but rather)
    return w.equals("và") || w.equals("rồi") || w.equals("nhưng") || w.equals(",") || w.equals("mà")
        // round 26: "Tờ báo không nêu rõ …, song cho biết …": "song" is "nhưng"
        || w.equals("song");
  }

  /** Round 26: verbs whose object is often a thing or a person ("chia sẻ nó với …", "bác bỏ Tổng thống X"). */
  private static final Set<String> OBJECT_TAKERS = WordSet.of("chia sẻ", "bác bỏ", "trả lời");

  /** Round 26: words that open a clause of their own right after a speech verb (its subject or its tense). */
  private static final Set<String> CLAUSE_STARTS = WordSet.of("đây", "đó", "điều này", "họ", "mình", "tôi",
      "chúng tôi", "chúng ta", "nó", "sẽ", "đã", "đang");

  /**
   * Round 26: the content at c opens a clause: a pronoun or demonstrative subject, a tense marker, or a capitalised
   * word (a name as subject) that is not the sentence's last word. Two set look-ups and a character test.
   */
  private static boolean opensClause(String text, List<Token> ts, int c) {
    if (c >= ts.size() || ts.get(c).kind() == Kind.PUNCT) return false;
    String w = ts.get(c).lower();
    if (CLAUSE_STARTS.contains(w)) return true;
    if (c + 1 < ts.size() && CLAUSE_STARTS.contains(w + " " + ts.get(c + 1).lower())) return true;
    return Character.isUpperCase(text.charAt(ts.get(c).start())) && c + 2 < ts.size() && ts.get(c + 1).kind() != Kind.PUNCT;
  }

  /**
   * The subject of the sentence's first clause, for a verb that shares it: the first person named
   * before the verb (with a "người bạn của X" head kept), else the first organisation, else a
   * resolved pronoun, else the clause's opening words up to a place or body they name.
   * A short opening chunk ("Trước đó,", "Tuy nhiên,") is skipped.
   */
  private static String clauseSubject(String text, List<Token> ts, int k, List<EntityMention> es) {
    int s0 = 0;
    while (s0 < k && ts.get(s0).kind() == Kind.PUNCT) s0++;
    for (int x = s0; x < k && x <= s0 + 3; x++) {
      if (ts.get(x).lower().equals(",")) {
        if (!hasMention(ts.get(s0).start(), ts.get(x).start(), es)) s0 = x + 1;
        break;
      }
    }
    if (s0 >= k) return null;
    int ps = ts.get(s0).start(), pe = ts.get(k - 1).end();
    for (int i = lowerBound(es, ps); i < es.size() && es.get(i).start() < pe; i++) {
      EntityMention m = es.get(i);
      if (m.type() != EntityType.PERSON || m.end() > pe) continue;
      // "Người bạn của X": the head noun is the speaker, X names whose friend
      String before = text.substring(ps, m.start()).strip();
      if (before.endsWith(" của") && Tokens.scan(text, ps, m.start()).size() <= 4) return text.substring(ps, m.end());
      return m.text();
    }
    String org = firstOrganization(text, ps, pe, es);
    if (org != null) return org;
    if (PRONOUN_HEADS.contains(ts.get(s0).lower())) {
      String who = antecedent(text, ts.get(s0).lower(), ps, es);
      return who != null ? who : text.substring(ps, ts.get(s0).end());
    }
    // "Các chuyên gia Nhật Bản tới …, xác nhận": the opening words through the first name they hold
    for (int i = lowerBound(es, ps); i < es.size() && es.get(i).start() < pe; i++) {
      EntityMention m = es.get(i);
      if (m.end() <= pe && Tokens.scan(text, ps, m.end()).size() <= 6) return text.substring(ps, m.end());
      break;
    }
    return null;
  }

  /** End of reported content: the sentence end without final punctuation or ", theo X". */
  private static int contentEnd(String text, List<Token> ts, int from) {
    int last = ts.size() - 1;
    while (last >= from && ts.get(last).kind() == Kind.PUNCT && ".!?…".contains(ts.get(last).lower())) last--;
    int theo = trailingTheo(ts, from);
    if (theo >= 0) last = theo - 2; // drop "… , theo Reuters"
    return last >= from ? ts.get(last).end() : -1;
  }

  /** Index of "theo" in a trailing ", theo X." (X up to 6 words), or -1. */
  private static int trailingTheo(List<Token> ts, int from) {
    int end = ts.size() - 1;
    while (end >= 0 && ts.get(end).kind() == Kind.PUNCT) end--;
    for (int k = end; k > from && end - k < 7; k--) {
      if (ts.get(k).lower().equals("theo") && ts.get(k - 1).lower().equals(",") && k < end) return k;
    }
    return -1;
  }

  private static String trailingSource(String text, int[] sentence) {
    List<Token> ts = Tokens.scan(text, sentence[0], sentence[1]);
    int k = trailingTheo(ts, 0);
    if (k < 0) return null;
    int end = ts.size() - 1;
    while (end > k && ts.get(end).kind() == Kind.PUNCT) end--;
    return text.substring(ts.get(k + 1).start(), ts.get(end).end());
  }

  // ---------------------------------------------------------------- shared helpers

  /** The speech verb starting at token k in predicate position, or null. */
  /**
   * {@link #verbAt(List, int)} with the case of the text: a capitalised rằng-only verb inside a
   * sentence is part of a name ("Tổng cục Thống kê"), and a straight quote after one must open a
   * quote (a letter right after it), not close one.
   */
  static String verbAt(String text, List<Token> ts, int k) {
    // Asked at nearly every token, and nearly every token is no speech word: this hot part stays small enough for the
    // JIT to inline it into its callers; the checks of a found verb are other methods. (As verbAt(ts, k), with the
    // token read once: "thông tin" below is a word too.)
    Token t = ts.get(k);
    if (t.kind() != Kind.WORD) return null;
    String v = Tokens.matchForward(ts, k, VERB_LEX);
    if (v != null) v = checkedVerb(ts, k, v);
    if (v == null) return t.lower().equals("thông") && thongTinVerb(text, ts, k) ? "thông tin" : null;
    return checkedVerb(text, ts, k, v);
  }

  /**
   * "Ông Bùi Văn X thông tin, …": after a name "thông tin" is the verb (elsewhere, before a comma, it is mostly the
   * noun: "sau khi tiếp nhận thông tin, …").
   */
  private static boolean thongTinVerb(String text, List<Token> ts, int k) {
    return k > 0 && k + 2 < ts.size() && ts.get(k).lower().equals("thông") && ts.get(k + 1).lower().equals("tin")
        && ts.get(k + 2).lower().equals(",") && ts.get(k - 1).kind() == Kind.WORD
        && Character.isUpperCase(text.charAt(ts.get(k - 1).start())) && Character.isLowerCase(text.charAt(ts.get(k).start()));
  }

  /** {@link #verbAt(String, List, int)} once the lexicon found the speech word v at k: null when the context refuses it. */
  private static String checkedVerb(String text, List<Token> ts, int k, String v) {
    if (k > 0 && Character.isLowerCase(text.charAt(ts.get(k - 1).start()))
        && (LOWER_NOUN_MARKERS.contains(ts.get(k - 1).lower()) && !(k >= 2 && ts.get(k - 2).lower().equals("lần"))
            || ts.get(k - 1).lower().equals("nhà") && PROFESSION_VERBS.contains(v))) return null;
    // round 20: "Câu trả lời là …", "Câu chia sẻ cuối …" opening a sentence or a clause: the capital is the sentence's,
    // the word still a noun (two compares, only where "Câu"/"Cách" stands right before a speech word)
    if (k > 0 && (k == 1 || ts.get(k - 2).kind() == Kind.PUNCT)
        && (ts.get(k - 1).lower().equals("câu") || ts.get(k - 1).lower().equals("cách"))) return null;
    // round 20: "cắm biển cảnh báo nguy hiểm", "còi hú cảnh báo", "hồi chuông cảnh báo", "máy bay cảnh báo sớm",
    // "cập nhật thông tin cảnh báo": a sign, a siren or a device that warns, a noun; nobody speaks ("cảnh sát biển
    // cảnh báo" does). One or two look-ups, only at "cảnh báo" after a lower-case word.
    if ("cảnh báo".equals(v) && k > 0 && warningDevice(text, ts, k)) return null;
    // round 9: "Ngày Thế giới Nói không với thuốc lá": a capitalised speech word right after a word
    // inside a sentence is part of a name (one character check)
    if (k > 0 && Character.isUpperCase(text.charAt(ts.get(k).start())) && ts.get(k - 1).kind() == Kind.WORD) return null;
    // round 17: "phóng viên báo Người đưa tin", "theo Người đưa tin": "đưa tin" after a capitalised "Người" that does not open
    // the sentence or a clause is the outlet's name (three compares, only at "đưa tin")
    if ("đưa tin".equals(v) && k > 1 && ts.get(k - 1).lower().equals("người") && Character.isUpperCase(text.charAt(ts.get(k - 1).start()))
        && ts.get(k - 2).kind() == Kind.WORD) return null;
    if (!RANG_ONLY_VERBS.contains(v)) return v;
    Token t = ts.get(k);
    if (Character.isUpperCase(text.charAt(t.start())) && k > 0 && ts.get(k - 1).kind() == Kind.WORD) return null;
    int next = k + Tokens.words(v);
    if (next < ts.size() && ts.get(next).lower().equals("\"")) {
      int after = ts.get(next).end();
      if (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after))) return null;
    }
    return v;
  }

  /** Round 20: lower-case words right before "cảnh báo" that make it a device's name (see warningDevice). */
  private static final Set<String> WARNING_DEVICES = WordSet.of("biển", "còi", "hú", "loa", "chuông", "đèn", "radar", "bảng");
  /** Round 20: the same as two words ("máy bay cảnh báo sớm", "thông tin cảnh báo"). */
  private static final Set<String> WARNING_DEVICE_PAIRS = WordSet.of("máy bay", "thông tin");

  /** Round 20: "cảnh báo" at k names a sign, a siren, an aircraft or a notice (see verbAt). */
  private static boolean warningDevice(String text, List<Token> ts, int k) {
    Token p = ts.get(k - 1);
    if (p.kind() != Kind.WORD || !Character.isLowerCase(text.charAt(p.start()))) return false;
    String w = p.lower();
    if (WARNING_DEVICES.contains(w)) return !(w.equals("biển") && k > 1 && ts.get(k - 2).lower().equals("sát"));
    return k > 1 && WARNING_DEVICE_PAIRS.contains(ts.get(k - 2).lower() + " " + w);
  }

  /**
   * Verbs of RANG_ONLY_VERBS that a comma does not make speech: "sau khi tiếp nhận thông tin, …", "viết, vẽ",
   * round 13: "dùng dao đe dọa, ép …", "đề nghị Bộ X đính chính, thu hồi quyết định".
   */
  private static final Set<String> NO_COMMA_VERBS = WordSet.of("thông tin", "viết", "đe doạ", "đe dọa", "đính chính",
      // round 20: "lấy lời khai, …", "sau 10 năm triển khai, …", "tiếp nhận tin trình báo, …": nouns before a comma
      "khai", "trình báo");

  /** Round 16: "điều cần lưu ý", "chi tiết cần nhấn mạnh": the thing to be said, not a speaker. */
  private static final Set<String> NEED_TOPICS = WordSet.of("điều", "chi tiết", "vấn đề");

  static String verbAt(List<Token> ts, int k) {
    if (ts.get(k).kind() != Kind.WORD) return null;
    String v = Tokens.matchForward(ts, k, VERB_LEX);
    return v == null ? null : checkedVerb(ts, k, v); // small, so the JIT inlines it: most tokens stop here
  }

  /** {@link #verbAt(List, int)} once the lexicon found v at k: null when an idiom or a passive refuses it. */
  private static String checkedVerb(List<Token> ts, int k, String v) {
    // "Nam diễn viên được cho rằng đã …" (is believed to), "được cho biết" (was told): passive, nobody speaks
    if (ALWAYS_VERBS.contains(v)) return k > 0 && (ts.get(k - 1).lower().equals("được") || ts.get(k - 1).lower().equals("bị")) ? null : v;
    if (k == 0) return null; // sentence-initial "Phát biểu trên…" is a noun subject
    int next = k + Tokens.words(v);
    String following = next < ts.size() ? ts.get(next).lower() : "";
    if (v.equals("kể") && (following.equals("cả") || following.equals("từ") || following.equals("đến")
        || following.equals("tới"))) return null; // "kể cả", "kể từ", "kể đến", round 16: "phải kể tới" (to mention)
    // "niềm tin rằng", "lòng tin": a nominalised speech word; "người dân được cảnh báo rằng": the
    // subject is warned, it does not speak
    String before = ts.get(k - 1).lower();
    // round 9: "bất kể ai …" (whoever), "như đã nói ở trên" (as said above), "có thể nói" (one may say),
    // a sentence-opening "Phải nói rằng" (it must be said): idioms, nobody speaks. Look-backs of one
    // or two tokens at a verb.
    if (v.equals("kể") && before.equals("bất")) return null;
    // round 20: "công khai rằng" (publicly), "triển khai:" (to deploy) are no testimony (one compare, only at "khai")
    if (v.equals("khai") && (before.equals("công") || before.equals("triển"))) return null;
    if (v.equals("nói") && (before.equals("đã") && k >= 2 && ts.get(k - 2).lower().equals("như")
        || before.equals("thể") && k >= 2 && ts.get(k - 2).lower().equals("có")
        || before.equals("phải") && (k == 1 || ts.get(k - 2).kind() == Kind.PUNCT))) return null;
    // round 10: "…, nhưng phải thừa nhận là …" (one must admit), a sentence-opening "Không thể phủ nhận
    // rằng" (undeniably), "… chứ đừng nói đạt mục tiêu" (let alone): idioms with no speaker, for any
    // speech verb (look-backs of two or three tokens)
    if (before.equals("phải") && (k == 1 || ts.get(k - 2).kind() == Kind.PUNCT || IDIOM_LINKS.contains(ts.get(k - 2).lower()))
        || before.equals("thể") && k >= 2 && ts.get(k - 2).lower().equals("không") && (k == 2 || ts.get(k - 3).kind() == Kind.PUNCT)
        || before.equals("đừng") && k >= 2 && ts.get(k - 2).lower().equals("chứ")) return null;
    // round 16: "Cần nhấn mạnh rằng …", "Tuy nhiên, cần phải lưu ý rằng …", "Ngoài ra, cũng cần lưu ý …", "Một điều cần
    // lưu ý, …": a need to say at a clause start, or a thing to be said, is advice with no speaker (look-backs of at
    // most three tokens at a verb after "cần")
    if (before.equals("cần") || before.equals("phải") && k >= 2 && ts.get(k - 2).lower().equals("cần")) {
      int c = before.equals("cần") ? k - 1 : k - 2;
      int x = c - 1;
      if (x >= 0 && ts.get(x).lower().equals("cũng")) x--;
      if (x < 0 || ts.get(x).kind() == Kind.PUNCT || NEED_TOPICS.contains(ts.get(x).lower())
          || x >= 1 && NEED_TOPICS.contains(ts.get(x - 1).lower() + " " + ts.get(x).lower())) return null;
    }
    // round 13: "mối đe dọa" (a threat) is a noun too; after a verb "mối quan hệ …" may open a clause, so "mối"
    // is no NOMINALISER
    if (NOMINALISERS.contains(before) || before.equals("mối") || before.equals("được") || before.equals("bị")) return null;
    // round 18: "với mong muốn khẳng định …" (with the wish to affirm): an aim, like "nhằm", nobody speaks (three
    // compares back, only where a speech word follows "muốn")
    if (k >= 3 && before.equals("muốn") && ts.get(k - 2).lower().equals("mong") && ts.get(k - 3).lower().equals("với")) return null;
    // round 14: "viết trên Twitter rằng", "viết trong lá thư." (writtenWhere)
    boolean medium = v.startsWith("viết") && writtenWhere(ts, next);
    // "…" - tờ X viết thêm.": closing the attribution after a quote (the scan stops at the period)
    if (RANG_ONLY_VERBS.contains(v) && !(following.equals("rằng") || following.equals(":") || following.isEmpty()
        || following.equals(".") && v.startsWith("viết") || following.equals(",") && !NO_COMMA_VERBS.contains(v)
        || "\"“«".contains(following) && !v.equals("khuyến cáo")
        || medium)) {
      return null;
    }
    // round 24: "từng nghe nói rằng …" (had heard that): hearsay, nobody named speaks (one compare, only before "rằng")
    if (following.equals("rằng") && ts.get(k - 1).lower().equals("nghe") && v.equals("nói")) return null;
    // "đưa ra tuyên bố rằng …": the speech noun introduces reported content all the same
    if (following.equals("rằng")) return v;
    Token prev = ts.get(k - 1);
    if (prev.kind() == Kind.WORD && NOUN_MARKERS.contains(prev.lower())) return null;
    // round 17: "hệ thống cảnh báo sớm" (a system), "là động thái khẳng định …" (a move): a noun, nobody speaks (one
    // two-word join before the verb)
    if (k >= 2 && NOUN_HEADS.contains(ts.get(k - 2).lower() + " " + prev.lower())) return null;
    if (prepositionalNoun(ts, k)) return null;
    int after = k + Tokens.words(v);
    if (after < ts.size() && NOUN_FOLLOWERS.contains(ts.get(after).lower()) && !medium) return null;
    return v;
  }

  /**
   * Round 15: the speech word at k follows a clause-opening preposition and at most two count words ("Qua thống kê",
   * "Trong 1 tuyên bố", "Sau nhiều lần bác bỏ"): a noun. At most three token compares back.
   */
  private static boolean prepositionalNoun(List<Token> ts, int k) {
    int j = k - 1;
    while (j >= 0 && k - j <= 2 && (ts.get(j).kind() == Kind.NUMBER || COUNT_WORDS.contains(ts.get(j).lower()))) j--;
    return j >= 0 && ts.get(j).kind() == Kind.WORD && PHRASE_PREPOSITIONS.contains(ts.get(j).lower())
        && (j == 0 || ts.get(j - 1).kind() == Kind.PUNCT);
  }

  /** Most words of the medium in "viết trên/trong <medium> rằng|:|." (see writtenWhere). */
  static final int MEDIUM_WORDS = 6;

  /**
   * Round 14: "X viết trên Twitter rằng: …", "“…”, Y viết trong lá thư.": at {@code at} "trên"/"trong", then one to
   * {@value #MEDIUM_WORDS} words of the medium, then "rằng", a colon, a period or the end of the clause. At most
   * {@value #MEDIUM_WORDS} + 2 token compares at a "viết".
   */
  private static boolean writtenWhere(List<Token> ts, int at) {
    if (at >= ts.size() || !WRITTEN_IN.contains(ts.get(at).lower())) return false;
    for (int x = at + 1; x <= at + MEDIUM_WORDS + 1; x++) {
      if (x >= ts.size()) return x > at + 1;
      Token t = ts.get(x);
      if (t.kind() == Kind.PUNCT) return x > at + 1 && (t.lower().equals(":") || t.lower().equals("."));
      if (t.lower().equals("rằng")) return x > at + 1;
    }
    return false;
  }

  private static final Set<String> WRITTEN_IN = WordSet.of("trên", "trong");

  /** Speaker for a verb at token k: the subject phrase back to a boundary, minus time phrase and adverbs. */
  private static String speakerBefore(String text, List<Token> ts, int k, List<EntityMention> es) {
    return speakerBefore(text, ts, k, es, -1);
  }

  /**
   * As above; a pronoun subject is resolved from {@code resolveAt} (the opening mark of the quote the clause follows)
   * instead of from the pronoun itself, when that is not -1.
   */
  private static String speakerBefore(String text, List<Token> ts, int k, List<EntityMention> es, int resolveAt) {
    int b = k - 1;
    // "Hãng X thì cho biết": an adverb right before the verb ("thì", "còn") is stripped below, it
    // does not end the subject
    while (b > 0 && ts.get(b).kind() == Kind.WORD && (ts.get(b).lower().equals("thì") || ts.get(b).lower().equals("còn"))) b--;
    int depth = 0; // inside "(…)" commas do not end the subject: "anh Long (thôn 3, xã Tân An)"
    int answerAt = -1;
    int orgAnd = -1; // round 16: the first "và" inside an organisation's name the walk passed over
    int groupAt = -1; // round 22: where a group of people joined to the subject by "và" opens
    while (b >= 0) {
      Token t = ts.get(b);
      if (t.lower().equals(")")) depth++;
      else if (t.lower().equals("(") && depth > 0) depth--;
      else if (depth > 0) { b--; continue; }
      // round 10: "Công an TP. Hà Tĩnh thông báo": the period of the abbreviation "TP." ends no subject
      // round 17: so does the period of an initial ("Ông Phan Văn K., trú … cho biết")
      if (abbreviationPeriod(text, ts, b)) {
        b -= 2;
        continue;
      }
      // round 11: 'Giọng ca "X" chia sẻ', 'Đạo diễn phim “Y” cho biết': a short quoted title inside the
      // subject (a word right after its closing mark) ends no subject; the walk passes over it (only at a
      // closing mark, at most TITLE_QUOTE_TOKENS tokens back, after at most TITLE_HEAD_WORDS words)
      if (t.kind() == Kind.PUNCT && b + 1 < ts.size() && ts.get(b + 1).kind() == Kind.WORD) {
        int open = titleQuoteOpen(ts, b);
        if (open >= 0) {
          b = open - 1;
          continue;
        }
      }
      if (t.kind() == Kind.PUNCT && ",;:–—\"“”«».…!?".contains(t.lower())) break;
      // round 9: "X trả lời phỏng vấn Y cho biết": "lời" of the verb "trả lời" ends no subject; the
      // subject is X, before that verb
      if (t.kind() == Kind.WORD && t.lower().equals("lời") && b > 0 && ts.get(b - 1).lower().equals("trả")) {
        answerAt = b - 1;
        b -= 2;
        continue;
      }
      // round 10: "Ông Trump khi tranh cử tuyên bố …", "Mỹ khi đó cho biết …": a short "khi" phrase right
      // after a name (one to three lower-case words, then the verb) is an adverbial of that subject, which
      // it does not end; the subject stops before "khi" (a few compares where the walk meets "khi")
      if (answerAt < 0 && t.lower().equals("khi") && b > 0 && k - b - 1 >= 1 && k - b - 1 <= 3
          && ts.get(b - 1).kind() == Kind.WORD && Character.isUpperCase(text.charAt(ts.get(b - 1).start()))
          && !KHI_OPENERS.contains(ts.get(b - 1).lower()) && lowerWords(text, ts, b + 1, k)) {
        answerAt = b;
        b--;
        continue;
      }
      // round 15: "Nhiều người khi xem trận đấu tối qua khẳng định", "Ông X khi được hỏi về … cho biết": a longer
      // "khi" phrase (up to KHI_PHRASE_WORDS lower-case words, no mark) after people ("người") or a passive "được hỏi"
      // is an adverbial of the subject before it (a few compares, only where the walk meets "khi")
      if (answerAt < 0 && t.lower().equals("khi") && b > 0 && k - b - 1 >= 2 && k - b - 1 <= KHI_PHRASE_WORDS
          && ts.get(b - 1).kind() == Kind.WORD && !KHI_OPENERS.contains(ts.get(b - 1).lower())
          && (ts.get(b - 1).lower().equals("người") && lowerWords(text, ts, b + 1, k)
              || ts.get(b + 1).lower().equals("được") && ts.get(b + 2).lower().equals("hỏi") && noPunctuation(ts, b + 1, k))) {
        answerAt = b;
        b--;
        continue;
      }
      // round 16: "Ông X sau khi kiểm tra hồ sơ đã khẳng định", "Một em nhỏ sau khi về đích cho biết": a "sau khi" phrase
      // (up to KHI_PHRASE_WORDS words, no mark) that opens with a verb of SAU_KHI_VERBS, right after a word of the
      // subject, belongs to that subject; "tăng điểm sau khi ông Y tuyên bố" (the phrase has its own subject) is
      // unchanged (a look-up and a walk of at most KHI_PHRASE_WORDS tokens, only where the walk meets "sau khi")
      if (answerAt < 0 && t.lower().equals("khi") && b > 1 && ts.get(b - 1).lower().equals("sau")
          && ts.get(b - 2).kind() == Kind.WORD && k - b - 1 >= 1 && k - b - 1 <= KHI_PHRASE_WORDS
          && Character.isLowerCase(text.charAt(ts.get(b + 1).start())) && Tokens.matchForward(ts, b + 1, SAU_KHI_VERB_LEX) != null
          && noPunctuation(ts, b + 1, k)) {
        answerAt = b - 1;
        b -= 2;
        continue;
      }
      // round 16: "Sở Giáo dục và Đào tạo tỉnh X cho biết": a "và" inside an organisation's name ends no subject (one
      // binary search where the walk meets "và")
      if (t.lower().equals("và") && insideOrganization(t.start(), t.end(), es)) {
        if (orgAnd < 0) orgAnd = b;
        b--;
        continue;
      }
      // round 22: "Nga và Trung Quốc cho rằng", "trong khi Seoul và Washington khẳng định", "Cả A và B đều lên án": two
      // names joined by "và" are one subject, not its last member (a walk of at most COORD_MEMBER_WORDS tokens, only
      // where the walk meets "và")
      if (t.lower().equals("và")) {
        int m = coordinatedNames(text, ts, b, k, es);
        int ce = m >= 0 && wordsOutsideParentheses(ts, m, k) <= MAX_SUBJECT_WORDS ? coordinatedEnd(text, ts, b, k, es) : -1;
        if (ce >= 0) return text.substring(ts.get(m).start(), ce);
        // "Giới chức Hàn Quốc và phó thủ tướng Malaysia cho rằng", "Các chuyên gia y tế và dinh dưỡng cảnh báo": a group of
        // people before "và" joins the subject, which then reads as any subject from its start
        int g = b + 1 < k ? coordinatedGroup(text, ts, b) : -1;
        if (g >= 0 && wordsOutsideParentheses(ts, g, k) <= MAX_SUBJECT_WORDS) {
          groupAt = g;
          b = g - 1;
          break;
        }
      }
      // round 15: "theo dõi" (to watch, to follow) is a verb, not the "theo" of a source
      if (t.kind() == Kind.WORD && SUBJECT_BOUNDARY_WORDS.contains(t.lower())
          && !(t.lower().equals("theo") && b + 1 < k && ts.get(b + 1).lower().equals("dõi"))) break;
      if (b > 0 && CAUSATIVES.contains(ts.get(b - 1).lower() + " " + t.lower())) break;
      // "dẫn dắt", "dẫn đầu" (to coach, to lead) are not the causative "dẫn"
      // round 17: "buộc phải" (to have to) right before the verb is no causative "buộc" ("họ buộc phải thừa nhận")
      if (CAUSATIVES.contains(t.lower()) && !(t.lower().equals("dẫn") && b + 1 < k
          && (ts.get(b + 1).lower().equals("dắt") || ts.get(b + 1).lower().equals("đầu")))
          && !(t.lower().equals("buộc") && b + 2 == k && ts.get(b + 1).lower().equals("phải"))) break;
      b--;
    }
    int s = b + 1;
    // round 16: a subject that grew over the word limit by passing a "và" inside a name stops at that "và" as before
    // (one count of the subject's words, only after such a pass)
    if (orgAnd >= 0 && wordsOutsideParentheses(ts, s, answerAt > s ? answerAt : k) > MAX_SUBJECT_WORDS) {
      b = orgAnd;
      s = b + 1;
    }
    // round 14: "IS trong khi đó lại tuyên bố": "trong khi đó" after the subject is an adverbial ("meanwhile"); the
    // subject stands before it (one more walk from there)
    if (b >= 1 && s < k && ts.get(b).lower().equals("khi") && ts.get(b - 1).lower().equals("trong")
        && ts.get(s).lower().equals("đó") && b >= 2 && ts.get(b - 2).kind() == Kind.WORD && onlyAdverbs(ts, s + 1, k)) {
      return speakerBefore(text, ts, b - 1, es, resolveAt);
    }
    int e = answerAt > s ? answerAt : k; // exclusive
    // round 12: "…, tỉnh Y - cho biết": the hyphen closing an apposition before the verb is no part of the subject
    if (e - 1 > s && ts.get(e - 1).lower().equals("-")) e--;
    // strip adverbs right before the verb
    boolean changed = true;
    while (changed && e > s) {
      changed = false;
      String two = e - 2 >= s ? ts.get(e - 2).lower() + " " + ts.get(e - 1).lower() : null;
      // round 15: "X một lần nữa khẳng định" (the one three-word adverb); "Các hộ dân sống gần đây" keeps its place
      if (e - 3 >= s && ADVERBS.contains(ts.get(e - 3).lower() + " " + two)) { e -= 3; changed = true; }
      else if (two != null && nearHere(ts, e - 2)) break;
      else if (two != null && ADVERBS.contains(two)) { e -= 2; changed = true; }
      else if (ADVERBS.contains(ts.get(e - 1).lower())) { e--; changed = true; }
      // round 14: written in lower case only ("ông Chỉ", a name, stays)
      else if (two != null && MANNER_ADVERBS.contains(two) && Character.isLowerCase(text.charAt(ts.get(e - 2).start()))) { e -= 2; changed = true; }
      else if (MANNER_ADVERBS.contains(ts.get(e - 1).lower()) && Character.isLowerCase(text.charAt(ts.get(e - 1).start()))) { e--; changed = true; }
    }
    // "Các tác giả đưa ra kết luận rằng": the light verb before a speech noun is no part of the subject
    if (e - 2 > s && LIGHT_VERBS.contains(ts.get(e - 2).lower() + " " + ts.get(e - 1).lower())) e -= 2;
    else if (e - 1 > s && LIGHT_VERBS.contains(ts.get(e - 1).lower())) e--;
    // a time adverb opening the subject ("năm ngoái Volkswagen thừa nhận") is not part of the speaker
    while (s + 1 < e) {
      String two = ts.get(s).lower() + " " + ts.get(s + 1).lower();
      if (LEADING_ADVERBS.contains(two)) s += 2;
      else if (LEADING_ADVERBS.contains(ts.get(s).lower())) s++;
      else break;
    }
    // round 14: a lower-case time phrase opening the subject after a comma ("Theo X, ngày 24/5 công ty này cho biết",
    // "tháng 4 vừa qua dư luận …"), and "có" before a count ("có 41 người khẳng định"): no part of the speaker
    // (a few compares at the subject's first tokens)
    if (s + 1 < e && timePhraseAt(text, ts, s)) {
      int x = s + 1;
      while (x < e && (ts.get(x).kind() == Kind.NUMBER || isTimeTail(ts.get(x).lower()) || ts.get(x).lower().equals("vừa")
          || "/-.".contains(ts.get(x).lower()) && ts.get(x).kind() == Kind.PUNCT)) x++;
      if (x < e && x - s <= 4) s = x;
    }
    if (s + 1 < e && ts.get(s).lower().equals("có") && ts.get(s + 1).kind() == Kind.NUMBER) s++;
    // cut a time phrase ("ngày 8.2", "hôm 20-11") inside the subject, never its first word
    for (int x = s + 1; x < e; x++) {
      if (timePhraseAt(text, ts, x)) {
        e = x;
        break;
      }
    }
    // round 10: "Ông X – Tổng cục trưởng Tổng cục Y nhấn mạnh": a dash opens an apposition like a comma
    boolean afterComma = b >= 0 && (ts.get(b).lower().equals(",") || ts.get(b).lower().equals("–") || ts.get(b).lower().equals("—"));
    if (e <= s && afterComma) {
      // "“…”, Tiến sĩ X, giám đốc bệnh viện Y, cho biết": only appositions between name and verb
      return appositionPerson(ts, b, es);
    }
    if (e <= s || wordsOutsideParentheses(ts, s, e) > MAX_SUBJECT_WORDS) return null;
    // round 15: "; nhận kết quả thông báo kết quả …", "Bước 3: Nhận kết quả thông báo …": a clause that
    // opens with a verb of receiving and its lower-case object holds a speech noun, not a speaker (two compares)
    if (s + 1 < e && (RECEIVING.contains(ts.get(s).lower()) || s + 2 < e && RECEIVING.contains(ts.get(s).lower() + " " + ts.get(s + 1).lower()))
        && (b < 0 || ts.get(b).kind() == Kind.PUNCT) && Character.isLowerCase(text.charAt(ts.get(e - 1).start()))) {
      return null;
    }
    int ps = ts.get(s).start(), pe = ts.get(e - 1).end();
    if (isPronoun(ts, s, e)) {
      String who = antecedent(text, ts.get(s).lower(), resolveAt >= 0 && resolveAt < ps ? resolveAt : ps, es);
      return who != null ? who : text.substring(ps, pe);
    }
    // "thông tin từ UBND thị trấn X, huyện Y (Z) cho biết": the place after the comma is the address of
    // the body named before it, which speaks
    // round 12: so is a bare place name after the comma ("công an huyện X, Quảng Nam cho biết"): the chunk is one
    // LOCATION mention, nothing more (one binary search)
    if (afterComma && (Character.isLowerCase(text.charAt(ps)) && (PLACE_APPOSITIONS.contains(ts.get(s).lower())
        || s + 1 < e && PLACE_APPOSITIONS.contains(ts.get(s).lower() + " " + ts.get(s + 1).lower()))
        // round 14: the abbreviation "TP" (city) is written in capitals ("Công an huyện X, TP Y cho biết")
        || s + 1 < e && text.startsWith("TP", ps) && ts.get(s).lower().equals("tp")
        || isLocation(ps, pe, es) && addressBefore(text, ts, b, es))) {
      // the subject then ends at that comma, with the same rules ("bà X, Hiệu trưởng trường Y, quận Z
      // cho rằng" still gives X)
      // only when a body or a person is named before the comma ("Bước đầu, huyện X thông báo": the
      // place itself is the subject)
      int b2 = chunkBreakBefore(text, ts, b);
      // a person named in the chunks before it still wins ("ông X, Cơ quan Y huyện Z, tỉnh W bày tỏ" is X)
      String person = appositionPerson(ts, b, es);
      if (person != null) return person;
      // …or a role ("một lãnh đạo phường X, quận Y cho biết": the official of the ward speaks)
      // (round 12: or another address chunk, "xã X, huyện Y, Z - cho biết": the walk goes on through it)
      if (b2 + 1 < b && (namesBodyOrPerson(ts.get(b2 + 1).start(), ts.get(b - 1).end(), es) || roleChunk(ts, b2 + 1, b)
          || placeChunk(text, ts, b2 + 1, b, es))) {
        String who = speakerBefore(text, ts, b, es);
        if (who != null) return who;
      }
    }
    // round 14: "Đại uý X, Đội phó Đội Y, Công an TP Z cho hay", "ông X, Giám đốc Sở Y, Bộ Z cho biết": a body alone
    // after a role of a body is the parent body, an address of that role; the role's person, or the role, speaks (one
    // walk back over the chunk before, then the subject walk from that comma)
    if (afterComma && e - s >= 2 && isOrganization(ps, pe, es)) {
      int b2 = chunkBreakBefore(text, ts, b);
      if (b2 + 1 < b && roleChunk(ts, b2 + 1, b) && namesOrganization(ts.get(b2 + 1).start(), ts.get(b - 1).end(), es)) {
        String who = speakerBefore(text, ts, b, es);
        if (who != null) return who;
      }
    }
    // round 17: "X, chú của Y cho biết", "X, luật sư của Y nói": a relation of Y after the comma describes X, who speaks
    // (a look-up at the subject's start, then the apposition walk); after a "theo" phrase it is a speaker of its own
    // (not the sources of an outlet, "một nguồn tin của báo X", which speak for themselves)
    if (afterComma && relationOf(ts, s, e) && !ts.get(s).lower().equals("nguồn") && !ts.get(s + 1).lower().equals("nguồn")) {
      String who = appositionPerson(ts, b, es, true);
      if (who != null) return who;
    }
    // round 21: "X, giáo sư … từ Đại học Y cho biết", "ông X – Đặc phái viên của Thủ tướng Y nhấn mạnh": a description
    // after the comma whose first person is the object of one of its prepositions describes the person named before
    // the comma, who speaks (a walk over the subject's tokens, only after a comma or dash where a person is named)
    if (afterComma && personAfterPreposition(ts, s, e, es)
        && (describesSomeone(text, ts, s, e) || !insideMention(ps, es))) {
      String who = appositionPerson(ts, b, es, true);
      if (who != null) return who;
    }
    // round 24: "X, người sẽ khoác áo CLB Y từ năm sau, chia sẻ", "X, người từng là đối thủ của Z, nói": a lower-case
    // "người" and a clause adverb (or "là", "được") open a relative description of the person named before the comma,
    // who speaks, not a body or person named inside it (two compares and a set look-up at the subject's start)
    if (afterComma && s + 1 < e && ts.get(s).lower().equals("người") && Character.isLowerCase(text.charAt(ps))
        && RELATIVE_OPENERS.contains(ts.get(s + 1).lower())) {
      String who = appositionPerson(ts, b, es, true);
      if (who != null) return who;
    }
    // "X, một chuyên gia về Y, cho rằng": the subject after the comma is an apposition; the person is
    // named in the chunk before it
    // "Ông X, Chủ tịch UBND xã Y cho biết": a role naming no person is an apposition even when it names a body
    if (afterComma && (!hasMention(ps, pe, es) || (describesSomeone(text, ts, s, e) && firstPerson(ps, pe, es) == null))) {
      // round 14: "Theo ông X, ngày 24/5 công ty này cho biết", "Theo ông Y, một người dân cho biết": after a "theo"
      // phrase (the source the writer follows) a subject that describes nobody, or points back ("… này"), is a speaker
      // of its own; a role or a description ("Theo ông X, chủ tịch hội Y cho biết") is still X's apposition
      boolean own = !describesSomeone(text, ts, s, e) && !opensWithRole(ts, s, e) || ts.get(e - 1).lower().equals("này");
      String who = appositionPerson(ts, b, es, own);
      if (who != null) return who;
    }
    // "X, nữ sinh lớp 7, Trường Y (…) cho biết": a body after a description of the person is where
    // the person studies or works; the speaker is the person before the description
    if (afterComma && firstPerson(ps, pe, es) == null) {
      int b2 = b - 1;
      while (b2 >= 0 && ts.get(b2).kind() != Kind.PUNCT) b2--;
      if (b2 >= 0 && ts.get(b2).lower().equals(",") && b2 + 1 < b && describesSomeone(text, ts, b2 + 1, b)
          && !hasMention(ts.get(b2 + 1).start(), ts.get(b - 1).end(), es)) {
        String who = appositionPerson(ts, b2, es);
        if (who != null) return who;
      }
    }
    // "Vị HLV ngoại đang dẫn dắt CLB X nói": a role with no name is the speaker, not the
    // body it heads or serves; the phrase stops at an adverb ("đang", "đã") that opens its clause
    // round 14: also after "một" ("một lãnh đạo UBND phường X xác nhận": the official, not the body)
    if (firstPerson(ps, pe, es) == null && (opensWithRole(ts, s, e) || roleChunk(ts, s, e))) {
      int cut = e;
      for (int x = s + 1; x < e; x++) {
        // only a lower-case clause adverb: "Hội Hàng không" is a name, not the negation "không"
        if (CLAUSE_ADVERBS.contains(ts.get(x).lower()) && Character.isLowerCase(text.charAt(ts.get(x).start()))) { cut = x; break; }
        // round 14: "một lãnh đạo UBND phường X (quận Y, TP Z)": without the parenthesised address
        if (ts.get(x).lower().equals("(")) { cut = x; break; }
      }
      return text.substring(ps, ts.get(cut - 1).end());
    }
    // round 9: "Người nhà anh X cho biết", "Chồng của Y chia sẻ", "Luật sư của ông Z nói": a relation of
    // the person named speaks, not that person; the phrase is the speaker (one look-up at its start)
    String rel = Tokens.matchForward(ts, s, RELATION_LEX);
    // round 17: a kin relation + "của" ("Người chú của X cho biết", "Cha mẹ của Y xác nhận") is the speaker too
    if (relationOf(ts, s, e)) {
      String kin = Tokens.matchForward(ts, s, KIN_LEX);
      if (kin != null && (rel == null || Tokens.words(kin) > Tokens.words(rel))) rel = kin;
    }
    if (rel != null && s + Tokens.words(rel) < e) {
      String after = ts.get(s + Tokens.words(rel)).lower();
      // round 25: "vợ Jammeh trả lời", "gia đình Maria kể lại", "bạn gái Tuấn cho biết": a relation that is no title
      // before a capitalised name is that person's relative, who speaks (a set look-up and a character test)
      if (after.equals("của") || KIN_TITLES.contains(after) && !PRONOUN_HEADS.contains(rel)
          || NAMED_RELATIONS.contains(rel) && Character.isUpperCase(text.charAt(ts.get(s + Tokens.words(rel)).start()))) {
        // the phrase without a parenthesised note ("Gia đình cháu X (15 tuổi, trú …)"): a scan of the subject
        int cut = text.indexOf('(', ps);
        if (cut < 0 || cut >= pe) cut = pe;
        while (cut > ps && text.charAt(cut - 1) == ' ') cut--;
        return text.substring(ps, cut);
      }
    }
    // round 22: a coordinated group is the speaker as a whole, not a body named inside it
    if (s == groupAt) return text.substring(ps, pe);
    return pickSpeaker(text, ps, pe, es);
  }

  /** Round 22: the longest name (capitalised words, a lower-case title first) in a coordinated subject. */
  private static final int COORD_MEMBER_WORDS = 5;
  /** Round 22: words that open a coordinated subject without belonging to it ("trong khi A và B", "Cả A và B"). */
  private static final Set<String> COORD_OPENERS = WordSet.of("cả", "còn", "hiện", "nay", "đó");
  /** Round 22: lower-case titles that may open a member of a coordinated subject ("ông A và bà B"). */
  private static final Set<String> COORD_TITLES = WordSet.of("ông", "bà", "anh", "chị", "cô", "ngài");

  /**
   * Round 22: the index where a coordinated subject "A và B" (or "A, B và C") opens when "và" stands at v and the
   * subject walk came from the verb at k; -1 when it is no such subject. Every member is a name: the last opens with
   * a capitalised word (or a lower-case title and one), the others are one to COORD_MEMBER_WORDS capitalised words
   * (the first may be a lower-case title). The first member follows the sentence's start, a comma, a colon, a
   * semicolon, a subject-boundary word ("khi", "thì", "nhưng") or an opener ("cả", "còn"); a member before a comma
   * joins the list when an entity mention opens it, and then the list must open in the same way ("các nước A, B và
   * C": -1, the old last member). "Cảnh sát bắt giữ X và Y cho biết" (a clause before "và") and "nhà chức trách X và
   * Y" (a lower-case head) are not coordinated subjects.
   */
  private static int coordinatedNames(String text, List<Token> ts, int v, int k, List<EntityMention> es) {
    if (v == 0 || v + 1 >= k || !nameStart(text, ts, v + 1, k)) return -1;
    int m = memberStart(text, ts, v);
    if (m < 0) return -1;
    while (m > 0 && ts.get(m - 1).lower().equals(",")) {
      int c = memberStart(text, ts, m - 1);
      int i = c >= 0 ? c : runStart(text, ts, m - 1);
      if (i >= m - 1) break; // "Ngày 5/6, A và B", "Bước đầu làm việc, A và B": no name before the comma
      if (i + 1 < m - 1 && Character.isLowerCase(text.charAt(ts.get(i).start()))) i++; // past a lower-case title
      int at = lowerBound(es, ts.get(i).start());
      if (at >= es.size() || es.get(at).start() != ts.get(i).start()) break; // "Tại Hà Nội, A và B"
      if (c < 0) {
        // "Theo (ông) X, A và B cho biết": X is a source, not a member; otherwise a list after a lower-case head
        int p = runStart(text, ts, m - 1) - 1;
        if (p >= 0 && COORD_TITLES.contains(ts.get(p).lower())) p--;
        if (p >= 0 && ts.get(p).lower().equals("theo")) break;
        return -1;
      }
      m = c;
    }
    return m;
  }

  /** Round 22: where the name member ending right before index end opens, after an opening boundary; -1 if none. */
  private static int memberStart(String text, List<Token> ts, int end) {
    int x = runStart(text, ts, end) - 1;
    if (x + 1 >= end) return -1;
    // a lower-case title opens the member ("ông A và bà B")
    if (x >= 0 && COORD_TITLES.contains(ts.get(x).lower()) && Character.isLowerCase(text.charAt(ts.get(x).start()))) x--;
    if (end - (x + 1) > COORD_MEMBER_WORDS) return -1;
    if (x >= 0) {
      Token t = ts.get(x);
      String w = t.lower();
      // "theo" opens a source, not a subject ("Theo ông A, B và C cho biết" is no list)
      if (t.kind() == Kind.PUNCT ? !",;:".contains(w)
          : w.equals("theo") || !(SUBJECT_BOUNDARY_WORDS.contains(w) || COORD_OPENERS.contains(w))) return -1;
    }
    return x + 1;
  }

  /** Round 22: the start of the run of capitalised words ending right before index end (end itself when none). */
  private static int runStart(String text, List<Token> ts, int end) {
    int x = end - 1;
    while (x >= 0 && end - x <= COORD_MEMBER_WORDS + 1 && ts.get(x).kind() == Kind.WORD
        && Character.isUpperCase(text.charAt(ts.get(x).start())) && !SUBJECT_BOUNDARY_WORDS.contains(ts.get(x).lower())
        && !COORD_OPENERS.contains(ts.get(x).lower())) x--;
    return x + 1;
  }

  /**
   * Round 22: where the last member of a coordinated subject ends ("và" at v, verb at k): the end of the entity
   * mention that opens it (after a lower-case title), else of its capitalised words; adverbs before the verb ("đều",
   * "cùng", "đồng loạt") stay out. -1 when capitalised words with no mention run on in lower case ("Cục Xuất bản, In và
   * Phát hành cho biết": a name cut inside, not a member).
   */
  private static int coordinatedEnd(String text, List<Token> ts, int v, int k, List<EntityMention> es) {
    int i = v + 1;
    if (Character.isLowerCase(text.charAt(ts.get(i).start()))) i++;
    int at = lowerBound(es, ts.get(i).start());
    if (at < es.size() && es.get(at).start() == ts.get(i).start() && es.get(at).end() <= ts.get(k - 1).end()) return es.get(at).end();
    int j = i;
    while (j + 1 < k && ts.get(j + 1).kind() == Kind.WORD && Character.isUpperCase(text.charAt(ts.get(j + 1).start()))) j++;
    if (j + 1 < k && ts.get(j + 1).kind() == Kind.WORD && !ADVERBS.contains(ts.get(j + 1).lower())) return -1;
    return ts.get(j).end();
  }

  /** Round 22: words that open a group of people before "và" ("các", "những", "nhiều", "giới"). */
  private static final Set<String> COORD_GROUP_OPENERS = WordSet.of("các", "những", "nhiều", "giới");
  /** Round 22: the head after a group opener that makes it people or bodies ("các quan chức", "giới chức", "các nhà …"). */
  private static final Set<String> COORD_GROUP_HEADS = WordSet.of("chức", "quan chức", "chuyên gia", "nhà", "nhân viên",
      "lãnh đạo", "đại diện", "thành viên", "nghị sĩ", "bác sĩ", "luật sư", "người", "nhóm", "tờ", "tổ chức", "cơ quan",
      "đơn vị", "nước", "chính phủ", "giáo viên", "học sinh", "sinh viên", "cư dân", "phụ huynh");
  /** Round 22: the longest group of people before "và" ("các quan chức an ninh": 4 words). */
  private static final int COORD_GROUP_WORDS = 6;

  /**
   * Round 22: the index where a group of people before "và" at v opens ("Giới chức Hàn Quốc và …", "Các chuyên gia y tế
   * và …"), or -1: at most COORD_GROUP_WORDS words, all words (no mark, no lower-case clause adverb such as "đã", "đang"),
   * the first a group opener followed by a head of COORD_GROUP_HEADS, right after the sentence's start, a comma, a colon,
   * a semicolon, a subject-boundary word other than "theo", or a coordination opener. "Những cuộc đàm phán này đã gián
   * đoạn … và các quan chức cho rằng" (a clause) is no group.
   */
  private static int coordinatedGroup(String text, List<Token> ts, int v) {
    int g = -1;
    for (int x = v - 1; x >= 0 && v - x <= COORD_GROUP_WORDS; x--) {
      Token t = ts.get(x);
      if (t.kind() != Kind.WORD) return -1;
      if (COORD_GROUP_OPENERS.contains(t.lower())) { g = x; break; }
      if (CLAUSE_ADVERBS.contains(t.lower()) && Character.isLowerCase(text.charAt(t.start()))) return -1;
    }
    if (g < 0 || g + 1 >= v) return -1;
    String h = ts.get(g + 1).lower();
    if (!COORD_GROUP_HEADS.contains(h) && !(g + 2 < v && COORD_GROUP_HEADS.contains(h + " " + ts.get(g + 2).lower()))) return -1;
    if (g > 0) {
      Token t = ts.get(g - 1);
      String w = t.lower();
      if (t.kind() == Kind.PUNCT ? !",;:".contains(w)
          : w.equals("theo") || !(SUBJECT_BOUNDARY_WORDS.contains(w) || COORD_OPENERS.contains(w))) return -1;
    }
    return g;
  }

  /** Round 22: whether the tokens from i (before k) open a name: a capitalised word, or a lower-case title and one. */
  private static boolean nameStart(String text, List<Token> ts, int i, int k) {
    Token t = ts.get(i);
    if (t.kind() != Kind.WORD) return false;
    if (Character.isUpperCase(text.charAt(t.start()))) return true;
    return COORD_TITLES.contains(t.lower()) && i + 1 < k && ts.get(i + 1).kind() == Kind.WORD
        && Character.isUpperCase(text.charAt(ts.get(i + 1).start()));
  }

  /** Words before "gần đây" that make it a place ("sống gần đây", "ở gần đây") or a span ("thời gian gần đây"). */
  private static final Set<String> NEAR_HERE_BEFORE = WordSet.of("sống", "ở", "gian", "trú", "khu");

  /**
   * Round 15: "gần đây" at token x names a place or a span, not the time of the speech ("Các hộ dân sống gần đây cho
   * biết"): one look-back.
   */
  private static boolean nearHere(List<Token> ts, int x) {
    return ts.get(x).lower().equals("gần") && x + 1 < ts.size() && ts.get(x + 1).lower().equals("đây") && x > 0
        && NEAR_HERE_BEFORE.contains(ts.get(x - 1).lower());
  }

  /** Round 15: verbs of receiving that may open a clause whose object holds a speech noun (see speakerBefore). */
  private static final Set<String> RECEIVING = WordSet.of("nhận", "tiếp nhận", "nhận được");

  /** Tokens [from, to) are all adverbs ("lại", "cũng"). */
  private static boolean onlyAdverbs(List<Token> ts, int from, int to) {
    for (int x = from; x < to; x++) if (!ADVERBS.contains(ts.get(x).lower())) return false;
    return true;
  }

  /** Longest quoted title the subject walk passes over, in tokens with its marks. */
  static final int TITLE_QUOTE_TOKENS = 12;
  /** Most words before a quoted title in a subject ("Nhà sản xuất phim “X”"). */
  static final int TITLE_HEAD_WORDS = 4;

  /**
   * Round 11: the index of the opening mark of a short quoted title that closes at {@code close} and follows a short
   * head (one to {@value #TITLE_HEAD_WORDS} words from the sentence start or a punctuation mark), or -1. Sentence
   * punctuation or another mark between the two ends it. At most {@value #TITLE_QUOTE_TOKENS} + {@value
   * #TITLE_HEAD_WORDS} token compares.
   */
  private static int titleQuoteOpen(List<Token> ts, int close) {
    String c = ts.get(close).lower();
    String o = c.equals("”") ? "“" : c.equals("»") ? "«" : c.equals("\"") ? "\"" : null;
    if (o == null) return -1;
    for (int j = close - 1; j >= 0 && close - j < TITLE_QUOTE_TOKENS; j--) {
      Token t = ts.get(j);
      if (t.kind() != Kind.PUNCT) continue;
      String w = t.lower();
      if (w.equals(o)) {
        if (close - j < 2) return -1;
        if (j > 0 && ts.get(j - 1).kind() != Kind.WORD && !ts.get(j - 1).lower().equals(".")) return -1;
        // a short head before it ("Giọng ca", "Đạo diễn phim"): a title named inside a long description is left alone
        int words = 0;
        for (int z = j - 1; z >= 0 && ts.get(z).kind() == Kind.WORD; z--) {
          if (++words > TITLE_HEAD_WORDS) return -1;
        }
        return j;
      }
      if (".:;!?“”«»\"".contains(w)) return -1;
    }
    return -1;
  }

  /** Verbs that open a "sau khi" phrase of the subject before it (see speakerBefore, round 16). */
  private static final Tokens.Lexicon SAU_KHI_VERB_LEX = Tokens.Lexicon.of(WordSet.of(
      "xem", "xem xét", "kiểm tra", "thăm", "đọc", "gặp", "gặp gỡ", "về", "trở về", "về đích", "rời", "được", "bị",
      "nhận", "nhận được", "tiếp nhận", "làm việc", "khảo sát", "tìm hiểu", "kết thúc", "hoàn thành",
      "thi đấu", "tham dự", "dự", "tham quan", "trao đổi", "họp", "thảo luận", "xác minh", "rà soát", "nghiên cứu",
      "xuất viện", "trở lại", "quay lại", "đến", "tới", "nhậm chức", "lên"));

  /** Most words of a "khi" phrase between a subject and its verb (see speakerBefore, round 15). */
  static final int KHI_PHRASE_WORDS = 10;

  /** Abbreviations written with a period inside a name ("TP. HCM", "Q. 1", "TX. Sơn Tây"). */
  private static final Set<String> ABBREVIATIONS = WordSet.of("tp", "tx", "q");

  /** A period at b right after a word, with no space between. */
  private static boolean periodGluedToWord(List<Token> ts, int b) {
    return b > 0 && ts.get(b).lower().equals(".") && ts.get(b - 1).end() == ts.get(b).start() && ts.get(b - 1).kind() == Kind.WORD;
  }

  /**
   * The last chunk break before token b (a comma, colon, dash, quote mark or a sentence mark that ends no abbreviation),
   * or -1: where the chunk before b starts, less one.
   */
  private static int chunkBreakBefore(String text, List<Token> ts, int b) {
    int b2 = b - 1;
    while (b2 >= 0 && !(ts.get(b2).kind() == Kind.PUNCT && ",;:–—\"“”«».…!?".contains(ts.get(b2).lower())
        && !abbreviationPeriod(text, ts, b2))) b2--;
    return b2;
  }

  /**
   * The period at b closes an abbreviation glued to it ("TP.", "Q.") or, round 17, an initial followed by a mark ("Phan
   * Văn K., trú …", "ông D. (ngụ …)"): it ends no subject or apposition chunk. A few compares.
   */
  private static boolean abbreviationPeriod(List<Token> ts, int b) {
    if (!periodGluedToWord(ts, b)) return false;
    String w = ts.get(b - 1).lower();
    if (ABBREVIATIONS.contains(w)) return true;
    return w.length() == 1 && Character.isLetter(w.charAt(0)) && b + 1 < ts.size() && ts.get(b + 1).kind() != Kind.WORD;
  }

  /**
   * Round 17: as above, and also an initial followed by a lower-case word ("bà H. cho biết") or inside a name ("Tracey
   * J. Woodruff"); an initial between a lower-case word and a capitalised one may end a sentence the splitter kept whole
   * ("tạp chí V. Số đông đều cho rằng") and ends the walk. A few compares.
   */
  private static boolean abbreviationPeriod(String text, List<Token> ts, int b) {
    if (abbreviationPeriod(ts, b)) return true;
    if (!periodGluedToWord(ts, b)) return false;
    String w = ts.get(b - 1).lower();
    if (w.length() != 1 || !Character.isLetter(w.charAt(0)) || b + 1 >= ts.size()) return false;
    return Character.isLowerCase(text.charAt(ts.get(b + 1).start()))
        || b >= 2 && ts.get(b - 2).kind() == Kind.WORD && Character.isUpperCase(text.charAt(ts.get(b - 2).start()));
  }

  /** Capitalised words that open a "khi" clause at a sentence start ("Sau khi …", "Trong khi …"), never a name. */
  private static final Set<String> KHI_OPENERS = WordSet.of("sau", "trong", "ngay", "từ", "kể", "cho", "đến", "tới", "chỉ",
      "mỗi", "trước", "vào", "nhất", "đặc", "biệt", "riêng", "cả", "ngoài");

  /** Tokens [from, to) are all lower-case words. */
  /** Tokens [from, to) hold no punctuation mark. */
  private static boolean noPunctuation(List<Token> ts, int from, int to) {
    for (int x = from; x < to; x++) if (ts.get(x).kind() == Kind.PUNCT) return false;
    return true;
  }

  private static boolean lowerWords(String text, List<Token> ts, int from, int to) {
    for (int x = from; x < to; x++) {
      if (ts.get(x).kind() != Kind.WORD || !Character.isLowerCase(text.charAt(ts.get(x).start()))) return false;
    }
    return true;
  }

  /** Relations that speak for someone they name ("người nhà anh X", "vợ ông Y", "bà của Z"). */
  private static final Tokens.Lexicon RELATION_LEX = Tokens.Lexicon.of(WordSet.of(
      "người nhà", "người thân", "gia đình", "vợ", "chồng", "con trai", "con gái", "mẹ", "bố", "cha", "anh trai",
      "em trai", "chị gái", "em gái", "bạn", "bạn gái", "bạn trai", "hàng xóm", "luật sư", "người yêu",
      "người đại diện", "ông", "bà",
      // round 14: "Các nguồn tin của Đài X cho biết": the sources speak, not the outlet
      "nguồn tin", "các nguồn tin", "một nguồn tin"));
  /**
   * Round 25: relations of RELATION_LEX that are never a title before a name, so that "vợ X" is X's wife ("bạn X", "ông
   * X", "luật sư X" and "người đại diện X" name X; "cha" is also a priest's title).
   */
  private static final Set<String> NAMED_RELATIONS = WordSet.of(
      "người nhà", "người thân", "gia đình", "vợ", "chồng", "con trai", "con gái", "mẹ", "bố", "anh trai", "em trai",
      "chị gái", "em gái", "bạn gái", "bạn trai", "hàng xóm", "người yêu");
  /**
   * Round 17: kin and close relations that speak for the person they name only with "của" ("Cha mẹ của X", "Người chú
   * của Y", "X, chú của Y"); without it most are titles before a name ("chú Nam" is Nam).
   */
  private static final Tokens.Lexicon KIN_LEX = Tokens.Lexicon.of(WordSet.of(
      "cha mẹ", "bố mẹ", "ông bà", "chú", "bác", "dì", "cậu", "cô", "cháu", "anh họ", "em họ", "chị họ", "ông nội",
      "bà nội", "ông ngoại", "bà ngoại", "người chú", "người cô", "người bác", "người dì", "người cậu", "người mẹ",
      "người cha", "người bố", "người vợ", "người chồng", "người anh", "người chị", "người em", "người bạn",
      "người cháu", "bạn bè", "người quen", "đồng nghiệp"));

  /** Round 17: [s, e) opens with a relation or kin word followed by "của" ("chú của X"): a look-up at s. */
  private static boolean relationOf(List<Token> ts, int s, int e) {
    String rel = Tokens.matchForward(ts, s, RELATION_LEX), kin = Tokens.matchForward(ts, s, KIN_LEX);
    return rel != null && s + Tokens.words(rel) < e && ts.get(s + Tokens.words(rel)).lower().equals("của")
        || kin != null && s + Tokens.words(kin) < e && ts.get(s + Tokens.words(kin)).lower().equals("của");
  }

  /** Round 21: prepositions whose object inside a description is not the one it describes. */
  private static final Set<String> DESCRIPTION_PREPOSITIONS = WordSet.of("của", "từ", "tại", "ở", "cho", "thuộc");

  /** Round 21: the first PERSON mention inside [s, e) follows a preposition of DESCRIPTION_PREPOSITIONS there. */
  private static boolean personAfterPreposition(List<Token> ts, int s, int e, List<EntityMention> es) {
    int pe = ts.get(e - 1).end();
    for (int i = lowerBound(es, ts.get(s).start()); i < es.size() && es.get(i).start() < pe; i++) {
      EntityMention m = es.get(i);
      if (m.type() != EntityType.PERSON || m.end() > pe) continue;
      for (int x = s; x < e && ts.get(x).end() <= m.start(); x++) {
        if (DESCRIPTION_PREPOSITIONS.contains(ts.get(x).lower())) return true;
      }
      return false;
    }
    return false;
  }

  /** Round 21: pos lies inside an entity mention (one binary search). */
  private static boolean insideMention(int pos, List<EntityMention> es) {
    int i = lowerBound(es, pos + 1) - 1;
    return i >= 0 && es.get(i).start() <= pos && es.get(i).end() > pos;
  }

  /** Titles of the person a relation names ("người nhà anh X"). */
  private static final Set<String> KIN_TITLES = WordSet.of("anh", "ông", "bà", "chị", "em", "cô", "chú", "bé", "cháu", "cụ");

  private static final Set<String> CLAUSE_ADVERBS = WordSet.of("đang", "đã", "vừa", "từng", "sẽ", "cũng", "mới", "còn");
  /**
   * Round 24: a lower-case "được" at most six tokens before "chia sẻ" at k, with no mark between ("được cộng đồng mạng
   * chia sẻ", "được tiếp tục chia sẻ"): the thing is shared, nobody speaks; "được mời chia sẻ", "được dịp chia sẻ" (the
   * subject invited to speak) still speak.
   */
  private static boolean sharedPassive(String text, List<Token> ts, int k) {
    for (int x = k - 1; x >= 0 && x >= k - 6; x--) {
      Token t = ts.get(x);
      if (t.kind() == Kind.PUNCT) return false;
      if (t.lower().equals("được") && Character.isLowerCase(text.charAt(t.start()))) {
        // "không giấu được xúc động chia sẻ": "được" after a verb of holding back is "able to", no passive
        if (x > 0 && HELD_BACK.contains(ts.get(x - 1).lower())) return false;
        return x + 1 == k || !INVITED.contains(ts.get(x + 1).lower());
      }
    }
    return false;
  }

  /** Round 24: "được mời", "được hỏi", "được dịp", "được yêu cầu", "được đề nghị", "được phép" before a speech verb. */
  private static final Set<String> INVITED = WordSet.of("mời", "hỏi", "dịp", "yêu", "đề", "phép");
  /** Round 24: "không giấu được", "không kìm được", "không nén được": "được" as "able to" after these. */
  private static final Set<String> HELD_BACK = WordSet.of("giấu", "kìm", "nén", "cầm", "kiềm", "ngăn");

  /** Round 24: words after "người" that open a relative description ("người sẽ …", "người từng là …", "người được …"). */
  private static final Set<String> RELATIVE_OPENERS = WordSet.of("đang", "đã", "vừa", "từng", "sẽ", "cũng", "mới", "còn",
      "là", "được", "vốn");

  /** Person words that open a role-only subject ("Vị HLV", "Phát ngôn viên Bộ X", "Đại diện Sở Y"). */
  // round 12: "ông chủ Nhà Trắng", "người đứng đầu Lầu Năm Góc" name the person who heads a body, not the body
  private static final Set<String> PERSON_OPENERS = WordSet.of("vị", "ngài", "hlv", "huấn luyện viên", "ông chủ", "bà chủ",
      "người đứng đầu",
      // round 18: a player's position or a teacher with no name ("Tiền vệ của CLB X nói", "ông thầy của đội Y cho
      // biết") is the speaker, not the club or team it names
      "tiền vệ", "tiền đạo", "hậu vệ", "thủ môn", "ông thầy", "ông thày",
      // round 21: a source with no name ("một nguồn tin cấp cao Taliban khẳng định", "nguồn tin tại Bộ X cho biết") is
      // the speaker, not the body or country it names
      "nguồn tin");

  /** [s, e) opens with a role, after at most one group word ("một lãnh đạo xã", "các cán bộ…" is not a role). */
  private static boolean roleChunk(List<Token> ts, int s, int e) {
    if (s < e && (ts.get(s).lower().equals("một") || ts.get(s).lower().equals("vị"))) s++;
    return s < e && opensWithRole(ts, s, e);
  }

  /** Round 12: "tân chủ tịch X", "nữ phát ngôn viên Y": a word before the role that makes it no less a role. */
  private static final Set<String> ROLE_PREFIXES = WordSet.of("tân", "nữ");

  private static boolean opensWithRole(List<Token> ts, int s, int e) {
    if (s + 1 < e && ROLE_PREFIXES.contains(ts.get(s).lower())) s++;
    String one = ts.get(s).lower();
    if (PERSON_OPENERS.contains(one) || ROLES.contains(one) && !one.equals("cựu") && !one.equals("nguyên")) return true;
    return s + 1 < e && (ROLES.contains(one + " " + ts.get(s + 1).lower()) || PERSON_OPENERS.contains(one + " " + ts.get(s + 1).lower()))
        || s + 2 < e && (ROLES.contains(one + " " + ts.get(s + 1).lower() + " " + ts.get(s + 2).lower())
            || PERSON_OPENERS.contains(one + " " + ts.get(s + 1).lower() + " " + ts.get(s + 2).lower()));
  }

  /** [s, e) is an address: a lower-case place word and its name ("huyện X"), or one LOCATION mention alone. */
  private static boolean placeChunk(String text, List<Token> ts, int s, int e, List<EntityMention> es) {
    String one = ts.get(s).lower();
    if (Character.isLowerCase(text.charAt(ts.get(s).start())) && (PLACE_APPOSITIONS.contains(one)
        || s + 1 < e && PLACE_APPOSITIONS.contains(one + " " + ts.get(s + 1).lower()))) return true;
    return isLocation(ts.get(s).start(), ts.get(e - 1).end(), es);
  }

  /**
   * Round 12: the chunk before the comma at b reads as the start of an address, so that a bare LOCATION after the
   * comma is the province or city of it, not a name the entity stage typed LOCATION ("Thủ tướng Anh, Boris Johnson")
   * nor one of a list ("Mỹ, Anh, Pháp"): the chunk holds a lower-case place word ("công an huyện X", "huyện Y") and is
   * no role naming no body ("Chủ tịch tỉnh Y, Z" is a title before a name). One walk back over that chunk.
   */
  private static boolean addressBefore(String text, List<Token> ts, int b, List<EntityMention> es) {
    int b2 = chunkBreakBefore(text, ts, b);
    int s = b2 + 1;
    if (s >= b) return false;
    // (a bare name before it is no address: "Mỹ, Anh, Pháp tuyên bố" lists countries)
    boolean placeWord = false;
    for (int x = s; x < b && !placeWord; x++) {
      placeWord = Character.isLowerCase(text.charAt(ts.get(x).start())) && (PLACE_APPOSITIONS.contains(ts.get(x).lower())
          || x + 1 < b && PLACE_APPOSITIONS.contains(ts.get(x).lower() + " " + ts.get(x + 1).lower()));
    }
    if (!placeWord) return false;
    return !roleChunk(ts, s, b) || namesOrganization(ts.get(s).start(), ts.get(b - 1).end(), es);
  }

  private static boolean namesOrganization(int s, int e, List<EntityMention> es) {
    for (int i = lowerBound(es, s); i < es.size() && es.get(i).start() < e; i++) {
      if (es.get(i).type() == EntityType.ORGANIZATION) return true;
    }
    return false;
  }

  /** An ORGANIZATION mention starts before ps and ends after pe (the tokens [ps, pe) are inside its name). */
  private static boolean insideOrganization(int ps, int pe, List<EntityMention> es) {
    int i = lowerBound(es, ps) - 1;
    return i >= 0 && es.get(i).end() > pe && es.get(i).type() == EntityType.ORGANIZATION;
  }

  /** [ps, pe) is exactly one ORGANIZATION mention. */
  private static boolean isOrganization(int ps, int pe, List<EntityMention> es) {
    int i = lowerBound(es, ps);
    return i < es.size() && es.get(i).start() == ps && es.get(i).end() == pe && es.get(i).type() == EntityType.ORGANIZATION;
  }

  /** [ps, pe) is exactly one LOCATION mention. */
  private static boolean isLocation(int ps, int pe, List<EntityMention> es) {
    int i = lowerBound(es, ps);
    return i < es.size() && es.get(i).start() == ps && es.get(i).end() == pe && es.get(i).type() == EntityType.LOCATION;
  }

  /** The first person named in the (up to three) comma-separated chunks before the comma at b. */
  private static String appositionPerson(List<Token> ts, int b, List<EntityMention> es) {
    return appositionPerson(ts, b, es, false);
  }

  /** As above; with {@code notTheo} a chunk opened by "theo" names no apposition (null). */
  private static String appositionPerson(List<Token> ts, int b, List<EntityMention> es, boolean notTheo) {
    int x = b - 1;
    int commas = 0;
    while (x >= 0) {
      Token t = ts.get(x);
      // round 14: "X – chuyên gia tại Y – cho rằng": a pair of dashes encloses an apposition like a pair of commas
      if (chunkSeparator(t) && ++commas > 2) break;
      if (t.kind() == Kind.PUNCT && ";:\"“”«».…!?".contains(t.lower()) && !abbreviationPeriod(ts, x)) break;
      if (t.kind() == Kind.WORD && SUBJECT_BOUNDARY_WORDS.contains(t.lower())) break;
      x--;
    }
    if (x + 1 >= b) return null;
    // round 14: "Theo ông X, ngày 24/5 công ty này cho biết": the chunk is a "theo" phrase, the source the writer
    // follows, not the person the subject describes (when the caller says the subject describes nobody)
    if (notTheo && x >= 0 && ts.get(x).lower().equals("theo")) return null;
    // round 10: a person after a preposition of its chunk is an object, not the subject the apposition
    // describes: "Trao đổi với báo X Online, một lãnh đạo xã Y cho biết", "Trước phản ứng của Z, nhiều
    // người tin rằng" (a walk back over the chunk's tokens before each person, bounded by the chunks)
    int y = x + 1;
    // round 11: "giữa X và Y": the preposition before a "và" that ended the walk still governs the chunk
    int xo = x;
    if (xo >= 0 && ts.get(xo).lower().equals("và")) {
      xo--;
      while (xo >= 0 && ts.get(xo).kind() != Kind.PUNCT) xo--;
    }
    for (int i = lowerBound(es, ts.get(x + 1).start()); i < es.size() && es.get(i).start() < ts.get(b - 1).end(); i++) {
      EntityMention m = es.get(i);
      if (m.type() != EntityType.PERSON || m.end() > ts.get(b - 1).end()) continue;
      while (y < b && ts.get(y).end() <= m.start()) y++;
      boolean object = false;
      for (int z = y - 1; z > xo && !chunkSeparator(ts.get(z)); z--) {
        if (CHUNK_PREPOSITIONS.contains(ts.get(z).lower())) { object = true; break; }
      }
      if (!object) return m.text();
    }
    return null;
  }

  /** A comma or a dash: the marks that separate the chunks of an apposition. */
  private static boolean chunkSeparator(Token t) {
    String w = t.lower();
    return w.equals(",") || w.equals("–") || w.equals("—");
  }

  // round 11: "Trước cuộc gặp giữa X và Y, chính quyền Z cho biết", "Trước Tết …, Bộ trưởng cho biết": a person
  // after "giữa", "trước" or "sau" in a fronted phrase is no subject either
  private static final Set<String> CHUNK_PREPOSITIONS = WordSet.of("với", "của", "cho", "về", "giữa", "trước", "sau");

  /** Roles that open an apposition after a person's name ("…, Giám đốc Sở Y tế, cho biết"). */
  private static final Set<String> ROLES = WordSet.of("chủ tịch", "giám đốc", "hiệu trưởng", "bộ trưởng", "thứ trưởng",
      "cục trưởng", "vụ trưởng", "viện trưởng", "chánh văn phòng", "chánh án", "bí thư", "người phát ngôn",
      "phát ngôn viên", "tổng thư ký", "chủ nhiệm", "trưởng phòng", "trưởng ban", "trưởng khoa", "trưởng đoàn",
      "trưởng trạm", "trưởng công an", "trưởng thôn", "trưởng ấp", "đội trưởng", "đội phó", "chỉ huy trưởng", "tổng biên tập",
      "nhà sáng lập", "đồng sáng lập", "giáo sư", "tiến sĩ", "chuyên gia", "đại sứ", "thị trưởng", "thống đốc",
      "tổng giám đốc", "tổng cục trưởng", "chi cục trưởng", "tổng thống", "thủ tướng", "ngoại trưởng", "lãnh đạo",
      "đại diện", "trưởng", "phó", "cựu", "nguyên",
      // round 10: "Ông X, người phụ trách môi trường của Đại sứ quán Y nhận xét": a role, the person speaks
      "người phụ trách",
      // round 14: "một quan chức Nhà Trắng nói": an official of the body speaks
      "quan chức",
      // round 17: "X, người sáng lập của Y cho rằng": the founder speaks, not the body
      "người sáng lập", "người đồng sáng lập",
      // round 21: "bà X, GĐ Công ty Y cho biết", "BS khoa sản của Z giải thích": abbreviated titles and the doctor
      "gđ", "pgđ", "tgđ", "bs", "bác sĩ");

  /** Plural or indefinite openers: "các chuyên gia", "một số nhà khoa học" are a subject of their own. */
  private static final Set<String> GROUP_OPENERS = WordSet.of("các", "những", "nhiều", "một", "mọi", "cả", "giới", "người");

  /**
   * The subject [s, e) describes the person named before the comma: it opens with a role ("Hiệu trưởng
   * trường X", "Phó Giám đốc Sở Y") or with a lower-case noun ("nhà kinh tế trưởng tại Nomura",
   * "khoa Tai Mũi Họng"), not with a group ("các chuyên gia").
   */
  private static boolean describesSomeone(String text, List<Token> ts, int s, int e) {
    String one = ts.get(s).lower();
    Token first = ts.get(s);
    if (first.kind() == Kind.WORD && Character.isLowerCase(text.charAt(first.start())) && !GROUP_OPENERS.contains(one)) return true;
    if (ROLES.contains(one)) return true;
    return s + 1 < e && ROLES.contains(one + " " + ts.get(s + 1).lower())
        || s + 2 < e && ROLES.contains(one + " " + ts.get(s + 1).lower() + " " + ts.get(s + 2).lower());
  }

  /** Words of [s, e), not counting a parenthesised place or note ("anh Long (thôn 3, xã Tân An)"). */
  private static int wordsOutsideParentheses(List<Token> ts, int s, int e) {
    int n = 0, depth = 0;
    for (int x = s; x < e; x++) {
      String w = ts.get(x).lower();
      if (w.equals("(")) depth++;
      else if (w.equals(")")) depth = Math.max(0, depth - 1);
      else if (depth == 0 && ts.get(x).kind() != Kind.PUNCT) n++;
    }
    return n;
  }

  /** "Ông", "Bà này", "anh ấy": a lone personal pronoun as subject. */
  private static boolean isPronoun(List<Token> ts, int s, int e) {
    if (e - s > 2 || !PRONOUN_HEADS.contains(ts.get(s).lower())) return false;
    return PRONOUN_TAILS.contains(e - s == 1 ? "" : ts.get(s + 1).lower());
  }

  /**
   * The person a pronoun stands for: the last PERSON mention before it (within
   * {@value #ANTECEDENT_WINDOW} characters) whose title does not contradict the pronoun's gender.
   * Returned as pronoun + name ("ông Larcombe"): the mention as written at the verb, resolved.
   */
  static String antecedent(String text, String head, int pos, List<EntityMention> es) {
    boolean male = MALE_TITLES.contains(head), female = FEMALE_TITLES.contains(head);
    String untitled = null;
    for (int i = lowerBound(es, pos) - 1; i >= 0 && es.get(i).start() >= pos - ANTECEDENT_WINDOW; i--) {
      EntityMention m = es.get(i);
      if (m.type() != EntityType.PERSON || m.end() > pos) continue;
      // round 14: a name closing a quote ('"Lạy Chúa", anh ta nói', '"… Hoàng thân Albert" - bà chia sẻ') is said, not
      // the one saying it (one character check)
      if (m.end() < text.length() && (text.charAt(m.end()) == '"' || text.charAt(m.end()) == '”')) continue;
      String title = wordBefore(text, m.start());
      if (male && FEMALE_TITLES.contains(title) || female && MALE_TITLES.contains(title)) continue;
      // round 11: for a female pronoun, a name written with its own title ("bà Hillary" for "bà") wins over a
      // nearer name written bare ("tỷ phú Donald Trump"), whose gender the text does not give; the same walk, one
      // compare more. Not for "ông"/"anh": a bare nearer name is most often a man (tried: as many worse as better)
      if (title.equals(head) || !female) return head + " " + m.text();
      if (untitled == null && !MALE_TITLES.contains(title) && !FEMALE_TITLES.contains(title)) untitled = m.text();
      else if (untitled == null) return head + " " + m.text();
    }
    return untitled == null ? null : head + " " + untitled;
  }

  private static String wordBefore(String text, int pos) {
    int e = pos;
    while (e > 0 && text.charAt(e - 1) == ' ') e--;
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
    return text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean namesBodyOrPerson(int s, int e, List<EntityMention> es) {
    for (int i = lowerBound(es, s); i < es.size() && es.get(i).start() < e; i++) {
      EntityType t = es.get(i).type();
      if (t == EntityType.PERSON || t == EntityType.ORGANIZATION) return true;
    }
    return false;
  }

  private static boolean hasMention(int s, int e, List<EntityMention> es) {
    for (int i = lowerBound(es, s); i < es.size() && es.get(i).start() < e; i++) {
      EntityMention m = es.get(i);
      if (m.end() <= e && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) return true;
    }
    return false;
  }

  /** Index of the first mention starting at or after pos (mentions sorted by start). */
  private static int lowerBound(List<EntityMention> es, int pos) {
    int lo = 0, hi = es.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (es.get(mid).start() < pos) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** The first PERSON mention inside [s, e), or null. */
  private static String firstPerson(int s, int e, List<EntityMention> es) {
    for (int i = lowerBound(es, s); i < es.size() && es.get(i).start() < e; i++) {
      EntityMention m = es.get(i);
      if (m.type() == EntityType.PERSON && m.end() <= e) return m.text();
    }
    return null;
  }

  private static int firstNonSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
    return i;
  }

  /** "ngày 8.2", "hôm qua", "tối 3-5": a lower-case time word then a number or time word ("Lầu Năm Góc" is not). */
  private static boolean timePhraseAt(String text, List<Token> ts, int x) {
    Token t = ts.get(x);
    if (!TIME_WORDS.contains(t.lower()) || !Character.isLowerCase(text.charAt(t.start()))) return false;
    if (x + 1 >= ts.size()) return true;
    Token n = ts.get(x + 1);
    return n.kind() == Kind.NUMBER || isTimeTail(n.lower()) || TIME_WORDS.contains(n.lower());
  }

  private static boolean isTimeTail(String w) {
    return w.equals("qua") || w.equals("nay") || w.equals("trước") || w.equals("sau") || w.equals("này")
        || w.equals("thứ") || w.equals("mai")
        // round 14: "Giới chức X lúc đó cũng nhận định"
        || w.equals("đó");
  }

  /**
   * The first PERSON mention inside [s, e), else the first ORGANIZATION ("Hãng tin A của nhóm B"
   * is spoken by A), else the phrase as written.
   */
  private static String pickSpeaker(String text, int s, int e, List<EntityMention> es) {
    String person = firstPerson(s, e, es);
    if (person != null) return person;
    String org = firstOrganization(text, s, e, es);
    return org != null ? org : text.substring(s, e);
  }

  /**
   * The first ORGANIZATION mention inside [s, e), passing over one right after "của" when another follows ("Đối thủ
   * của A tại Trung Quốc B cho hay": A names whose rival, B speaks); null when there is none.
   */
  private static String firstOrganization(String text, int s, int e, List<EntityMention> es) {
    String first = null;
    for (int i = lowerBound(es, s); i < es.size() && es.get(i).start() < e; i++) {
      EntityMention m = es.get(i);
      if (m.type() != EntityType.ORGANIZATION || m.end() > e) continue;
      if (first == null) first = m.text();
      int b = m.start();
      while (b > s && text.charAt(b - 1) == ' ') b--;
      if (!(b - 3 >= s && text.startsWith("của", b - 3))) return m.text();
    }
    return first;
  }

  private static boolean hasChar(String text, char c, int from, int to) {
    for (int i = from; i < to && i < text.length(); i++) if (text.charAt(i) == c) return true;
    return false;
  }

  private static boolean insideQuote(List<Span> quotes, int pos) {
    for (Span q : quotes) if (pos > q.open() && pos < q.close()) return true;
    return false;
  }

  /** Round 19: words that open a verb's adverbial tail or the outlet spoken to ("sau trận đấu", "hôm qua", "trên trang
   * cá nhân", "đầy tự tin", "một cách hài hước", "đài ABC"), not a clause, when the verb attributes the quote before. */
  private static final Set<String> TAIL_STARTS = WordSet.of("sau", "hôm", "ngày", "tại", "ở", "trên", "dưới", "từ",
      "trong", "vào", "cách", "thông qua", "qua", "đầy", "một cách", "báo", "đài", "tờ", "hãng", "kênh", "truyền hình");
  /** Round 19: the most words such a tail holds. */
  private static final int TAIL_WORDS = 6;

  /**
   * Round 19: the content at c (ending at ce) is a short tail opened by a word of TAIL_STARTS, and the subject of the
   * verb at k stands right after a closing quote mark (only commas and dashes between): '"…", X nói sau trận đấu.'
   * Worst case one or two set look-ups (a two-word join only after "thông", "một", "truyền"), a count over the
   * content's tokens, a walk back over at most MAX_SUBJECT_WORDS + 4 tokens and one pass over the sentence's quote
   * spans, only where a tail word follows a speech verb directly.
   */
  private static boolean afterQuoteTail(List<Token> ts, int k, int c, int ce, List<Span> quotes) {
    if (!tailStart(ts, c)) return false;
    if (countWords(ts.subList(c, ts.size()), ce) > TAIL_WORDS) return false;
    return subjectAfterQuote(ts, k, quotes, false);
  }

  /** Round 19: a word of TAIL_STARTS opens the content at c (one or two set look-ups). */
  private static boolean tailStart(List<Token> ts, int c) {
    String w = ts.get(c).lower();
    // the two-word starts ("thông qua", "một cách", "truyền hình") are joined only after their first word
    return TAIL_STARTS.contains(w) || (w.equals("thông") || w.equals("một") || w.equals("truyền")) && c + 1 < ts.size()
        && TAIL_STARTS.contains(w + " " + ts.get(c + 1).lower());
  }

  /** Round 25: a quote mark token. */
  private static boolean isMark(String p) {
    return p.equals("\"") || p.equals("“") || p.equals("”") || p.equals("«") || p.equals("»");
  }

  /** Round 25: what opens a verb's manner or topic after a quote, never a clause ("giọng nghẹn ngào", "ám chỉ …"). */
  private static final Tokens.Lexicon ADJUNCT_LEX = Tokens.Lexicon.of(WordSet.of(
      "giọng", "nhắc tới", "nhắc đến", "ám chỉ", "đề cập tới", "đề cập đến", "kèm theo", "bên lề", "nhưng không",
      "nhưng từ chối"));
  /** Round 25: what opens a time clause of the verb ("khi được hỏi …", "sau khi phiên toà kết thúc"). */
  private static final Tokens.Lexicon WHEN_LEX = Tokens.Lexicon.of(WordSet.of(
      "khi", "sau khi", "trước khi", "ngay sau", "ngay khi"));
  /** Round 25: words that mark a clause of its own inside a tail ("trong năm nay sẽ …"). */
  private static final Set<String> CLAUSE_MARKERS = WordSet.of(
      "sẽ", "đã", "đang", "vẫn", "cần", "phải", "không", "chưa", "là", "có", "mới", "được", "bị");

  /**
   * Round 25: the content at c (after the verb at k, or after a comma) opens with a manner or topic word of ADJUNCT_LEX,
   * or with a time clause (WHEN_LEX) or a round 19 tail word and runs to ce with no comma (a tail word: and no clause
   * marker), and the verb's subject stands right after a closing quote mark. Worst case two phrase-tree look-ups and
   * a set look-up at c, a scan of the content's tokens, and round 19's walk back, only at content after a speech verb.
   */
  private static boolean afterQuoteAdjunct(List<Token> ts, int k, int c, int ce, List<Span> quotes) {
    String prev = ts.get(c - 1).lower();
    if (prev.equals("rằng") || prev.equals(":")) return false;
    if (Tokens.matchForward(ts, c, ADJUNCT_LEX) == null) {
      boolean when = Tokens.matchForward(ts, c, WHEN_LEX) != null;
      if (!when && !tailStart(ts, c)) return false;
      for (int x = c; x < ts.size() && ts.get(x).end() <= ce; x++) {
        String t = ts.get(x).lower();
        if (t.equals(",") || t.equals(";") || !when && CLAUSE_MARKERS.contains(t)) return false;
      }
    }
    return subjectAfterQuote(ts, k, quotes, true);
  }

  /**
   * Round 19: the subject of the verb at k stands right after a closing quote mark (only commas and dashes between);
   * round 25 ({@code joined}): a comma or dash right after that mark, so that a label in marks inside the subject
   * ('ca sĩ X - người được ví là "…" Việt Nam cho biết') is not read as the quote attributed.
   */
  private static boolean subjectAfterQuote(List<Token> ts, int k, List<Span> quotes, boolean joined) {
    for (int x = k - 1; x >= 0 && k - x <= MAX_SUBJECT_WORDS + 4; x--) {
      Token t = ts.get(x);
      if (t.kind() != Kind.PUNCT) continue;
      String p = t.lower();
      if (p.equals(",") || p.equals("-") || p.equals("–")) continue;
      if (joined && !(x + 1 < k && ts.get(x + 1).kind() == Kind.PUNCT && ",-–".contains(ts.get(x + 1).lower()))) return false;
      for (Span q : quotes) if (q.close() == t.start()) return true;
      // round 25: a closing mark then a comma or dash closes a quote even where no span was paired (a speech whose
      // paragraphs run on past the pairing's reach, '" Nước … giá ", bà X nói, giọng …'), unless another mark stands
      // earlier in the sentence: then the pair lies inside it and was no quote (a title, 'người viết cuốn sách "…", …')
      if (joined && (p.equals("\"") || p.equals("”") || p.equals("»"))) {
        for (int y = x - 1; y >= 0; y--) if (isMark(ts.get(y).lower())) return false;
        return true;
      }
      return false;
    }
    return false;
  }

  private static int countWords(List<Token> ts, int until) {
    int n = 0;
    for (Token t : ts) {
      if (t.end() > until) break;
      if (t.kind() != Kind.PUNCT) n++;
    }
    return n;
  }

  private static int countWords(List<Token> ts) {
    int n = 0;
    for (Token t : ts) if (t.kind() != Kind.PUNCT) n++;
    return n;
  }

  /** [start, end) of the sentence holding pos; without sentences, the line holding pos. */
  private static int[] sentenceAt(String text, List<Sentence> sentences, int pos) {
    // sentences come sorted from the splitter: binary search for the last one starting at or before pos
    int lo = 0, hi = sentences.size() - 1, at = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= pos) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (at >= 0 && pos < sentences.get(at).end()) return new int[] {sentences.get(at).start(), sentences.get(at).end()};
    int a = text.lastIndexOf('\n', pos - 1) + 1;
    int b = text.indexOf('\n', pos);
    return new int[] {a, b < 0 ? text.length() : b};
  }
}
