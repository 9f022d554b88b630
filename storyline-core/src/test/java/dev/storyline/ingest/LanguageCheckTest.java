package dev.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {
  @Test
  void vietnameseProsePasses() {
    assertThat(LanguageCheck.isVietnamese("Người dân trong xóm đã góp tiền sửa lại con đường đất dẫn ra chợ.")).isTrue();
  }

  @Test
  void lowShareWithManyFunctionSyllablesPasses() {
    // A page drowned in English navigation still counts when its text keeps the commonest syllables.
    String nav = "Home News Business Sports Travel Login Register Subscribe Contact About Privacy Terms ".repeat(8);
    String vi = "Sách của tôi và của bạn là những cuốn các em được tặng";
    assertThat(LanguageCheck.isVietnamese(nav + vi)).isTrue();
    assertThat(LanguageCheck.isVietnamese(nav + "Sách mới")).isFalse();
  }

  @Test
  void otherLanguagesFail() {
    assertThat(LanguageCheck.isVietnamese("The committee met on Tuesday to discuss the new budget for the city.")).isFalse();
    assertThat(LanguageCheck.isVietnamese("Le comité s'est réuni mardi pour discuter du budget de la ville à Paris.")).isFalse();
    assertThat(LanguageCheck.isVietnamese("El comité se reunió el martes para discutir el presupuesto.")).isFalse();
    assertThat(LanguageCheck.isVietnamese("12345 !!! ---")).isFalse();
    assertThat(LanguageCheck.isVietnamese("")).isFalse();
  }
}
