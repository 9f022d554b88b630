package dev.storyline.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Sentence;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> texts(String text) {
    return splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("Trời mưa to. Đường ngập nặng.", List.of("Trời mưa to.", "Đường ngập nặng.")),
        Arguments.of("Ai đến? Tôi đến! Vậy à… Được.", List.of("Ai đến?", "Tôi đến!", "Vậy à…", "Được.")),
        Arguments.of("Ông nói: \"Chúng tôi sẽ đi.\" Sau đó ông rời phòng.",
            List.of("Ông nói: \"Chúng tôi sẽ đi.\"", "Sau đó ông rời phòng.")),
        Arguments.of("Kết quả rất tốt (đạt 90%.) Năm sau sẽ khác.", List.of("Kết quả rất tốt (đạt 90%.)", "Năm sau sẽ khác.")),
        Arguments.of("Giá tăng mạnh. 30 người mất việc.", List.of("Giá tăng mạnh.", "30 người mất việc.")),
        Arguments.of("Ông hỏi lại. \"Vì sao?\" bà đáp.", List.of("Ông hỏi lại.", "\"Vì sao?\" bà đáp.")),
        Arguments.of("Dòng một không có dấu\nDòng hai cũng vậy", List.of("Dòng một không có dấu", "Dòng hai cũng vậy")),
        Arguments.of("  Có khoảng trắng.   \n\n  Dòng khác.  ", List.of("Có khoảng trắng.", "Dòng khác.")),
        Arguments.of("Quân số là 2.500 người. Hết.", List.of("Quân số là 2.500 người.", "Hết.")),
        Arguments.of("Tỷ lệ là 1,5 lần và 8.2 điểm. Hết.", List.of("Tỷ lệ là 1,5 lần và 8.2 điểm.", "Hết.")),
        Arguments.of("Họp ngày 8.2 tại Hà Nội. Sau đó về.", List.of("Họp ngày 8.2 tại Hà Nội.", "Sau đó về.")),
        Arguments.of("Hôm nay 23.7 trời nắng.", List.of("Hôm nay 23.7 trời nắng.")),
        Arguments.of("Họ gặp ở Washington D.C trong tuần này.", List.of("Họ gặp ở Washington D.C trong tuần này.")),
        Arguments.of("Ông đến TP.HCM và Tp.HCM hôm qua.", List.of("Ông đến TP.HCM và Tp.HCM hôm qua.")),
        Arguments.of("Tôi ở TP.HCM. Anh ở Hà Nội.", List.of("Tôi ở TP.HCM.", "Anh ở Hà Nội.")),
        Arguments.of("Theo TS. Nguyễn Văn An, giá sẽ tăng.", List.of("Theo TS. Nguyễn Văn An, giá sẽ tăng.")),
        Arguments.of("PGS.TS. Trần Bình và ThS. Lê Hoa có mặt.", List.of("PGS.TS. Trần Bình và ThS. Lê Hoa có mặt.")),
        Arguments.of("GS. Hoàng Minh phát biểu.", List.of("GS. Hoàng Minh phát biểu.")),
        Arguments.of("Th.S Lê Hoa phát biểu.", List.of("Th.S Lê Hoa phát biểu.")),
        Arguments.of("Mr. Smith gặp ông St. John.", List.of("Mr. Smith gặp ông St. John.")),
        Arguments.of("Quân đội U.S. Army có mặt.", List.of("Quân đội U.S. Army có mặt.")),
        Arguments.of("Có gạo, muối v.v. Mọi thứ đủ cả.", List.of("Có gạo, muối v.v. Mọi thứ đủ cả.")),
        Arguments.of("Người phát ngôn J. Kirby cho biết.", List.of("Người phát ngôn J. Kirby cho biết.")),
        Arguments.of("Xem tại https://vi.example.com/tin.html hoặc gửi a.b@example.vn nhé.",
            List.of("Xem tại https://vi.example.com/tin.html hoặc gửi a.b@example.vn nhé.")),
        Arguments.of("Bài viết kết thúc./. Tin khác ở dưới.", List.of("Bài viết kết thúc./.", "Tin khác ở dưới.")),
        Arguments.of("Câu cuối không có chấm", List.of("Câu cuối không có chấm")),
        Arguments.of("", List.of()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cases")
  void splits(String text, List<String> expected) {
    assertThat(texts(text)).containsExactlyElementsOf(expected);
  }

  @Test
  void spansPointIntoTheText() {
    String text = "Một. Hai.\nBa.";
    List<Sentence> s = splitter.split(text);
    assertThat(s).containsExactly(new Sentence(0, 4), new Sentence(5, 9), new Sentence(10, 13));
  }
}
