package dev.storyline.analysis.time;

import static dev.storyline.analysis.time.TimeTestSupport.analyze;
import static dev.storyline.analysis.time.TimeTestSupport.assertResolves;
import static dev.storyline.analysis.time.TimeTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forms added in round 4 after the dev split grew by 17 articles: a clock time "cùng ngày", a stated date after
 * "hiện nay", "mới đây", "tầm" as about, "buổi" before a dated part of day, night hours, one-digit minutes, a
 * day-month whose year follows a different separator, dashed holiday dates and their coordinated neighbour, "này"
 * and "nữa" inside the span, quarters and "ít" as durations, "cả" + unit, and years named by can-chi.
 */
class TimeFormsRound4Test {
  private static final PartialDate APR_29_2021 = PartialDate.ofDay(2021, 4, 29);
  private static final PartialDate MAY_20_2016 = PartialDate.ofDay(2016, 5, 20);

  static Stream<Arguments> forms() {
    return Stream.of(
        row("Sáng 3/5 trời mưa. Đến 9h cùng ngày, nước đã rút.", APR_29_2021, "9h cùng ngày", "TIME",
            "2021-05-03T09:00", null),
        row("Ngày 12/3 đoàn xuất phát, tới 16 giờ 20 phút cùng ngày thì về bến.", APR_29_2021,
            "16 giờ 20 phút cùng ngày", "TIME", "2021-03-12T16:20", null),
        row("Theo đài khí tượng, hiện nay (29/4), gió đã yếu dần.", APR_29_2021, "hiện nay (29/4)", "DATE",
            "2021-04-29", null),
        row("Mới đây, xã đã làm xong cây cầu tre.", APR_29_2021, "Mới đây", "DATE", "PAST_REF", null),
        row("Chợ đông dần và đến tầm 17h thì chật kín.", APR_29_2021, "tầm 17h", "TIME", "XXXX-XX-XXT17:00", "APPROX"),
        row("Đoàn khách ăn cơm vào buổi trưa ngày 2/5 tại bản.", APR_29_2021, "buổi trưa ngày 2/5", "TIME",
            "2021-05-02TMI", null),
        row("Xe khởi hành lúc 11h đêm 27/4 từ bến cũ.", APR_29_2021, "11h đêm 27/4", "TIME", "2021-04-27T23:00", null),
        row("Đèn tắt từ 0h5 ngày 28/4 đến sáng.", APR_29_2021, "0h5 ngày 28/4", "TIME", "2021-04-28T00:05", null),
        row("Ông nhận chức vào ngày 12-11/2019 sau đại hội.", APR_29_2021, "ngày 12-11/2019", "DATE", "2019-11-12",
            null),
        row("Đường sẽ thông xe trước dịp nghỉ lễ 30-4 và 1-5.", APR_29_2021, "30-4", "DATE", "2021-04-30", null),
        row("Đường sẽ thông xe trước dịp nghỉ lễ 30-4 và 1-5.", APR_29_2021, "1-5", "DATE", "2021-05-01", null),
        row("Trong tháng 6 này, nhà máy sẽ chạy thử.", MAY_20_2016, "tháng 6 này", "DATE", "2016-06", null),
        row("Trong vòng 5 năm nữa, cảng sẽ quá tải.", MAY_20_2016, "5 năm nữa", "DURATION", "P5Y", null),
        row("Giá thép cao nhất trong 2 quý.", MAY_20_2016, "2 quý", "DURATION", "P2Q", null),
        row("Trận thứ hai bắt đầu sau đó ít phút.", MAY_20_2016, "ít phút", "DURATION", "PTXM", null),
        row("Chúng tôi chờ cả tiếng ở cổng.", MAY_20_2016, "cả tiếng", "DURATION", "PT1H", null),
        // can-chi: the year nearest the publication year; a day in it is lunar ("mùng 1 tháng 1" = Tết)
        row("Lễ giỗ vào ngày mùng 1 tháng 1 năm Tân Sửu tại quê.", APR_29_2021, "ngày mùng 1 tháng 1 năm Tân Sửu",
            "DATE", "2021-02-12", null),
        row("Năm Nhâm Dần, làng mở hội lớn.", APR_29_2021, "Năm Nhâm Dần", "DATE", "2022", null),
        // a yearless month coordinated with another takes its year (July alone, a month ahead, would go back a year)
        row("Các giải đấu lớn diễn ra trong tháng 6 và tháng 7 ở châu Âu.", PartialDate.ofDay(2016, 6, 1), "tháng 7",
            "DATE", "2016-07", null),
        row("Khách đông nhất vào tháng 12 và tháng 1.", PartialDate.ofDay(2016, 12, 5), "tháng 1", "DATE", "2017-01",
            null),
        // seasons of a relative year
        row("Nắng nóng sẽ gay gắt vào mùa hè năm nay.", MAY_20_2016, "mùa hè năm nay", "DATE", "2016-SU", null),
        row("Khách du lịch tránh vùng này trong mùa đông này.", MAY_20_2016, "mùa đông này", "DATE", "2016-WI", null),
        // a bare "vừa qua" opening a clause is "recently"
        row("Theo báo địa phương, vừa qua Công ty X đã đóng cửa.", MAY_20_2016, "vừa qua", "DATE", "PAST_REF", null),
        // half units and the long form of hours
        row("Bị cáo lĩnh 2 năm rưỡi tù.", MAY_20_2016, "2 năm rưỡi", "DURATION", "P2.5Y", null),
        row("Anh lái xe suốt 7 tiếng đồng hồ.", MAY_20_2016, "7 tiếng đồng hồ", "DURATION", "PT7H", null),
        // a stray count before "năm ngoái" does not hide last year
        row("Dịch bùng phát vào 1 năm ngoái.", MAY_20_2016, "năm ngoái", "DATE", "2015", null),
        row("Hãng bay tăng chuyến cho dịp lễ và hè 2016.", MAY_20_2016, "hè 2016", "DATE", "2016-SU", null));
  }

  @ParameterizedTest(name = "{2} in \"{0}\" → {3} {4} {5}")
  @MethodSource("forms")
  void resolvesForm(String text, PartialDate pub, String span, String type, String value, String mod) {
    assertResolves(text, pub, span, type, value, mod);
  }

  static Stream<Arguments> notTime() {
    return Stream.of(
        // "buổi sáng" with no date is generic advice
        Arguments.of("Nên tập thể dục vào buổi sáng.", "buổi sáng"),
        // "ít nhất" is a modifier, not a fuzzy count
        Arguments.of("Cần ít nhất ba người khiêng.", "ít"),
        // "cả năm 2020" names the year, not a length of one year
        Arguments.of("Doanh thu cả năm 2020 giảm.", "cả năm"),
        // "tầm nhìn" is a view, not "about"
        Arguments.of("Quy hoạch có tầm nhìn xa.", "tầm"),
        // a score after "thắng" stays a score even after "và"
        Arguments.of("Đội nhà thắng 2-1 và 3-0 ở hai lượt trận.", "3-0"),
        // "một ngày tháng Năm" is some day in May, no length
        Arguments.of("Cũng vào một ngày tháng Năm, anh trở lại.", "một ngày"),
        // "vừa qua" as a verb (just went past)
        Arguments.of("Chiếc xe vừa qua khỏi cầu thì hỏng.", "vừa qua"),
        // "Thứ hai," opening a sentence enumerates
        Arguments.of("Thứ nhất, giá tăng. Thứ hai, hàng thiếu.", "Thứ hai"),
        // a grade before "năm học", an age in years
        Arguments.of("Tuyển sinh lớp 6 năm học tới.", "6 năm"),
        Arguments.of("Cây đa có tuổi đời 300 năm tuổi.", "300 năm"),
        // "vỉa hè" is a pavement
        Arguments.of("Xe máy đỗ trên vỉa hè suốt đêm.", "hè"));
  }

  @ParameterizedTest(name = "\"{1}\" in \"{0}\" is no time expression")
  @MethodSource("notTime")
  void leavesLookAlikesAlone(String text, String fragment) {
    TemporalResult r = analyze(text, APR_29_2021);
    assertThat(r.times()).noneMatch(t -> t.text().contains(fragment) && t.type() != TimeType.DATE
        || t.text().equals(fragment));
  }

  @Test
  void cycleYearPicksTheNearestYearUpToTenAhead() {
    // Tân Sửu = can 7, chi 1: 2021 (and 1961, 2081)
    assertThat(TemporalAnalyzer.cycleYear(7 * 12 + 1, 2021)).isEqualTo(2021);
    assertThat(TemporalAnalyzer.cycleYear(7 * 12 + 1, 2030)).isEqualTo(2021);
    // Giáp Thìn = can 0, chi 4: 2024 is three years after 2021
    assertThat(TemporalAnalyzer.cycleYear(4, 2021)).isEqualTo(2024);
    // can and chi of different parity name no year
    assertThat(TemporalAnalyzer.cycleYear(1, 2021)).isEqualTo(RawTime.NO_YEAR);
  }
}
