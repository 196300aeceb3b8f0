package org.sheltergis.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * The CSRF token is read from the X-XSRF-TOKEN header only, except on the login form ({@code POST /login}), which is a
 * plain HTML form and sends it as the {@code _csrf} field. A token accepted as a request parameter everywhere would
 * let a page that can plant a cookie (a sibling sub-domain) forge any write with a plain form.
 */
final class HeaderCsrfTokenHandler extends CsrfTokenRequestAttributeHandler {

    static final String LOGIN = "/login";

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        String header = request.getHeader(token.getHeaderName());
        if (header != null) {
            return header;
        }
        return isLoginForm(request) ? request.getParameter(token.getParameterName()) : null;
    }

    static boolean isLoginForm(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && LOGIN.equals(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }
}
