package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round 28: "so với năm trước đó" is the year before the one named earlier in the sentence (and "tháng / quý trước
 * đó" after a month or quarter written with its year); a length before "trước ngày" + an event ("một tuần trước ngày
 * khai giảng") is a length, not a time ago; "một ngày không xa" is no length; "trong thời gian gần." is FUTURE_REF;
 * "mỗi ngày đêm" is SET P1D with "đêm" inside; "Sắp tới đây" takes "đây"; "Cách mạng tháng Tám" is no month; a
 * number after "thứ" ("lần thứ 134 năm nay") is an ordinal, no length; "Cuối chiều nay" is that part of day, END.
 */
class TimeFormsRound28Test {
  private static final PartialDate JUN_15_2017 = PartialDate.ofDay(2017, 6, 15);

  static Stream<Arguments> forms() {
    return Stream.of(
        // "năm trước đó": the year before the year named earlier in the sentence, else the year before publication
        row("Năm 2015, xưởng gốm Bát Tràng lãi 3 tỷ đồng, tăng 12% so với năm trước đó.", JUN_15_2017,
            "năm trước đó", "DATE", "2014", null),
        row("Hợp tác xã Hòa Lộc bán được 40 tấn vải, gấp đôi năm trước đó.", JUN_15_2017, "năm trước đó", "DATE",
            "2016", null),
        // a year in a "kể từ" clause is not the one counted back from
        row("Lần đầu kể từ năm 2010, lãi của hãng Hưng Thịnh cao hơn năm trước đó.", JUN_15_2017, "năm trước đó",
            "DATE", "2016", null),
        // a month after a plain "từ" is: the month before it
        row("Ông Minh làm giám đốc từ tháng 10/2016 sau vụ cháy kho vào tháng trước đó.", JUN_15_2017,
            "tháng trước đó", "DATE", "2016-09", null),
        // "tháng / quý trước đó" after a month or quarter with its year: the one before it
        row("Doanh thu tháng 4/2016 của hãng Minh Phát tăng 5% so với tháng trước đó.", JUN_15_2017,
            "tháng trước đó", "DATE", "2016-03", null),
        row("Trong quý 1-2016, lãi của ngân hàng Hưng Thịnh giảm so với quý trước đó.", JUN_15_2017, "quý trước đó",
            "DATE", "2015-Q4", null),
        // a length before "trước ngày" + an event is a length, like "3 ngày trước Tết"
        row("Một tuần trước ngày khai giảng, cô Lan đã bọc xong sách vở.", JUN_15_2017, "Một tuần", "DURATION", "P1W",
            null),
        row("Ông Tùng rời đảng hai tháng trước ngày bầu cử.", JUN_15_2017, "hai tháng", "DURATION", "P2M", null),
        // "mỗi ngày đêm" (every day and night) is the day, "đêm" inside
        row("Nhà máy nước Sông Đà cấp 30.000 m3 mỗi ngày đêm cho thành phố.", JUN_15_2017, "mỗi ngày đêm", "SET",
            "P1D", null),
        // "Sắp tới đây, …": "tới đây" is one deictic word
        row("Sắp tới đây, nhóm Mây Trắng sẽ ra mắt album mới.", JUN_15_2017, "Sắp tới đây", "DATE", "FUTURE_REF",
            null),
        // a number after "thứ" is an ordinal: what follows it is read on its own
        row("Hội chợ sách lần thứ 134 năm nay mở ở Huế.", JUN_15_2017, "năm nay", "DATE", "2017", null),
        row("Hội nghị Diên Hồng lần thứ 25 tháng 11-2016 họp ở Đà Lạt.", JUN_15_2017, "tháng 11-2016", "DATE",
            "2016-11", null),
        // the edge of a dated part of day is inside, with its mod, like "đầu giờ chiều 19/4"
        row("Cuối chiều nay, chiếc xe tải được kéo khỏi hiện trường.", JUN_15_2017, "Cuối chiều nay", "TIME",
            "2017-06-15TAF", "END"),
        row("Cuối buổi chiều 16-5, Bộ trưởng Lâm đến thăm bà con.", JUN_15_2017, "Cuối buổi chiều 16-5", "TIME",
            "2017-05-16TAF", "END"),
        // "trong thời gian gần." (in the near term): FUTURE_REF like "thời gian tới"
        row("Giá lúa sẽ khó tăng trong thời gian gần.", JUN_15_2017, "thời gian gần", "DATE", "FUTURE_REF", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void lookAlikesStayOut() {
    // "một ngày không xa" (some day soon) is no length, like "một ngày nào đó"
    assertThat(analyze("Anh Quân tin rằng một ngày không xa đội sẽ lên hạng.", JUN_15_2017).times()).isEmpty();
    // "Cách mạng tháng Tám" (a revolution, a street) is a name, no month; a year after it is still a year
    assertThat(analyze("Quán phở nằm trên đường Cách Mạng Tháng Tám, quận 3.", JUN_15_2017).times()).isEmpty();
    assertThat(analyze("Ông Hòa tham gia Cách mạng tháng Tám năm 1945 ở Huế.", JUN_15_2017).times())
        .extracting(TimeExpression::text).containsExactly("năm 1945");
    // an ordinal before "ngày sinh" (a birthday) is no length; a weekday "thứ 7" stays a weekday
    assertThat(analyze("Lễ kỷ niệm lần thứ 95 ngày sinh nhà thơ Tố Hữu.", JUN_15_2017).times()).isEmpty();
    assertThat(analyze("Chợ phiên họp vào thứ 7 tuần này.", JUN_15_2017).times())
        .extracting(TimeExpression::text).containsExactly("thứ 7 tuần này");
    assertThat(analyze("Vào ngày thứ 9/9, cả nhà Lan về quê.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("2017-09-09");
    // "dẫn đầu" (led) and "trúng đầu" (the head) are no edge: the part of day keeps its old span
    assertThat(analyze("Liên quân do Pháp dẫn đầu tối 3/3 đã rút quân.", JUN_15_2017).times())
        .extracting(TimeExpression::text).containsExactly("tối 3/3");
    // an edge before a part of day with no day stays out
    assertThat(analyze("Cuối buổi chiều, mọi người lần lượt ra về.", JUN_15_2017).times()).isEmpty();
    // a count or a plural before "năm trước đó" keeps its old reading
    assertThat(analyze("Hai năm trước đó, ông Bảo mở quán phở.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("P2Y");
    assertThat(analyze("Khác với những năm trước đó, hội chợ mở cửa sớm.", JUN_15_2017).times()).isEmpty();
    // a plural before "tháng trước đó" (months before) is no time either
    assertThat(analyze("Tháng này hãng bán ít hơn so với các tháng trước đó.", JUN_15_2017).times())
        .extracting(TimeExpression::text).containsExactly("Tháng này");
    // "ngày càng" (more and more) after "trước" is no event day: "Ba năm trước" stays a time ago
    assertThat(analyze("Ba năm trước ngày càng ít khách đến chợ Đồng Xuân.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("2014");
    // a length after "thời gian gần" stays a length
    assertThat(analyze("Đội cứu hộ tìm kiếm trong thời gian gần 3 ngày.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("P3D");
  }
}
