package dev.evdash.model.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarLayoutTest {

    static BarLayout layout(int categories, int groups, double width) {
        List<String> cats = java.util.stream.IntStream.range(0, categories).mapToObj(i -> Integer.toString(2020 + i))
                .toList();
        List<String> gs = java.util.stream.IntStream.range(0, groups).mapToObj(i -> "g" + i).toList();
        List<BarData.Bar> bars = new java.util.ArrayList<>();
        for (int c = 0; c < categories; c++) {
            for (int g = 0; g < groups; g++) {
                bars.add(new BarData.Bar(c, g, List.of(new BarData.Segment(0, 10 + c, "", false, "s"))));
            }
        }
        BarData data = new BarData(cats, gs, List.of("v"), bars, "vehicles", BarData.ColorBy.GROUP);
        return new BarLayout(data, width, 500, false, t -> t.length() * 7.0, 14, v -> Double.toString(v));
    }

    @Test
    void aLoneBarIsNotDrawnAsAWideBlockAndStaysCentred() {
        BarLayout one = layout(1, 1, 1200);
        BarLayout.Rect r = one.rects().get(0);
        assertThat(r.w()).isLessThanOrEqualTo(BarLayout.MAX_BAR_WIDTH);
        double centre = r.x() + r.w() / 2;
        assertThat(centre).isCloseTo(one.categoryLabels().get(0).x(), org.assertj.core.api.Assertions.within(2.0));
    }

    @Test
    void manyBarsShareTheWidthAsBefore() {
        BarLayout many = layout(40, 2, 1200);
        assertThat(many.rects()).hasSize(80).allSatisfy(r -> assertThat(r.w()).isLessThan(15));
        BarLayout.Rect a = many.rects().get(0);
        BarLayout.Rect b = many.rects().get(1);
        assertThat(b.x()).isGreaterThan(a.x() + a.w() - 0.001);
    }
}
