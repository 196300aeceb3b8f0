package org.sheltergis.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * How refusals look. Machines (API paths, or clients that do not ask for HTML) get RFC 9457 problem+json: 401 when
 * they are not authenticated, 403 when they lack the role. Browsers asking for a staff page are sent to the login page.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login.html");
    private final RequestMatcher publicPaths;

    ProblemResponses(RequestMatcher publicPaths) {
        this.publicPaths = publicPaths;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (wantsPage(request)) {
            loginPage.commence(request, response, e);
            return;
        }
        response.setHeader("WWW-Authenticate", "FormLogin realm=\"shelter-gis\", ApiKey header=\"X-API-Key\"");
        write(
                response,
                401,
                "Authentication required",
                e instanceof BadApiKeyException
                        ? e.getMessage()
                        : "Log in (staff) or send an API key in the X-API-Key header to use " + request.getRequestURI()
                                + ".",
                "urn:sheltergis:problem:unauthenticated");
    }

    @Override
    public void handle(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException e)
            throws IOException, jakarta.servlet.ServletException {
        if (e instanceof CsrfException) {
            // The CSRF check runs before authorisation: a caller who is not logged in at all, on a path that needs a
            // login, is told to authenticate (401) rather than about a token it could not have had.
            if (CallerAccess.isAnonymous() && !publicPaths.matches(request)) {
                commence(
                        request,
                        response,
                        new org.springframework.security.authentication.InsufficientAuthenticationException(
                                "login required"));
                return;
            }
            write(
                    response,
                    403,
                    "CSRF token missing or invalid",
                    "Send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header (staff pages do this through staff-fetch.js).",
                    "urn:sheltergis:problem:csrf");
            return;
        }
        write(
                response,
                403,
                "Forbidden",
                "Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".",
                "urn:sheltergis:problem:forbidden");
    }

    static boolean isMachinePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return AccessRules.MACHINE_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private static boolean wantsPage(HttpServletRequest request) {
        if (isMachinePath(request)) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    static void write(HttpServletResponse response, int status, String title, String detail, String type)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":" + quote(type) + ",\"title\":" + quote(title) + ",\"status\":" + status
                        + ",\"detail\":" + quote(detail) + "}");
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** An API key that is unknown or revoked: refused outright rather than treated as anonymous. */
    static final class BadApiKeyException extends AuthenticationException {
        BadApiKeyException(String message) {
            super(message);
        }
    }
}
