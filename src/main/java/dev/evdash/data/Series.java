package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A time series of one metric for a region or a company (exactly one of the two), in one powertrain
 * scope. Points of several sources may share a period: that is a conflict the views show.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Series(
        String id,
        String name,
        Metric metric,
        Region region,
        String company,
        Market market,
        Powertrain powertrain,
        Unit unit,
        String scope,
        List<Point> points) {

    public Series {
        points = points == null ? List.of() : List.copyOf(points);
    }

    public Optional<Region> forRegion() {
        return Optional.ofNullable(region);
    }

    public Optional<String> forCompany() {
        return Optional.ofNullable(company);
    }

    public Optional<Market> forMarket() {
        return Optional.ofNullable(market);
    }
}
