package dev.evdash.graph;

import dev.evdash.data.Company;

/** How a company is drawn: Chinese and foreign automakers, technology firms, suppliers. */
public enum NodeKind {
    AUTOMAKER_CN("Automaker (China)"),
    AUTOMAKER_FOREIGN("Automaker (outside China)"),
    TECH("Technology firm"),
    SUPPLIER("Supplier");

    private final String label;

    NodeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static NodeKind of(Company c) {
        return switch (c.kind()) {
            case AUTOMAKER -> "China".equalsIgnoreCase(c.country()) ? AUTOMAKER_CN : AUTOMAKER_FOREIGN;
            case TECH -> TECH;
            case SUPPLIER -> SUPPLIER;
        };
    }
}
