package org.sheltergis.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates machine clients by the {@code X-API-Key} header, for this request only (no session). A key that is
 * unknown or revoked is refused with 401 rather than downgraded to anonymous, so a client notices at once.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    private final ApiKeys keys;
    private final ProblemResponses problems;

    ApiKeyFilter(ApiKeys keys, ProblemResponses problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(ApiKeys.HEADER);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        var key = keys.authenticate(token.trim());
        if (key.isEmpty()) {
            // Always a problem document: a key is sent by machines, never by a browser asking for a page.
            response.setHeader("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
            ProblemResponses.write(
                    response,
                    401,
                    "Authentication required",
                    "The API key is unknown or has been revoked.",
                    "urn:sheltergis:problem:bad-api-key");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(
                key.get().id(), key.get().prefix(), key.get().layers()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
