package org.sheltergis.ogc.wms;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The URL clients should call back, ending with '?'. Spring's forwarded-header support (server.forward-headers-strategy
 * = framework) has already applied X-Forwarded-Proto/Host/Port/Prefix to the request, so a service behind a proxy
 * publishes the proxy's address.
 */
final class BaseUrl {

    private BaseUrl() {}

    static String of(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequestUri(request)
                        .replaceQuery(null)
                        .build()
                        .toUriString() + "?";
    }
}
