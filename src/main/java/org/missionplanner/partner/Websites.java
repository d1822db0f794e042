package org.missionplanner.partner;

import java.net.URI;
import java.net.URISyntaxException;

/** Website addresses an organisation may have: absolute http(s) URLs with a host. */
final class Websites {

    private Websites() {}

    static boolean isHttpUrl(String value) {
        try {
            var uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
