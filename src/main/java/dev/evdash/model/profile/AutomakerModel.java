package dev.evdash.model.profile;

import dev.evdash.data.Company;
import dev.evdash.data.Dataset;
import dev.evdash.data.Source;
import dev.evdash.data.WatchMetric;
import dev.evdash.model.Kpi;
import dev.evdash.model.WatchRow;
import dev.evdash.model.WatchlistModel;
import dev.evdash.model.chart.TimeChartData;
import dev.evdash.model.chinamarket.ChinaMarketCharts;
import dev.evdash.model.claims.ClaimRow;
import dev.evdash.model.claims.ClaimRows;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One automaker on one page, BMW Group by default: its key figures, its deliveries worldwide with the
 * BEV/PHEV split and BEV share, its deliveries in China, its shares of China's market, its partnerships
 * and milestones as a timeline, its watchlist metrics, the article's claims that concern it, and all the
 * sources of what the page shows. Every panel follows the company chosen.
 */
public final class AutomakerModel {

    /** The company shown when the data has it and none was chosen. */
    public static final String DEFAULT_COMPANY = "bmw";

    /** Everything the page shows for one company. */
    public record Profile(Company company, String summary, List<Kpi> kpis, ChinaMarketCharts.Chart deliveries,
            ChinaMarketCharts.CompanyInChina inChina, ChinaMarketCharts.Chart chinaShares,
            List<ProfileFigures.TimelineEntry> timeline, List<WatchRow> watch, List<ClaimRow> claims,
            List<Source> sources) {

        public static final Profile EMPTY = new Profile(null, "No automaker in the data.", List.of(),
                ChinaMarketCharts.Chart.EMPTY, new ChinaMarketCharts.CompanyInChina(ChinaMarketCharts.Chart.EMPTY, ""),
                ChinaMarketCharts.Chart.EMPTY, List.of(), List.of(), List.of(), List.of());
    }

    private final ObservableValue<Dataset> data;
    private final ObservableList<Company> automakers = FXCollections.observableArrayList();
    private final ObservableList<Company> automakersReadOnly = FXCollections.unmodifiableObservableList(automakers);
    private final ObjectProperty<String> company = new SimpleObjectProperty<>(this, "company");
    private final ReadOnlyObjectWrapper<Profile> profile = new ReadOnlyObjectWrapper<>(this, "profile", Profile.EMPTY);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private boolean updating;

    public AutomakerModel(ObservableValue<Dataset> data) {
        this.data = data;
        data.addListener((obs, old, d) -> update());
        company.addListener((obs, old, id) -> {
            if (!updating) {
                recompute();
            }
        });
        update();
    }

    private void update() {
        Dataset d = data.getValue();
        updating = true;
        automakers.setAll(ProfileFigures.automakers(d));
        String id = company.get();
        if (id == null || automakers.stream().noneMatch(c -> c.id().equals(id))) {
            company.set(automakers.stream().anyMatch(c -> c.id().equals(DEFAULT_COMPANY)) ? DEFAULT_COMPANY
                    : automakers.isEmpty() ? null : automakers.get(0).id());
        }
        updating = false;
        recompute();
    }

    private void recompute() {
        Dataset d = data.getValue();
        String id = company.get();
        if (id == null || d.company(id).isEmpty()) {
            profile.set(Profile.EMPTY);
            title.set("Automaker profile");
            return;
        }
        profile.set(of(d, id, LocalDate.now()));
        title.set(profile.get().company().name() + ": automaker profile");
    }

    /** The profile of company {@code id}, with planned milestones dated against {@code today}. */
    public static Profile of(Dataset d, String id, LocalDate today) {
        Company c = d.company(id).orElseThrow();
        List<TimeChartData.Event> events = ChinaMarketCharts.companyEvents(d, id);
        ChinaMarketCharts.Chart deliveries = ProfileFigures.deliveries(d, id, events);
        int[] span = ChinaMarketCharts.span(d, List.of());
        ChinaMarketCharts.CompanyInChina inChina = ChinaMarketCharts.companyInChina(d, id, span[0], span[1], events);
        ChinaMarketCharts.Chart shares = ProfileFigures.chinaShares(d, id, events);
        List<ProfileFigures.TimelineEntry> timeline = ProfileFigures.timeline(d, id, today);
        List<WatchRow> watch = WatchlistModel.rows(d, new WatchlistModel.Filter("company:" + id, c.name()));
        Set<String> adviceCompanies = new LinkedHashSet<>();
        d.watchlist().stream().filter(w -> w.articleMetric() != null && w.company() != null)
                .map(WatchMetric::company).forEach(adviceCompanies::add);
        String shortName = ChinaMarketCharts.shortName(d, id);
        List<ClaimRow> claims = ClaimRows.of(d).stream().filter(r -> r.concerns(id, shortName, adviceCompanies)).toList();
        Set<Source> sources = new LinkedHashSet<>();
        sources.addAll(deliveries.sources());
        sources.addAll(inChina.chart().sources());
        sources.addAll(shares.sources());
        timeline.forEach(e -> sources.addAll(e.sources()));
        watch.forEach(w -> sources.addAll(w.sources()));
        claims.forEach(r -> sources.addAll(r.sources()));
        List<Kpi> kpis = ProfileFigures.kpis(d, id);
        String summary = summary(c, kpis, timeline, watch, claims);
        return new Profile(c, summary, kpis, deliveries, inChina, shares, timeline, watch, claims, List.copyOf(sources));
    }

    private static String summary(Company c, List<Kpi> kpis, List<ProfileFigures.TimelineEntry> timeline,
            List<WatchRow> watch, List<ClaimRow> claims) {
        long deals = timeline.stream().filter(e -> e.kind() == ProfileFigures.TimelineEntry.Kind.PARTNERSHIP).count();
        long milestones = timeline.size() - deals;
        return (c.country() == null ? "" : c.country() + " · ") + deals + (deals == 1 ? " partnership" : " partnerships")
                + ", " + milestones + (milestones == 1 ? " milestone" : " milestones") + ", " + watch.size()
                + (watch.size() == 1 ? " watchlist metric" : " watchlist metrics") + ", " + claims.size()
                + (claims.size() == 1 ? " claim of the article" : " claims of the article") + " in the data";
    }

    /** The automakers to choose from, by name. */
    public ObservableList<Company> automakers() {
        return automakersReadOnly;
    }

    /** The id of the company shown. */
    public ObjectProperty<String> companyProperty() {
        return company;
    }

    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    /** "BMW Group: automaker profile". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
