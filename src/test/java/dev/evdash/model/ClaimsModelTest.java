package dev.evdash.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Point;
import dev.evdash.data.Series;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The figures' table is made when first asked for, and shows the data as it is then, and after. */
class ClaimsModelTest {

    private static final Dataset DATA = new DatasetReader().readBundled().dataset().orElseThrow();

    /** The bundled data with BMW Group's 2024 BEV deliveries (426,594) given as the article's 183,000. */
    private static Dataset bmwRecordAt183000() {
        List<Series> series = DATA.series().stream().map(s -> !s.id().equals("deliveries-bmw-bev") ? s
                : s.withPoints(s.points().stream().map(p -> p.period().toString().equals("2024") && p.value() == 426_594
                        ? new Point(p.period(), 183_000, null, p.source(), p.excerpt(), p.note()) : p).toList()))
                .toList();
        return DATA.withSeries(series);
    }

    private static ClaimCheck bmwArticleCheck(ClaimsModel m) {
        return m.rows().stream().filter(c -> c.fromArticle() && c.series().id().equals("deliveries-bmw-bev"))
                .findFirst().orElseThrow();
    }

    @Test
    void figuresAskedForLateShowTheDataAsItIsThen() {
        SimpleObjectProperty<Dataset> data = new SimpleObjectProperty<>(DATA);
        ClaimsModel model = new ClaimsModel(data);
        assertThat(model.summaryProperty().get()).startsWith("15 claims checked")
                .isEqualTo(dev.evdash.model.claims.ClaimRows.summary(dev.evdash.model.claims.ClaimRows.of(DATA)));

        data.set(bmwRecordAt183000()); // before the figures were ever asked for

        assertThat(bmwArticleCheck(model).verdict()).isEqualTo(ClaimCheck.Verdict.MATCHES);
        assertThat(model.rows()).isEqualTo(ClaimsTable.compute(data.get()).stream().filter(ClaimCheck::fromArticle)
                .toList());
    }

    @Test
    void figuresOnceShownFollowTheDataAndThePressSwitch() {
        SimpleObjectProperty<Dataset> data = new SimpleObjectProperty<>(DATA);
        ClaimsModel model = new ClaimsModel(data);
        String before = model.figuresSummaryProperty().get();
        assertThat(bmwArticleCheck(model).verdict()).isEqualTo(ClaimCheck.Verdict.DOES_NOT_MATCH);

        data.set(bmwRecordAt183000());
        assertThat(bmwArticleCheck(model).verdict()).isEqualTo(ClaimCheck.Verdict.MATCHES);
        assertThat(model.figuresSummaryProperty().get()).isNotEqualTo(before);

        int articleOnly = model.rows().size();
        model.includePressProperty().set(true);
        assertThat(model.rows()).hasSize(ClaimsTable.compute(data.get()).size()).hasSizeGreaterThan(articleOnly);
    }
}
