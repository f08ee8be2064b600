package dev.evdash.model;

/**
 * The key of each view of the main window (what the shell shows and the settings remember), which also
 * gives its title. Everything else about a view (icon, shortcut, FXML, model, controller, export) is
 * declared once in the view catalog ({@code dev.evdash.view.ViewCatalog}).
 */
public enum ViewId {
    OVERVIEW,
    CHINA_SHARE,
    CHINA_MARKET,
    DELIVERIES,
    ALLIANCES,
    AUTOMAKER,
    WATCHLIST,
    CLAIMS,
    SOURCES,
    DATA;

    /** The view's name as the sidebar and menus show it, from the key: "China share" for CHINA_SHARE. */
    public String title() {
        String words = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
