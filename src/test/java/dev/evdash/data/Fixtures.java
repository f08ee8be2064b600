package dev.evdash.data;

/** Small hand-written datasets for tests; values come from the bundled, sourced data. */
public final class Fixtures {

    private Fixtures() {}

    /** A valid dataset: line numbers matter to tests, edit with care. */
    public static final String SMALL = """
            {
              "schemaVersion": 1,
              "name": "test",
              "sources": [
                {
                  "id": "iea-2025",
                  "title": "IEA Global EV Data Explorer, 2025 edition",
                  "publisher": "IEA",
                  "url": "https://www.iea.org/data-and-statistics/data-tools/global-ev-data-explorer",
                  "published": "2025",
                  "kind": "iea"
                },
                {
                  "id": "article",
                  "title": "BMW's AI Alliances: A Lifeline in China's EV Dominance",
                  "publisher": "an investment news site",
                  "url": "https://example.org/article",
                  "published": "2025-07-14",
                  "kind": "article"
                }
              ],
              "companies": [
                { "id": "bmw", "name": "BMW Group", "kind": "automaker", "country": "Germany" },
                { "id": "byd", "name": "BYD", "localName": "比亚迪", "kind": "automaker", "country": "China" },
                { "id": "momenta", "name": "Momenta", "kind": "tech", "country": "China" }
              ],
              "series": [
                {
                  "id": "ev-sales-world-bev",
                  "metric": "ev_sales",
                  "region": "world",
                  "powertrain": "bev",
                  "unit": "vehicles",
                  "points": [
                    { "period": "2023", "value": 9500000, "source": "iea-2025" },
                    { "period": "2024", "value": 11000000, "source": "iea-2025" }
                  ]
                },
                {
                  "id": "share-of-world-ev-sales-china",
                  "metric": "share_of_world_ev_sales",
                  "region": "china",
                  "powertrain": "ev",
                  "unit": "percent",
                  "points": [
                    { "period": "2024", "value": 50, "qualifier": "more_than", "source": "article" }
                  ]
                }
              ],
              "partnerships": [
                {
                  "id": "bmw-momenta-adas-china",
                  "parties": ["bmw", "momenta"],
                  "areas": ["adas"],
                  "announced": "2025-07-15",
                  "status": "announced",
                  "summary": "BMW and Momenta co-develop driver assistance for China.",
                  "sources": ["iea-2025"]
                }
              ],
              "watchlist": []
            }
            """;

    /** The 2024 BEV figure of {@link #SMALL}'s first series, as the file writes it: the text to edit in merges. */
    public static final String SMALL_BEV_2024 = "{ \"period\": \"2024\", \"value\": 11000000, \"source\": \"iea-2025\" }";
    /** The company Momenta in {@link #SMALL}, as the file writes it. */
    public static final String SMALL_MOMENTA = "{ \"id\": \"momenta\", \"name\": \"Momenta\", \"kind\": \"tech\", \"country\": \"China\" }";

    /** {@link #SMALL} with the first occurrence of {@code from} replaced; fails if it is absent. */
    public static String smallWith(String from, String to) {
        int at = SMALL.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("not in fixture: " + from);
        }
        return SMALL.substring(0, at) + to + SMALL.substring(at + from.length());
    }
}
