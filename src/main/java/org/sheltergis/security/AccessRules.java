package org.sheltergis.security;

import java.util.List;

/**
 * Which paths need which role. Written for the whole service, including outlets built elsewhere (WMS, OGC API,
 * planner consoles): a path not listed here needs a logged-in caller (deny by default).
 */
public final class AccessRules {

    /** Anyone, without logging in. Restricted layers behind these paths are still filtered by {@link CallerAccess}. */
    public static final List<String> PUBLIC = List.of(
            "/",
            "/index.html",
            "/guide.html",
            "/js/**",
            "/css/**",
            "/img/**",
            "/sw.js",
            "/manifest.webmanifest",
            "/webjars/**",
            "/api/public/**",
            "/api/layers/**",
            "/api/stats",
            "/api/codes",
            "/api/codes/**",
            "/api/styles/**",
            "/wms",
            "/wms/**",
            "/ows",
            "/ows/**",
            "/ogcapi/**",
            "/actuator/health/**",
            "/actuator/health",
            "/v3/api-docs/**",
            "/v3/api-docs",
            "/api-docs.html",
            "/swagger-ui/**",
            "/swagger-ui.html",
            "/login",
            "/login.html",
            "/error",
            "/favicon.ico");

    public static final List<String> PLANNER = List.of(
            "/planner/**",
            "/api/analysis/**",
            "/api/siting/**",
            "/api/ledger/**",
            "/dashboard/**",
            "/api/campaigns/**");

    public static final List<String> EDITOR = List.of("/editor/**", "/api/edit/**", "/api/reports/**");

    public static final List<String> ADMIN = List.of("/admin/**", "/api/admin/**");

    /**
     * Writing the relocation-fee ledger (receipts, allocations, CSV imports) records money: {@link #LEDGER_WRITER} and
     * above may; planners, who may read {@link #PLANNER} paths, only read the ledger.
     */
    public static final List<String> LEDGER = List.of("/api/ledger/**");

    public static final Role LEDGER_WRITER = Role.EDITOR;

    /** Sessionless, anonymous API: no CSRF token (nobody is logged in, so there is nothing to forge). */
    public static final String PUBLIC_API = "/api/public/**";

    /** Paths that answer machines (problem+json on 401), as opposed to pages (redirect to the login page). */
    static final List<String> MACHINE_PREFIXES = List.of("/api/", "/v3/", "/ogcapi", "/wms", "/ows", "/actuator");

    private AccessRules() {}
}
