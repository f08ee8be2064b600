package dev.evdash.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which addresses from the data may be opened in a browser: http and https only, with a host. */
public final class WebLinks {

    private WebLinks() {}

    public static boolean isOpenable(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
