package org.sheltergis.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits anonymous problem reports (POST /api/public/reports) per client address: a fixed window of N requests.
 * The address is the one the forwarded-header handling settles on, so behind a proxy the proxy must set it.
 */
final class ReportRateLimitFilter extends OncePerRequestFilter {

    static final String PATH = "/api/public/reports";

    private final int requests;
    private final long windowMillis;
    private final Clock clock;
    private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>();

    ReportRateLimitFilter(SecuritySettings.RateLimit limit, Clock clock) {
        this.requests = limit.requests();
        this.windowMillis = limit.window().toMillis();
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !(path.equals(PATH) || path.startsWith(PATH + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = acquire(request.getRemoteAddr());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, wait / 1000)));
            ProblemResponses.write(response, 429, "Too many reports",
                    "At most " + requests + " reports per " + windowMillis / 60_000 + " minutes from one address; try again later.",
                    "urn:sheltergis:problem:rate-limited");
            return;
        }
        chain.doFilter(request, response);
    }

    /** 0 if the request may go ahead, else the milliseconds until the address's window ends. */
    long acquire(String address) {
        long now = clock.millis();
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w[0] + windowMillis <= now);
        }
        long[] w = windows.compute(address, (a, old) -> {
            if (old == null || old[0] + windowMillis <= now) {
                return new long[] {now, 1};
            }
            old[1]++;
            return old;
        });
        synchronized (w) {
            return w[1] > requests ? w[0] + windowMillis - now : 0;
        }
    }
}
