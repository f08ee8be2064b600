package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * A time series of one metric for one subject (a region, a company or a brand group: exactly one), in one
 * powertrain scope, as one body counts it. Points of several sources may share a period: that is a
 * conflict the views show.
 *
 * @param market for company and brand-group series, the region the figures cover; null means worldwide
 * @param body the statistics body whose data it is ("CPCA", "CAAM", "IEA"); null where no source names one
 * @param basis how sales are counted (retail, wholesale, registrations), where the source says
 * @param vehicles which vehicles are counted, where the source says
 * @param brand one brand of the company's ("ONVO" of NIO), where the series is not the company's whole
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "metric", "region", "company", "brandGroup", "market", "powertrain", "unit", "body",
    "basis", "vehicles", "brand", "scope", "points"})
public record Series(
        String id,
        String name,
        Metric metric,
        String region,
        String company,
        String brandGroup,
        String market,
        Powertrain powertrain,
        Unit unit,
        String body,
        Basis basis,
        VehicleClass vehicles,
        String brand,
        String scope,
        List<Point> points) {

    public Series {
        points = points == null ? List.of() : List.copyOf(points);
    }

    /** A series without body, basis, vehicle class or brand group, as version 1 of the file had them. */
    public Series(String id, String name, Metric metric, String region, String company, String market,
            Powertrain powertrain, Unit unit, String scope, List<Point> points) {
        this(id, name, metric, region, company, null, market, powertrain, unit, null, null, null, null, scope, points);
    }

    public Optional<String> forRegion() {
        return Optional.ofNullable(region);
    }

    public Optional<String> forCompany() {
        return Optional.ofNullable(company);
    }

    public Optional<String> forMarket() {
        return Optional.ofNullable(market);
    }

    public Series withPoints(List<Point> newPoints) {
        return new Series(id, name, metric, region, company, brandGroup, market, powertrain, unit, body, basis, vehicles,
                brand, scope, newPoints);
    }

    /**
     * Whether the series is the whole of what its subject sold as the body or source counts it: not one
     * brand's part, nor only its commercial vehicles. Views that add a company's powertrains use only these.
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isHeadline() {
        return brand == null && vehicles != VehicleClass.COMMERCIAL_VEHICLES;
    }
}
