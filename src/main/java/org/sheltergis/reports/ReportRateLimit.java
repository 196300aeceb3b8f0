package org.sheltergis.reports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.sheltergis.security.ClientAddress;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-client limit on report submissions, taken before the body is read or validated: every attempt counts,
 * valid or not, so the limit also bounds junk. Over the limit: 429 problem+json with {@code Retry-After}.
 */
@Component
class ReportRateLimit extends OncePerRequestFilter {

    static final String PATH = "/api/public/reports";

    private final RateLimiter limiter;
    private final ClientAddress clients;
    private final JsonMapper json;

    ReportRateLimit(ReportProperties settings, ClientAddress clients, JsonMapper json) {
        this.limiter = new RateLimiter(
                settings.burst(), settings.refillEvery().toNanos(), settings.maxClients(), System::nanoTime);
        this.clients = clients;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Decision decision = limiter.take(clients.of(request));
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = decision.retryAfterSeconds();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS, "Too many reports from this client; try again in " + retryAfter + " s.");
        p.setTitle("Too many reports");
        p.setType(URI.create("urn:sheltergis:problem:rate-limited"));
        p.setInstance(URI.create(PATH));
        p.setProperty("retry_after", retryAfter);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(retryAfter));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), p);
    }
}
