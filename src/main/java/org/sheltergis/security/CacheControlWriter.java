package org.sheltergis.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Cache-Control for answers that set none themselves. Whatever is answered to a logged-in caller (session or API key),
 * and every non-public path, is {@code no-store} (Spring Security's default), so no browser cache or service worker
 * keeps it. Anonymous answers on public paths — the public map, its scripts, public layers — are {@code no-cache}:
 * storable, revalidated on use, so the public map's service worker may keep them for offline use.
 */
final class CacheControlWriter implements HeaderWriter {

    private final RequestMatcher publicPaths;
    private final CacheControlHeadersWriter noStore = new CacheControlHeadersWriter();

    CacheControlWriter(RequestMatcher publicPaths) {
        this.publicPaths = publicPaths;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!CallerAccess.isAnonymous() || !publicPaths.matches(request)) {
            noStore.writeHeaders(request, response);
            return;
        }
        if (response.getStatus() != HttpServletResponse.SC_NOT_MODIFIED
                && !response.containsHeader(HttpHeaders.CACHE_CONTROL)
                && !response.containsHeader(HttpHeaders.EXPIRES)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
    }
}
