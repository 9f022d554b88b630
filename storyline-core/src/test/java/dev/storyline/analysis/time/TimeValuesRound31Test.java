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
 * Round 31 (values and bounds): "năm sau" at the end of a range counts from the year of the range's start ("từ ngày
 * 1/9 năm trước đến 31/8 năm sau"), not from the publication year; a document's or a rank's number before "năm" + a
 * year ("Nghị định 43 năm 2014", "vị trí 139 năm 2018") is no length: the span is "năm 2014", like "Quyết định 3165
 * năm 2012" in the guidelines; a year word on a range's or a list's last end ("tháng 9, tháng 10 năm ngoái") counts
 * for the ends before it, like a written year; a yearless month a few words after "hàng năm" ("Hàng năm, … từ tháng 8
 * đến tháng 11") is the month of any year, XXXX; a year opening its sentence before a comma ("Năm 2015, …") frames the
 * sentence's yearless days and months.
 */
class TimeValuesRound31Test {
  private static final PartialDate JUN_2_2016 = PartialDate.ofDay(2016, 6, 2);
  private static final PartialDate JUN_15_2017 = PartialDate.ofDay(2017, 6, 15);

  static Stream<Arguments> forms() {
    return Stream.of(
        // "năm sau" ending a range is the year after the start's year
        row("Giải Cây Bút Tre xét các bài đăng từ ngày 1/9 năm trước đến 31/8 năm sau.", JUN_2_2016,
            "31/8 năm sau", "DATE", "2016-08-31", null),
        row("Mùa khô ở vùng Đồng Rạ kéo dài từ cuối tháng 11 năm trước đến tháng 4 năm sau.", JUN_15_2017,
            "tháng 4 năm sau", "DATE", "2017-04", null),
        row("Công trình đê Bàu Sen làm từ tháng 11/2014 đến tháng 3 năm sau.", JUN_15_2017, "tháng 3 năm sau", "DATE",
            "2015-03", null),
        // a year word on the last end counts for the ends before it
        row("Quán cà phê Mộc mở cửa từ tháng 9, tháng 10 năm ngoái.", JUN_15_2017, "tháng 9", "DATE", "2016-09",
            null),
        row("Hai bên bàn chuyện đó trong tháng 1 hoặc tháng 2 năm tới.", JUN_15_2017, "tháng 1", "DATE", "2018-01",
            null),
        row("Kho xăng ở Bàu Sen bị trộm vào ngày 2/10 và ngày 23/10 năm ngoái.", JUN_15_2017, "ngày 2/10", "DATE",
            "2016-10-02", null),
        row("Giá rau ở chợ Đồng Rạ tăng từ tháng 12 đến tháng 2 năm nay.", JUN_15_2017, "tháng 12", "DATE", "2016-12",
            null),
        // a month a few words after "hàng năm" / "hằng năm" / "mỗi năm" is any year's
        row("Hàng năm, đàn cò về đầm Bàu Sen từ cuối tháng 2 đến tháng 4.", JUN_15_2017, "tháng 4", "DATE", "XXXX-04",
            null),
        row("Hàng năm, đàn cò về đầm Bàu Sen từ cuối tháng 2 đến tháng 4.", JUN_15_2017, "cuối tháng 2", "DATE",
            "XXXX-02", "END"),
        row("Hằng năm, vào tháng 9 và tháng 10, chợ Đồng Rạ vắng khách.", JUN_15_2017, "tháng 10", "DATE", "XXXX-10",
            null),
        // a year opening the sentence before a comma frames its yearless days and months
        row("Năm ngoái, vào tháng 8, quán Mộc đông khách.", JUN_15_2017, "tháng 8", "DATE", "2016-08", null),
        row("Năm 2015, chỉ số Bàu Sen đạt đỉnh vào ngày 9-4 rồi giảm.", JUN_15_2017, "ngày 9-4", "DATE", "2015-04-09",
            null),
        // a document's or a rank's number, then "năm" + its year: the year, no length
        row("Theo Nghị định 57 năm 2014 của Chính phủ, xã Đồng Rạ được cấp vốn.", JUN_15_2017, "năm 2014", "DATE",
            "2014", null),
        row("Ông Tâm căn cứ thông tư 21 năm 2012 của Bộ để trả lời.", JUN_15_2017, "năm 2012", "DATE", "2012", null),
        row("Xã làm theo quy định 118 năm 2015 của Tỉnh ủy.", JUN_15_2017, "năm 2015", "DATE", "2015", null),
        row("Trường Bàu Sen tăng từ vị trí 231 năm 2016 lên vị trí 180.", JUN_15_2017, "năm 2016", "DATE", "2016",
            null),
        row("Ngân hàng Sao Mai được xếp vào Top 7 năm 2016 của bảng.", JUN_15_2017, "năm 2016", "DATE", "2016",
            null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void resolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TimeTestSupport.assertResolves(text, pub, span, type, value, mod);
  }

  @Test
  void lengthsBeforeAYearStay() {
    // "đầu tư 3 năm 2015-2017": an investment over three years, a length before the years
    assertThat(analyze("Kế hoạch đầu tư 3 năm 2015-2017 của xã Đồng Rạ đã xong.", JUN_15_2017).times())
        .extracting(TimeExpression::text).containsExactly("3 năm", "2015", "2017");
  }

  @Test
  void lookAlikesKeepThePublicationYear() {
    // "năm sau" not at a range's end is counted from the publication year
    assertThat(analyze("Từ ngày 1/11 năm trước, công ty đã dời ngày họp sang tháng 4 năm sau.", JUN_2_2016).times())
        .extracting(TimeExpression::value).containsExactly("2015-11-01", "2017-04");
    // after "hàng năm" a deictic word still places the month: "tháng 3 vừa qua", "tháng 5 tới"
    assertThat(analyze("Hàng năm, hội làng tổ chức vào tháng 3 vừa qua thì đông.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("P1Y", "2017-03");
    assertThat(analyze("Doanh thu hàng năm của quán đạt 2 tỷ đồng, nhưng sang tháng 5 tới quán sẽ đóng cửa.", JUN_15_2017)
        .times()).extracting(TimeExpression::value).containsExactly("P1Y", "2018-05");
    // a year inside the sentence frames nothing; a deictic word still places the month
    assertThat(analyze("Chỉ số Bàu Sen đạt đỉnh năm 2015, rồi giảm vào ngày 9-4.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("2015", "2017-04-09");
    assertThat(analyze("Năm 2015, quán Mộc mở, và sẽ mở thêm vào tháng 8 tới.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("2015", "2017-08");
    // a range into "năm sau" starts in the publication year, as before
    assertThat(analyze("Lúa ở Bàu Sen chín từ tháng 11 đến tháng 2 năm sau.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("2017-11", "2018-02");
    // "năm tới" (the coming year) is deictic: counted from the publication year even at a range's end
    assertThat(analyze("Đê Bàu Sen được tu bổ từ tháng 11/2014 đến tháng 3 năm tới.", JUN_15_2017).times())
        .extracting(TimeExpression::value).containsExactly("2014-11", "2018-03");
  }
}
