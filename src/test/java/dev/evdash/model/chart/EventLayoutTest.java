package dev.evdash.model.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.model.chinamarket.ChinaMarketCharts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The band of event markers over a time chart: for BMW Group's bundled partnerships and milestones, at the
 * chart sizes of the three export sizes and of the window's 1024×640, no label overlaps another label, a
 * marker or a leader line, none leaves the chart or enters the plot, and every event is either named by a
 * label or by the hover of the marker that stands for it.
 */
class EventLayoutTest {

    static final Dataset D = new DatasetReader().readBundled().dataset().orElseThrow();
    static final TimeChartData.Axis AXIS = new TimeChartData.Axis("%", Double.NaN, v -> (int) v + " %");
    /** About the width of the chart's 11 px font; the layout uses the same measure as the drawing. */
    static final double CHAR = 6.4;
    static final double LINE = 14;

    /** Chart sizes as the views give them: a chart the width of the page, half of it, in tall and short rows. */
    static List<double[]> chartSizes() {
        List<double[]> out = new ArrayList<>();
        for (int[] page : new int[][] {{1200, 628}, {1600, 900}, {1920, 1080}, {1024, 640}}) {
            double full = page[0] - (page[0] == 1024 ? 230 : 56);
            for (double w : new double[] {full, full / 2 - 16}) {
                for (double h : new double[] {page[1] * 0.25, page[1] * 0.4, page[1] * 0.7}) {
                    out.add(new double[] {w, h});
                }
            }
        }
        return out;
    }

    static TimeChartData chart(double from, double to, List<TimeChartData.Event> events) {
        TimeChartData.Line line = new TimeChartData.Line("NEV share", 0, false, false, TimeChartData.Join.CONNECTED,
                List.of(new TimeChartData.Mark(from, from + 1, 10, "", TimeChartData.Style.PLAIN),
                        new TimeChartData.Mark(to - 1, to, 50, "", TimeChartData.Style.PLAIN)));
        return new TimeChartData(from, to, AXIS, Optional.empty(), List.of(line), List.of(), List.of(), events,
                List.of());
    }

    @Test
    void bmwGroupsMarkersLeaveEveryLabelClearAtEverySize() {
        List<TimeChartData.Event> bmw = ChinaMarketCharts.companyEvents(D, "bmw");
        assertThat(bmw).hasSizeGreaterThan(20);
        // the China market's and the profile's years, and the Watchlist's months
        double[][] spans = {{2018 * 12, 2027 * 12}, {2019 * 12, 2026 * 12}, {2024 * 12, 2027 * 12 + 9}};
        for (double[] span : spans) {
            for (double[] size : chartSizes()) {
                TimeLayout l = new TimeLayout(chart(span[0], span[1], bmw), size[0], size[1], s -> s.length() * CHAR,
                        LINE);
                assertClear(l, size[0]);
                long inRange = bmw.stream().filter(e -> e.at() >= span[0] && e.at() <= span[1]).count();
                assertThat(l.events()).flatExtracting(EventLayout.Placed::members).hasSize((int) inRange);
                assertThat(l.events()).as("labels at %.0f×%.0f", size[0], size[1])
                        .anySatisfy(e -> assertThat(e.labelled()).isTrue());
            }
        }
    }

    @Test
    void theBandTakesNoMoreThanItsShareOfAShortChart() {
        List<TimeChartData.Event> bmw = ChinaMarketCharts.companyEvents(D, "bmw");
        TimeLayout l = new TimeLayout(chart(2018 * 12, 2027 * 12, bmw), 560, 150, s -> s.length() * CHAR, LINE);
        double band = l.plotTop() - l.legendHeight();
        assertThat(band).isLessThanOrEqualTo(150 * TimeLayout.EVENT_BAND_SHARE + 8);
        assertThat(l.plotBottom() - l.plotTop()).isGreaterThan(60);
    }

    @Test
    void aGroupsHoverNamesEachOfItsEventsAndTheirDates() {
        List<TimeChartData.Event> bmw = ChinaMarketCharts.companyEvents(D, "bmw");
        TimeLayout l = new TimeLayout(chart(2018 * 12, 2027 * 12, bmw), 560, 300, s -> s.length() * CHAR, LINE);
        EventLayout.Placed group = l.events().stream().filter(EventLayout.Placed::grouped).findFirst().orElseThrow();
        Optional<TimeLayout.Hit> hit = l.hit(group.x(), group.markerY());
        assertThat(hit).get().isInstanceOf(TimeLayout.EventHit.class);
        String tip = hit.get().tooltip();
        assertThat(tip).startsWith(group.members().size() + " events here:");
        for (TimeChartData.Event e : group.members()) {
            assertThat(tip).contains(e.tooltip().split("\n")[0]);
        }
    }

    @Test
    void aLabelGoesBesideItsMarkerWhereThereIsRoomAndAboveItWithALeaderWhereNot() {
        List<TimeChartData.Event> events = List.of(
                new TimeChartData.Event(100, "a", "First deliveries", "a", -1, TimeChartData.EventKind.MILESTONE),
                new TimeChartData.Event(103, "b", "Series production", "b", -1, TimeChartData.EventKind.MILESTONE),
                new TimeChartData.Event(106, "c", "Launch in China", "c", -1, TimeChartData.EventKind.MILESTONE));
        TimeLayout l = new TimeLayout(chart(60, 160, events), 800, 400, s -> s.length() * CHAR, LINE);
        assertThat(l.events()).hasSize(3).allSatisfy(e -> assertThat(e.labelled()).isTrue());
        // markers about 23 px apart: the first label goes left of its marker, the last right of its marker
        assertThat(l.events().get(0).row()).isZero();
        assertThat(l.events().get(0).labelBox().x1()).isLessThan(l.events().get(0).x());
        assertThat(l.events().get(2).row()).isZero();
        assertThat(l.events().get(2).labelBox().x0()).isGreaterThan(l.events().get(2).x());
        // the middle one has no room on either side: a row up, with a leader line down to its marker
        assertThat(l.events().get(1).row()).isEqualTo(1);
        assertThat(l.events().get(1).leader()).isNotNull();
        assertClear(l, 800);
    }

    /** No two labels, no label and marker, no label and leader line meet; labels stay in the band. */
    static void assertClear(TimeLayout l, double width) {
        List<EventLayout.Placed> ps = l.events();
        for (EventLayout.Placed a : ps) {
            for (EventLayout.Placed b : ps) {
                if (a != b) {
                    assertThat(a.markerBox().intersects(b.markerBox())).as("markers of %s and %s",
                            a.event().id(), b.event().id()).isFalse();
                }
                if (!a.labelled()) {
                    continue;
                }
                assertThat(a.labelBox().intersects(b.markerBox())).as("label '%s' over the marker of %s at %.0f wide",
                        a.label(), b.event().id(), width).isFalse();
                if (a != b && b.labelled()) {
                    assertThat(a.labelBox().intersects(b.labelBox())).as("labels '%s' and '%s'", a.label(), b.label())
                            .isFalse();
                    boolean sameRow = a.labelBox().y0() < b.labelBox().y1() && b.labelBox().y0() < a.labelBox().y1();
                    double apart = Math.max(b.labelBox().x0() - a.labelBox().x1(), a.labelBox().x0() - b.labelBox().x1());
                    assertThat(!sameRow || apart >= 10).as("labels '%s' and '%s' %.1f px apart on a row", a.label(),
                            b.label(), apart).isTrue();
                }
                if (a != b && b.leader() != null) {
                    assertThat(a.labelBox().intersects(b.leader())).as("label '%s' across the leader of '%s'",
                            a.label(), b.label()).isFalse();
                }
            }
            if (a.labelled()) {
                assertThat(a.labelBox().x0()).isGreaterThanOrEqualTo(0);
                assertThat(a.labelBox().x1()).isLessThanOrEqualTo(width);
                assertThat(a.labelBox().y0()).as("label '%s' under the legend", a.label())
                        .isGreaterThanOrEqualTo(l.legendHeight());
                assertThat(a.labelBox().y1()).as("label '%s' above the plot", a.label()).isLessThanOrEqualTo(l.plotTop());
            }
        }
    }
}
