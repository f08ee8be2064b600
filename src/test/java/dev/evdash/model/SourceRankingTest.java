package dev.evdash.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Period;
import dev.evdash.data.Point;
import dev.evdash.data.Source;
import dev.evdash.data.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceRankingTest {

    private static Source source(String id, SourceKind kind, String published) {
        return new Source(id, id, "p", "https://example.org/" + id, published, kind, null, null);
    }

    private static Dataset dataset(List<String> priority, Source... sources) {
        return new Dataset(null, 1, "t", null, priority, List.of(sources), List.of(), List.of(), List.of(), List.of());
    }

    private static Point point(String source, double v) {
        return new Point(Period.ofYear(2024), v, null, source, null, null);
    }

    @Test
    void companyFigureBeatsPressAndArticleByDefault() {
        SourceRanking r = new SourceRanking(dataset(null, source("article", SourceKind.ARTICLE, "2025-07-14"),
                source("press", SourceKind.PRESS, "2025"), source("bmw", SourceKind.COMPANY, "2025-01-10")));
        assertThat(r.bestExact(List.of(point("article", 183_000), point("press", 426_536), point("bmw", 426_594))))
                .map(Point::value).contains(426_594.0);
    }

    @Test
    void newerPublicationWinsWithinAKind() {
        SourceRanking r = new SourceRanking(dataset(null, source("e2024", SourceKind.IEA, "2024"),
                source("e2025", SourceKind.IEA, "2025")));
        assertThat(r.bestExact(List.of(point("e2024", 4_300_000), point("e2025", 4_200_000))))
                .map(Point::source).contains("e2025");
    }

    @Test
    void sourceIdInPriorityListOutranksItsKind() {
        SourceRanking r = new SourceRanking(dataset(List.of("owid", "iea", "aggregator"),
                source("iea", SourceKind.IEA, "2025"), source("owid", SourceKind.AGGREGATOR, null)));
        assertThat(r.bestExact(List.of(point("iea", 1), point("owid", 2)))).map(Point::source).contains("owid");
    }

    @Test
    void wordedFiguresAreNotCharted() {
        SourceRanking r = new SourceRanking(dataset(null, source("a", SourceKind.IEA, "2025")));
        Point worded = new Point(Period.ofYear(2024), 17_000_000, dev.evdash.data.Qualifier.MORE_THAN, "a", null, null);
        assertThat(r.bestExact(List.of(worded))).isEmpty();
    }
}
