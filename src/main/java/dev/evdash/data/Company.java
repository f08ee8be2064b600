package dev.evdash.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/** An automaker, technology firm or supplier; {@code localName} (e.g. 比亚迪) is optional. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Company(String id, String name, String localName, CompanyKind kind, String country) {

    public Optional<String> local() {
        return Optional.ofNullable(localName);
    }
}
