package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An alliance between two or more companies; {@code announced} is 2025, 2025-03 or 2025-03-26. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Partnership(
        String id,
        List<String> parties,
        List<Area> areas,
        String announced,
        PartnershipStatus status,
        String summary,
        List<String> sources,
        String note) {

    public Partnership {
        parties = parties == null ? List.of() : List.copyOf(parties);
        areas = areas == null ? List.of() : List.copyOf(areas);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public int announcedYear() {
        return Integer.parseInt(announced.substring(0, 4));
    }
}
