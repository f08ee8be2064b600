package dev.evdash.model.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeLayoutTest {

    private static final TimeChartData.Axis AXIS = new TimeChartData.Axis("vehicles", Double.NaN, v -> "" + (int) v);

    private static TimeChartData withEvents(double from, double to, List<TimeChartData.Event> events) {
        TimeChartData.Line line = new TimeChartData.Line("a", 0, false, false, TimeChartData.Join.CONNECTED,
                List.of(new TimeChartData.Mark(from, from + 12, 10, "", TimeChartData.Style.PLAIN),
                        new TimeChartData.Mark(to - 12, to, 20, "", TimeChartData.Style.PLAIN)));
        return new TimeChartData(from, to, AXIS, Optional.empty(), List.of(line), List.of(), List.of(), events,
                List.of());
    }

    private static TimeChartData.Event event(double at, String label) {
        return new TimeChartData.Event(at, label, label, label, -1, TimeChartData.EventKind.MILESTONE);
    }

    private static TimeLayout layout(TimeChartData data, double width) {
        return new TimeLayout(data, width, 400, s -> s.length() * 6.5, 14);
    }

    @Test
    void eventsFarApartAreAllLabelled() {
        TimeLayout l = layout(withEvents(0, 120, List.of(event(10, "Series production starts"),
                event(90, "First deliveries"))), 800);
        assertThat(l.events()).hasSize(2).allSatisfy(e -> assertThat(e.labelled()).isTrue());
    }

    @Test
    void crowdedEventsKeepEveryEventAndNoLabelTouchesAMarkerOrAnotherLabel() {
        List<TimeChartData.Event> events = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            events.add(event(30 + i * 1.7, "Milestone number " + i + " with a long name"));
        }
        TimeLayout l = layout(withEvents(0, 120, events), 900);
        assertThat(l.events()).flatExtracting(EventLayout.Placed::members).hasSize(14);
        assertThat(l.events()).anySatisfy(e -> assertThat(e.labelled()).isTrue());
        assertThat(l.events()).anySatisfy(e -> assertThat(e.grouped()).isTrue());
        EventLayoutTest.assertClear(l, 900);
    }

    private static TimeChartData monthly(TimeChartData.Join join) {
        // a running total reported in Oct 2024, Aug 2025 and Dec 2025 (months since year 0)
        List<TimeChartData.Mark> marks = List.of(
                new TimeChartData.Mark(2024 * 12 + 9, 2024 * 12 + 10, 300_000, "", TimeChartData.Style.PLAIN),
                new TimeChartData.Mark(2025 * 12 + 7, 2025 * 12 + 8, 1_000_000, "", TimeChartData.Style.PLAIN),
                new TimeChartData.Mark(2025 * 12 + 11, 2025 * 12 + 12, 1_400_000, "", TimeChartData.Style.PLAIN));
        return new TimeChartData(2024 * 12, 2026 * 12, AXIS, Optional.empty(),
                List.of(new TimeChartData.Line("total", 0, false, false, join, marks)), List.of(), List.of(), List.of(),
                List.of());
    }

    @Test
    void figuresAtScatteredDatesAreJoinedDashedAcrossTheGapsOnlyWhereTheLineSaysSo() {
        assertThat(layout(monthly(TimeChartData.Join.CONNECTED), 800).paths()).isEmpty();
        List<TimeLayout.Path> across = layout(monthly(TimeChartData.Join.ACROSS_GAPS), 800).paths();
        assertThat(across).hasSize(2).allSatisfy(p -> assertThat(p.dashed()).isTrue());
    }
}
