package dev.evdash.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evdash.data.Claim;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.DatasetStore;
import dev.evdash.data.Edits;
import dev.evdash.data.Milestone;
import dev.evdash.data.Period;
import dev.evdash.data.Series;
import dev.evdash.data.Source;
import dev.evdash.data.WatchMetric;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormsTest {

    static final Dataset BUNDLED = new DatasetReader().readBundled().dataset().orElseThrow();
    static final DatasetCodec CODEC = new DatasetCodec();
    static final DatasetStore STORE = new DatasetStore(CODEC, new DatasetReader());

    /** {@code d} written as a file and read back as a load reads it: it must load without problems. */
    static Dataset savedAndReloaded(Dataset d) {
        var read = new DatasetReader().read("t.json", CODEC.write(d).getBytes(StandardCharsets.UTF_8));
        assertThat(read.problems()).as("problems on reload").isEmpty();
        return read.dataset().orElseThrow();
    }

    static Milestone milestone(Dataset d, String id) {
        return d.milestones().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no milestone " + id));
    }

    static Claim claim(Dataset d, String id) {
        return d.claims().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + id));
    }

    @Test
    void aFigureWithoutASourceOrWithANegativeCountIsRefusedWithTheReason() {
        Series bmw = BUNDLED.seriesById("deliveries-bmw-bev").orElseThrow();
        PointForm f = PointForm.of(BUNDLED, bmw, -1);
        assertThat(f.isValid()).isFalse();
        f.field("period").setText("2026-Q1");
        f.field("value").setText("-5");
        assertThat(f.field("value").getError()).isEqualTo("a count of vehicles cannot be negative");
        assertThat(f.field("source").getError()).isEqualTo("every figure names its source");
        f.field("value").setText("100,000");
        f.field("source").setText("bmw-2024-ansa");
        assertThat(f.errors()).isEmpty();
        assertThat(f.value().value()).isEqualTo(100_000);
        f.field("period").setText("2026-13");
        assertThat(f.field("period").getError()).startsWith("a year, half, quarter or month");

        Series share = BUNDLED.seriesById("ev-sales-share-china").orElseThrow();
        PointForm pct = PointForm.of(BUNDLED, share, -1);
        pct.field("value").setText("120");
        assertThat(pct.field("value").getError()).isEqualTo("a percentage is at most 100");

        // the same source cannot give two figures for one period
        PointForm again = PointForm.of(BUNDLED, bmw, -1);
        again.field("period").setText(bmw.points().get(0).period().toString());
        again.field("value").setText("1");
        again.field("source").setText(bmw.points().get(0).source());
        assertThat(again.field("source").getError()).startsWith("this source already gives a figure for");
    }

    @Test
    void aPartnershipWithOnePartyIsRefusedWithTheReason() {
        PartnershipForm f = new PartnershipForm(BUNDLED, null);
        f.field("id").setText("bmw-solo");
        f.field("parties").values().setAll("bmw");
        assertThat(f.field("parties").getError()).isEqualTo("a partnership needs at least two parties");
        f.field("parties").values().add("bmw");
        assertThat(f.field("parties").getError()).as("the same party twice").isNotEmpty();
        f.field("parties").values().setAll("bmw", "momenta");
        assertThat(f.field("parties").getError()).isEmpty();
        f.field("id").setText(BUNDLED.partnerships().get(0).id());
        assertThat(f.field("id").getError()).isEqualTo("another partnership has this id");
        f.field("id").setText("Bad Id");
        assertThat(f.field("id").getError()).startsWith("lower-case letters");
        f.field("announced").setText("2025-02-30");
        assertThat(f.field("announced").getError()).startsWith("a year, month or day");
        assertThat(f.field("sources").getError()).isEqualTo("every partnership names at least one source");
    }

    @Test
    void changingASourcesIdChangesItWhereverItIsCited() {
        Source s = BUNDLED.source("bmw-2024-ansa").orElseThrow();
        SourceForm f = new SourceForm(BUNDLED, s);
        assertThat(f.errors()).isEmpty();
        f.field("url").setText("not a link");
        assertThat(f.field("url").getError()).startsWith("the address where it can be read");
        f.field("url").setText(s.url());
        f.field("id").setText("bmw-2024-ansa-it");
        Dataset after = f.edit().apply(BUNDLED);
        assertThat(after.source("bmw-2024-ansa")).isEmpty();
        assertThat(after.series().stream().flatMap(x -> x.points().stream()).filter(p -> p.source().equals("bmw-2024-ansa")))
                .isEmpty();
        assertThat(after.series().stream().flatMap(x -> x.points().stream()).filter(p -> p.source().equals("bmw-2024-ansa-it")))
                .hasSameSizeAs(BUNDLED.series().stream().flatMap(x -> x.points().stream())
                        .filter(p -> p.source().equals("bmw-2024-ansa")).toList());
    }

    @Test
    void aSeriesOfDeliveriesBelongsToACompanyAndAWatchTargetNamesItsSource() {
        SeriesForm f = new SeriesForm(BUNDLED, null);
        f.field("id").setText("deliveries-zeekr-bev");
        f.field("of").setText("region:china");
        assertThat(f.field("of").getError()).isEqualTo("deliveries are a company's or a brand group's");
        f.field("of").setText("company:byd");
        f.field("powertrain").setText("bev");
        assertThat(f.errors()).isEmpty();
        Dataset after = f.edit().apply(BUNDLED);
        assertThat(after.seriesById("deliveries-zeekr-bev").orElseThrow().company()).isEqualTo("byd");

        WatchMetricForm w = new WatchMetricForm(BUNDLED, BUNDLED.watchlist().get(0));
        assertThat(w.errors()).isEmpty();
        w.field("targetValue").setText("50");
        assertThat(w.field("targetSource").getError()).isEqualTo("a target names the source that sets it");
        assertThat(w.field("targetPeriod").getError()).as("a target may have no date").isEmpty();
        w.field("targetPeriod").setText("by 2030");
        assertThat(w.field("targetPeriod").getError()).startsWith("when the target is for");
    }

    @Test
    void aWatchTargetWithoutAPeriodOpensInTheFormAndStaysWithoutOne() {
        WatchMetric vw = BUNDLED.watchlist().stream().filter(x -> x.id().equals("volkswagen-ota-updates-per-period"))
                .findFirst().orElseThrow();
        assertThat(vw.target().period()).as("the bundled target this is about").isNull();
        WatchMetricForm f = new WatchMetricForm(BUNDLED, vw);
        assertThat(f.field("targetPeriod").getText()).isEmpty();
        assertThat(f.errors()).isEmpty();
        f.field("name").setText(vw.name() + " (changed)");
        WatchMetric after = f.value();
        assertThat(after.target().period()).isNull();
        assertThat(after.target().value()).isEqualTo(vw.target().value());
        assertThat(after.target().excerpt()).isEqualTo(vw.target().excerpt());
        Dataset changed = f.edit().apply(BUNDLED);
        assertThat(STORE.check(changed)).isEmpty();
        // every metric of the bundled data opens without a complaint
        assertThat(BUNDLED.watchlist()).allSatisfy(x -> assertThat(new WatchMetricForm(BUNDLED, x).errors())
                .as(x.id()).isEmpty());
    }

    @Test
    void deletingWhatOthersReferToIsRefused() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Edits.deleteCompany(BUNDLED, "bmw")))
                .isInstanceOf(Edits.RefusedException.class).hasMessageContaining("company 'bmw' is referred to by");
        String unused = "unused-test-company";
        CompanyForm c = new CompanyForm(BUNDLED, null);
        c.field("id").setText(unused);
        c.field("name").setText("Unused");
        c.field("kind").setText("tech");
        c.field("country").setText("China");
        Dataset with = c.edit().apply(BUNDLED);
        assertThat(Edits.deleteCompany(with, unused)).isEqualTo(BUNDLED);
        WatchMetric unnamed = BUNDLED.watchlist().stream().filter(w -> BUNDLED.watchlist().stream()
                .noneMatch(x -> w.id().equals(x.proxyFor())) && BUNDLED.milestones().stream()
                .noneMatch(m -> w.id().equals(m.metric()))).findFirst().orElseThrow();
        assertThat(List.of(Edits.deleteWatchMetric(BUNDLED, unnamed.id()).watchlist().size()))
                .containsExactly(BUNDLED.watchlist().size() - 1);
        // a metric another stands in for is named by that proxy
        String proxied = BUNDLED.watchlist().stream().filter(w -> w.proxyFor() != null).findFirst().orElseThrow().proxyFor();
        assertThatThrownBy(() -> Edits.deleteWatchMetric(BUNDLED, proxied)).isInstanceOf(Edits.RefusedException.class)
                .hasMessageContaining("proxy metric");
    }

    @Test
    void aMarketAddedInTheEditorIsOfferedToSeriesAndSavedWithTheData() {
        RegionForm r = new RegionForm(BUNDLED, null);
        r.field("id").setText("norway");
        assertThat(r.field("name").getError()).isEqualTo("a name is required");
        r.field("name").setText("Norway");
        r.field("iea").setText("Norway");
        assertThat(r.errors()).isEmpty();
        Dataset withNorway = r.edit().apply(BUNDLED);
        assertThat(withNorway.region("norway")).isPresent();

        SeriesForm s = new SeriesForm(withNorway, null);
        assertThat(s.field("of").choices()).anySatisfy(c -> assertThat(c.value()).isEqualTo("region:norway"));
        s.field("id").setText("ev-sales-share-norway");
        s.field("metric").setText("ev_sales_share");
        s.field("of").setText("region:norway");
        s.field("powertrain").setText("ev");
        s.field("body").setText("OFV");
        s.field("basis").setText("registrations");
        assertThat(s.errors()).isEmpty();
        Dataset after = s.edit().apply(withNorway);
        Series norway = after.seriesById("ev-sales-share-norway").orElseThrow();
        assertThat(norway.region()).isEqualTo("norway");
        assertThat(norway.basis()).isEqualTo(dev.evdash.data.Basis.REGISTRATIONS);
        dev.evdash.data.DatasetCodec codec = new dev.evdash.data.DatasetCodec();
        assertThat(new DatasetReader().read("t.json", codec.write(after).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .problems()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Edits.deleteRegion(after, "norway"))
                .hasMessageContaining("referred to by 1 series");

        BrandGroupForm g = new BrandGroupForm(after, null);
        g.field("id").setText("swedish-brands");
        g.field("name").setText("Swedish brands");
        g.field("description").setText("Volvo and Polestar, as a source groups them.");
        g.field("kind").setText("origin");
        g.field("partOf").setText("foreign-brands");
        assertThat(g.errors()).isEmpty();
        assertThat(g.edit().apply(after).brandGroup("swedish-brands")).hasValueSatisfying(x ->
                assertThat(x.partOf()).isEqualTo("foreign-brands"));
    }

    @Test
    void aSeriesOfMarketSharesNeedsTheMarketAndAFigureCanBePreliminaryOrARange() {
        SeriesForm s = new SeriesForm(BUNDLED, null);
        s.field("id").setText("market-share-china-xpeng-nev");
        s.field("metric").setText("market_share");
        s.field("of").setText("company:xpeng");
        s.field("powertrain").setText("nev");
        assertThat(s.field("market").getError()).contains("a market share is of a market");
        s.field("market").setText("china");
        assertThat(s.errors()).isEmpty();

        Series cpca = BUNDLED.seriesById("penetration-china-nev-cpca-retail").orElseThrow();
        PointForm p = PointForm.of(BUNDLED, cpca, -1);
        p.field("period").setText("2026-01/2026-02");
        p.field("value").setText("41");
        p.field("high").setText("40");
        assertThat(p.field("high").getError()).isEqualTo("the upper end is at least the value");
        p.field("high").setText("");
        p.field("status").setText("preliminary");
        p.field("source").setText(BUNDLED.sources().get(0).id());
        assertThat(p.errors()).isEmpty();
        assertThat(p.value().status()).isEqualTo(dev.evdash.data.PointStatus.PRELIMINARY);
        assertThat(p.value().period().label()).isEqualTo("Jan–Feb 2026");
    }

    @Test
    void aMilestoneNeedsACompanyADateATitleAndASourceEachRefusedWithTheReason() {
        MilestoneForm f = new MilestoneForm(BUNDLED, null);
        assertThat(f.isValid()).isFalse();
        assertThat(f.field("status").getText()).as("a new milestone is planned until a source reports it").isEqualTo("planned");
        assertThat(f.field("id").getError()).isEqualTo("an id is required");
        assertThat(f.field("company").getError()).isEqualTo("a milestone is a company's: choose it");
        assertThat(f.field("date").getError()).isEqualTo("a date is required");
        assertThat(f.field("title").getError()).isEqualTo("a title is required");
        assertThat(f.field("sources").getError()).isEqualTo("every milestone names at least one source");
        assertThat(f.field("metric").getError()).as("the metric is optional").isEmpty();

        f.field("id").setText(BUNDLED.milestones().get(0).id());
        assertThat(f.field("id").getError()).isEqualTo("another milestone has this id");
        f.field("id").setText("bmw-nk-test-event");
        f.field("company").setText("bmw");
        f.field("date").setText("2026-13");
        assertThat(f.field("date").getError()).startsWith("a day, month, quarter, half or year");
        f.field("date").setText("2026-02-30");
        assertThat(f.field("date").getError()).startsWith("a day, month, quarter, half or year");
        f.field("date").setText("2026-01/2026-03");
        assertThat(f.field("date").getError()).isEqualTo("one day, month, quarter, half or year, not a run of months");
        f.field("date").setText("2026-H2");
        assertThat(f.field("date").getError()).isEmpty();
        f.field("title").setText("A test event");
        f.field("sources").values().setAll(BUNDLED.sources().get(0).id());
        assertThat(f.errors()).isEmpty();
        f.field("metric").setText("no-such-metric");
        assertThat(f.field("metric").getError()).isEqualTo("no watchlist metric 'no-such-metric' in the data");
        f.field("metric").setText("bmw-nk-milestones");
        assertThat(f.errors()).isEmpty();

        Dataset after = f.edit().apply(BUNDLED);
        assertThat(after.milestones()).hasSize(BUNDLED.milestones().size() + 1);
        Milestone added = milestone(after, "bmw-nk-test-event");
        assertThat(added.date()).isEqualTo(Period.parse("2026-H2"));
        assertThat(added.metric()).isEqualTo("bmw-nk-milestones");
        assertThat(added.planned()).isTrue();
        assertThat(added.excerpt()).as("an empty optional text is absent, not blank").isNull();
        assertThat(STORE.check(after)).isEmpty();
        // every bundled milestone opens without a complaint
        assertThat(BUNDLED.milestones()).allSatisfy(m -> assertThat(new MilestoneForm(BUNDLED, m).errors()).as(m.id())
                .isEmpty());
    }

    @Test
    void aPlannedMilestoneStaysPlannedThroughAnEditASaveAndAReload() {
        Milestone planned = milestone(BUNDLED, "bmw-ix3-lwb-china-sales-start");
        assertThat(planned.planned()).as("the bundled milestone this is about").isTrue();
        MilestoneForm f = new MilestoneForm(BUNDLED, planned);
        assertThat(f.field("status").getText()).isEqualTo("planned");
        assertThat(f.field("date").getText()).isEqualTo("2026-H2");
        f.field("title").setText("Long-wheelbase iX3: sales start in China (changed in a test)");
        assertThat(f.errors()).isEmpty();
        Dataset edited = f.edit().apply(BUNDLED);
        assertThat(edited.milestones()).extracting(Milestone::id).as("in place, the order kept")
                .isEqualTo(BUNDLED.milestones().stream().map(Milestone::id).toList());

        Milestone reloaded = milestone(savedAndReloaded(edited), planned.id());
        assertThat(reloaded.status()).isEqualTo(Milestone.Status.PLANNED);
        assertThat(reloaded.title()).isEqualTo("Long-wheelbase iX3: sales start in China (changed in a test)");
        assertThat(reloaded).isEqualTo(new Milestone(planned.id(), planned.company(), planned.date(),
                reloaded.title(), planned.status(), planned.metric(), planned.sources(), planned.excerpt(),
                planned.note()));

        // done, and renamed: the new id replaces the old one in place
        MilestoneForm done = new MilestoneForm(edited, milestone(edited, planned.id()));
        done.field("status").setText("done");
        done.field("id").setText("bmw-ix3-lwb-china-sales-started");
        Dataset after = savedAndReloaded(done.edit().apply(edited));
        assertThat(after.milestones()).extracting(Milestone::id).doesNotContain(planned.id())
                .contains("bmw-ix3-lwb-china-sales-started").hasSameSizeAs(BUNDLED.milestones());
        assertThat(milestone(after, "bmw-ix3-lwb-china-sales-started").planned()).isFalse();
        assertThat(Edits.deleteMilestone(after, "bmw-ix3-lwb-china-sales-started").milestones())
                .hasSize(BUNDLED.milestones().size() - 1);
    }

    @Test
    void aWatchlistMetricWithMilestonesOnItsChartIsNotDeletedAndARenameCarriesThemAlong() {
        assertThatThrownBy(() -> Edits.deleteWatchMetric(BUNDLED, "bmw-nk-milestones"))
                .isInstanceOf(Edits.RefusedException.class)
                .hasMessage("watchlist metric 'bmw-nk-milestones' is named by 9 milestones; change or delete those first");
        WatchMetric nk = BUNDLED.watchlist().stream().filter(w -> w.id().equals("bmw-nk-milestones")).findFirst()
                .orElseThrow();
        WatchMetricForm f = new WatchMetricForm(BUNDLED, nk);
        f.field("id").setText("bmw-neue-klasse-milestones");
        Dataset renamed = f.edit().apply(BUNDLED);
        assertThat(STORE.check(renamed)).isEmpty();
        assertThat(renamed.milestones()).filteredOn(m -> "bmw-neue-klasse-milestones".equals(m.metric())).hasSize(9);
        assertThat(renamed.milestones()).noneMatch(m -> "bmw-nk-milestones".equals(m.metric()));

        // the metrics standing in for a renamed one follow it too
        WatchMetric proxy = BUNDLED.watchlist().stream().filter(w -> w.proxyFor() != null).findFirst().orElseThrow();
        WatchMetric proxied = BUNDLED.watchlist().stream().filter(w -> w.id().equals(proxy.proxyFor())).findFirst()
                .orElseThrow();
        WatchMetricForm p = new WatchMetricForm(BUNDLED, proxied);
        p.field("id").setText(proxied.id() + "-renamed");
        Dataset after = p.edit().apply(BUNDLED);
        assertThat(STORE.check(after)).isEmpty();
        assertThat(after.watchlist()).filteredOn(w -> w.id().equals(proxy.id())).singleElement()
                .extracting(WatchMetric::proxyFor).isEqualTo(proxied.id() + "-renamed");
    }

    @Test
    void renamingAPartnershipOrASeriesCarriesAlongTheClaimsCheckedAgainstIt() {
        var deal = BUNDLED.partnerships().stream().filter(x -> x.id().equals("bmw-momenta-adas-china")).findFirst()
                .orElseThrow();
        PartnershipForm f = new PartnershipForm(BUNDLED, deal);
        f.field("id").setText("bmw-momenta-adas-china-renamed");
        Dataset after = f.edit().apply(BUNDLED);
        assertThat(STORE.check(after)).isEmpty();
        assertThat(after.claims()).filteredOn(c -> c.id().equals("article-bmw-momenta-adas")).singleElement()
                .satisfies(c -> assertThat(c.partnerships()).containsExactly("bmw-momenta-adas-china-renamed"));

        SeriesForm s = new SeriesForm(BUNDLED, BUNDLED.seriesById("deliveries-bmw-bev").orElseThrow());
        s.field("id").setText("deliveries-bmw-group-bev");
        assertThat(s.errors()).isEmpty();
        Dataset renamed = s.edit().apply(BUNDLED);
        assertThat(STORE.check(renamed)).isEmpty();
        assertThat(renamed.claims()).filteredOn(c -> c.id().equals("article-bmw-183000")).singleElement()
                .satisfies(c -> assertThat(c.check().series()).isEqualTo("deliveries-bmw-group-bev"));
        assertThatThrownBy(() -> Edits.deleteSeries(BUNDLED, "deliveries-bmw-bev"))
                .isInstanceOf(Edits.RefusedException.class)
                .hasMessage("series 'deliveries-bmw-bev' holds the figure 1 claim is checked against; change or delete"
                        + " those first");
    }

    @Test
    void aCompanyOnlyAMilestoneNamesIsStillReferredTo() {
        CompanyForm c = new CompanyForm(BUNDLED, null);
        c.field("id").setText("test-company");
        c.field("name").setText("Test company");
        c.field("kind").setText("automaker");
        c.field("country").setText("China");
        MilestoneForm m = new MilestoneForm(c.edit().apply(BUNDLED), null);
        m.field("id").setText("test-company-event");
        m.field("company").setText("test-company");
        m.field("date").setText("2026");
        m.field("title").setText("A test event");
        m.field("sources").values().setAll(BUNDLED.sources().get(0).id());
        assertThat(m.errors()).isEmpty();
        Dataset withEvent = m.edit().apply(c.edit().apply(BUNDLED));
        assertThatThrownBy(() -> Edits.deleteCompany(withEvent, "test-company"))
                .isInstanceOf(Edits.RefusedException.class).hasMessageStartingWith("company 'test-company' is referred to by 1 entry");
    }

    @Test
    void aClaimNeedsAVerdictUnlessItIsAFigureWhoseCheckNamesASeriesAndAPeriodWithTheArticlesFigure() {
        ClaimForm f = new ClaimForm(BUNDLED, null);
        assertThat(f.field("articleSource").getText()).as("a new claim is the article's")
                .isEqualTo("article-bmw-ai-alliances");
        assertThat(f.field("id").getError()).isEqualTo("an id is required");
        assertThat(f.field("claim").getError()).isEqualTo("the claim is required");
        assertThat(f.field("topic").getError()).startsWith("a topic is required");
        assertThat(f.field("record").getError()).isEqualTo("what the record says is required");
        f.field("id").setText("article-test-claim");
        f.field("claim").setText("BMW and Momenta build ADAS for China.");
        f.field("record").setText("Announced in 2024.");
        f.field("topic").setText("partnership");
        assertThat(f.field("verdict").getError()).isEqualTo("a verdict is required (only figure claims have theirs computed)");
        f.field("verdict").setText("holds");
        assertThat(f.field("sources").getError()).isEqualTo("a claim that holds or does not names the sources it was checked against");
        f.field("sources").values().setAll("electrive-bmw-momenta-2025");
        f.field("partnerships").values().setAll("bmw-momenta-adas-china");
        assertThat(f.errors()).isEmpty();
        f.field("checkSeries").setText("deliveries-bmw-bev");
        assertThat(f.field("checkSeries").getError()).isEqualTo("only a figure claim is checked against a series: choose none");
        f.field("checkSeries").setText("");

        // a figure claim: its verdict is computed, from a series and period holding the article's figure
        f.field("topic").setText("figure");
        assertThat(f.field("verdict").getError()).startsWith("a figure claim's verdict is computed");
        f.field("verdict").setText("");
        assertThat(f.field("checkSeries").getError()).isEqualTo("a figure claim names the series holding the article's figure");
        assertThat(f.field("checkPeriod").getError()).startsWith("a figure claim names the period of its figure");
        f.field("checkSeries").setText("deliveries-bmw-bev");
        f.field("checkPeriod").setText("2024-Q5");
        assertThat(f.field("checkPeriod").getError()).startsWith("a year, half, quarter or month");
        f.field("checkPeriod").setText("1999");
        assertThat(f.field("checkPeriod").getError()).isEqualTo("the series has no figure for 1999");
        f.field("checkPeriod").setText("2024");
        assertThat(f.errors()).isEmpty();
        f.field("articleSource").setText("autogear-byd-2024");
        assertThat(f.field("checkPeriod").getError()).startsWith("the series has no figure from autogear-byd-2024 for 2024");
        f.field("articleSource").setText("article-bmw-ai-alliances");

        Dataset after = f.edit().apply(BUNDLED);
        Claim added = claim(after, "article-test-claim");
        assertThat(added.verdict()).isNull();
        assertThat(added.check()).isEqualTo(new Claim.Check("deliveries-bmw-bev", Period.ofYear(2024)));
        assertThat(claim(savedAndReloaded(after), "article-test-claim")).isEqualTo(added);

        // advice carries no verdict
        ClaimForm advice = new ClaimForm(BUNDLED, claim(BUNDLED, "article-watchlist-advice"));
        assertThat(advice.errors()).isEmpty();
        advice.field("verdict").setText("holds");
        assertThat(advice.field("verdict").getError()).isEqualTo("advice is not checked: leave the verdict empty");
        // every bundled claim opens without a complaint
        assertThat(BUNDLED.claims()).allSatisfy(c -> assertThat(new ClaimForm(BUNDLED, c).errors()).as(c.id()).isEmpty());
    }

    @Test
    void changingAClaimsVerdictReplacesItInPlaceAndDeletingItFreesItsPartnership() {
        Claim gwm = claim(BUNDLED, "article-momenta-mpilot-great-wall");
        assertThat(gwm.verdict()).isEqualTo(Claim.Verdict.UNCONFIRMED);
        ClaimForm f = new ClaimForm(BUNDLED, gwm);
        f.field("verdict").setText("partly_holds");
        f.field("reasoning").setText("Changed in a test.");
        assertThat(f.errors()).isEmpty();
        assertThat(f.editLabel()).isEqualTo("change claim article-momenta-mpilot-great-wall");
        Dataset after = savedAndReloaded(f.edit().apply(BUNDLED));
        assertThat(after.claims()).extracting(Claim::id).isEqualTo(BUNDLED.claims().stream().map(Claim::id).toList());
        Claim changed = claim(after, gwm.id());
        assertThat(changed.verdict()).isEqualTo(Claim.Verdict.PARTLY_HOLDS);
        assertThat(changed.reasoning()).isEqualTo("Changed in a test.");
        assertThat(changed.partnerships()).isEqualTo(gwm.partnerships());
        assertThat(changed.note()).isEqualTo(gwm.note());

        assertThatThrownBy(() -> Edits.deletePartnership(after, "great-wall-momenta-adas"))
                .isInstanceOf(Edits.RefusedException.class);
        Dataset without = Edits.deleteClaim(after, gwm.id());
        assertThat(without.claims()).hasSize(BUNDLED.claims().size() - 1);
        assertThat(Edits.deletePartnership(without, "great-wall-momenta-adas").partnerships())
                .hasSize(BUNDLED.partnerships().size() - 1);
        assertThatThrownBy(() -> Edits.deleteClaim(without, gwm.id())).hasMessageContaining("no longer in the data");
        assertThatThrownBy(() -> Edits.deleteSeries(BUNDLED, "deliveries-bmw-bev"))
                .hasMessageContaining("1 claim is checked against");
    }
}
