package org.sheltergis.security;

import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what (see {@link AccessRules}), how staff log in (form login, session, CSRF cookie) and how machines
 * do (X-API-Key, no session), and the headers every page carries.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /** Spring Session's cookie (DefaultCookieSerializer; Secure follows the request, SameSite=Lax, HttpOnly). */
    static final String SESSION_COOKIE = "SESSION";

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.EDITOR.name())
                .role(Role.EDITOR.name())
                .implies(Role.PLANNER.name())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, ApiKeys keys, SecuritySettings settings, LoginGuard login)
            throws Exception {
        RequestMatcher publicPaths = matcher(AccessRules.PUBLIC.toArray(String[]::new));
        ProblemResponses problems = new ProblemResponses(publicPaths);
        RequestMatcher withApiKey = request -> request.getHeader(ApiKeys.HEADER) != null;
        // The XSRF-TOKEN cookie: readable by the pages' script, Secure when the request was https, never cross-site.
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));

        http.authorizeHttpRequests(auth -> auth.requestMatchers(AccessRules.PUBLIC.toArray(String[]::new))
                        .permitAll()
                        .requestMatchers(AccessRules.ADMIN.toArray(String[]::new))
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(AccessRules.EDITOR.toArray(String[]::new))
                        .hasRole(Role.EDITOR.name())
                        .requestMatchers(writes(AccessRules.LEDGER))
                        .hasRole(AccessRules.LEDGER_WRITER.name())
                        .requestMatchers(AccessRules.PLANNER.toArray(String[]::new))
                        .hasRole(Role.PLANNER.name())
                        .anyRequest()
                        .authenticated())
                // Attempts are throttled and audited by LoginGuard (ADR 0010).
                .formLogin(form -> form.loginPage("/login.html")
                        .loginProcessingUrl(HeaderCsrfTokenHandler.LOGIN)
                        .successHandler(login)
                        .failureHandler(login)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login.html?logout")
                        .deleteCookies(SESSION_COOKIE))
                // The token lives in a cookie the pages' script can read and must come back as the X-XSRF-TOKEN
                // header; only the login form may send it as a field. Requests with an API key carry no session, and
                // the public API is anonymous: neither has anything to forge.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new HeaderCsrfTokenHandler())
                        .ignoringRequestMatchers(new OrRequestMatcher(withApiKey, matcher(AccessRules.PUBLIC_API))))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterBefore(login.filter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ApiKeyFilter(keys, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BodySizeLimitFilter(settings), DisableEncodeUrlFilter.class)
                // Only pages are worth returning to after login; an API call must not start a session.
                .requestCache(c -> c.requestCache(pageRequestCache()))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .httpBasic(basic -> basic.disable())
                .headers(h -> h.cacheControl(c -> c.disable())
                        .addHeaderWriter(new CacheControlWriter(publicPaths))
                        .httpStrictTransportSecurity(hsts -> {
                            if (!settings.hsts()) {
                                hsts.disable();
                            }
                        })
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(settings)))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * Scripts only from this origin (no inline script), map tiles from the configured hosts over https, no framing.
     * Inline styles stay allowed: Leaflet and ECharts position their elements with style attributes.
     */
    static String contentSecurityPolicy(SecuritySettings settings) {
        String tiles = settings.tileHosts().stream().map(h -> " https://" + h).collect(Collectors.joining());
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:"
                + tiles
                + "; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'";
    }

    private static org.springframework.security.web.savedrequest.RequestCache pageRequestCache() {
        var cache = new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && !ProblemResponses.isMachinePath(request)
                && request.getHeader("Accept") != null
                && request.getHeader("Accept").contains("text/html"));
        return cache;
    }

    /** Requests to these paths with any method but GET, HEAD and OPTIONS. */
    private static RequestMatcher writes(java.util.List<String> patterns) {
        RequestMatcher paths = matcher(patterns.toArray(String[]::new));
        return request ->
                !java.util.Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod()) && paths.matches(request);
    }

    private static RequestMatcher matcher(String... patterns) {
        var builder = PathPatternRequestMatcher.withDefaults();
        var matchers = java.util.Arrays.stream(patterns)
                .map(p -> (RequestMatcher) builder.matcher(p))
                .toList();
        return new OrRequestMatcher(matchers);
    }
}
