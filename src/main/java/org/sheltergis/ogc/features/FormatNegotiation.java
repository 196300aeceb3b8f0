package org.sheltergis.ogc.features;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides JSON or HTML for every request under {@code /ogcapi} once, so the JSON and the HTML controllers never
 * compete: {@code f=html} or {@code f=json} wins; without {@code f}, a browser (an Accept header that names text/html
 * before any JSON type) gets HTML and everyone else JSON. The decision is handed on as the Accept header the two
 * controllers' {@code produces} match.
 */
@Component
class FormatNegotiation extends OncePerRequestFilter {

    private static final String JSON_TYPES =
            "application/geo+json, application/json, " + Links.OPENAPI + ", " + Links.SCHEMA;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(Documents.ROOT) || path.startsWith(Documents.ROOT + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String accept = request.getHeader("Accept");
        String f = request.getParameter("f");
        boolean html = f != null ? f.equals("html") : prefersHtml(accept);
        String decided =
                html ? Links.HTML : accept != null && (accept.contains("json")) && f == null ? accept : JSON_TYPES;
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getHeader(String name) {
                        return name.equalsIgnoreCase("Accept") ? decided : super.getHeader(name);
                    }

                    @Override
                    public Enumeration<String> getHeaders(String name) {
                        return name.equalsIgnoreCase("Accept")
                                ? Collections.enumeration(java.util.List.of(decided))
                                : super.getHeaders(name);
                    }
                },
                response);
    }

    private static boolean prefersHtml(String accept) {
        if (accept == null) {
            return false;
        }
        String a = accept.toLowerCase(Locale.ROOT);
        int html = a.indexOf("text/html");
        int json = a.indexOf("json");
        return html >= 0 && (json < 0 || html < json);
    }
}
