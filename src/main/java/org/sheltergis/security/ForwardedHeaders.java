package org.sheltergis.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.GenericFilterBean;

/**
 * X-Forwarded-* (and Forwarded) believed only from a trusted proxy: from one, Spring's filter applies scheme, host,
 * port and prefix (so https behind the proxy makes cookies Secure and self links right) and the client address is
 * {@link ClientAddress}'s; from anyone else the headers are removed before any code can read them. Replaces
 * {@code server.forward-headers-strategy: framework}, which believed every client.
 */
final class ForwardedHeaders extends GenericFilterBean {

    private final ClientAddress clients;
    private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter strip = new ForwardedHeaderFilter();

    ForwardedHeaders(ClientAddress clients) {
        this.clients = clients;
        strip.setRemoveOnly(true);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http)) {
            chain.doFilter(request, response);
            return;
        }
        if (!clients.fromTrustedProxy(http)) {
            strip.doFilter(request, response, chain);
            return;
        }
        String client = clients.of(http);
        apply.doFilter(
                request, response, (req, res) -> chain.doFilter(new Client((HttpServletRequest) req, client), res));
    }

    /** The request as the proxy received it: the client's address rather than the proxy's. */
    private static final class Client extends HttpServletRequestWrapper {
        private final String address;

        Client(HttpServletRequest request, String address) {
            super(request);
            this.address = address;
        }

        @Override
        public String getRemoteAddr() {
            return address;
        }

        @Override
        public String getRemoteHost() {
            return address;
        }
    }
}
