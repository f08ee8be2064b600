package dev.evdash.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Period;
import dev.evdash.data.Point;
import dev.evdash.data.Qualifier;
import dev.evdash.data.Unit;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void wordsNumbersAsReportsDo() {
        assertThat(Formats.count(11_300_000)).isEqualTo("11,300,000");
        assertThat(Formats.compact(11_300_000)).isEqualTo("11.3 M");
        assertThat(Formats.compact(426_594)).isEqualTo("427 k");
        assertThat(Formats.compact(0)).isEqualTo("0");
        assertThat(Formats.percent(64.5714)).isEqualTo("64.6 %");
        assertThat(Formats.value(new Point(Period.ofYear(2024), 17_000_000, Qualifier.MORE_THAN, "s", null, null),
                Unit.VEHICLES)).isEqualTo("more than 17,000,000 vehicles");
    }

    @Test
    void opensOnlyWebLinks() {
        assertThat(WebLinks.isOpenable("https://www.iea.org/reports/x")).isTrue();
        assertThat(WebLinks.isOpenable("http://en.people.cn/n3/2025/0102/c90000-20261028.html")).isTrue();
        assertThat(WebLinks.isOpenable("file:///etc/passwd")).isFalse();
        assertThat(WebLinks.isOpenable("javascript:alert(1)")).isFalse();
        assertThat(WebLinks.isOpenable("https://")).isFalse();
        assertThat(WebLinks.isOpenable(null)).isFalse();
    }
}
