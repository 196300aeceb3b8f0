package org.sheltergis.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login form's guard: before the password is checked, a password bcrypt cannot read is a 400 and a throttled
 * account or client address a 429 with Retry-After ({@link LoginThrottle}); after it, every success and failure is
 * counted and written to the audit log with the account name and the client address (never the password).
 */
@Component
class LoginGuard implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final LoginThrottle throttle;
    private final ClientAddress clients;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final SavedRequestAwareAuthenticationSuccessHandler success =
            new SavedRequestAwareAuthenticationSuccessHandler();
    private final SimpleUrlAuthenticationFailureHandler failure =
            new SimpleUrlAuthenticationFailureHandler("/login.html?error");

    LoginGuard(LoginThrottle throttle, ClientAddress clients, AuditLog audit, TransactionTemplate transactions) {
        this.throttle = throttle;
        this.clients = clients;
        this.audit = audit;
        this.transactions = transactions;
        success.setDefaultTargetUrl("/dashboard/");
        // A failed attempt must not leave a session row behind (the login page reads ?error, not the session).
        failure.setAllowSessionCreation(false);
    }

    /** The check before authentication, as a filter for the security chain (not a bean: it must not run twice). */
    Filter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !HeaderCsrfTokenHandler.isLoginForm(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String password = request.getParameter("password");
                if (password != null && !Users.fitsBcrypt(password)) {
                    ProblemResponses.write(
                            response,
                            400,
                            "Bad request",
                            "password: at most " + Users.MAX_PASSWORD_BYTES + " bytes in UTF-8",
                            "urn:sheltergis:problem:bad-request");
                    return;
                }
                if (refuseIfThrottled(response, accountKey(request), LoginThrottle.address(clients.of(request)))) {
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** Writes the 429 when any key is throttled; true when it did. Shared with the own-password change. */
    boolean refuseIfThrottled(HttpServletResponse response, String... keys) throws IOException {
        LoginThrottle.Decision decision = throttle.check(keys);
        if (decision.allowed()) {
            return false;
        }
        response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        ProblemResponses.write(
                response,
                429,
                "Too many failed logins",
                "Too many wrong passwords for this account or from this address. Try again in "
                        + decision.retryAfterSeconds() + " s.",
                "urn:sheltergis:problem:login-throttled");
        return true;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        throttle.succeeded(LoginThrottle.account(auth.getName()));
        record(auth.getName(), "login", clients.of(request), null);
        success.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        String address = clients.of(request);
        throttle.failed(accountKey(request), LoginThrottle.address(address));
        record(
                accountName(request),
                "login_failed",
                address,
                e instanceof DisabledException ? "disabled" : "bad_credentials");
        failure.onAuthenticationFailure(request, response, e);
    }

    /** A failed attempt outside the login form (the current password when changing one's own). */
    void failed(String username, String address, String action) {
        throttle.failed(LoginThrottle.account(username), LoginThrottle.address(address));
        record(username, action, address, "bad_credentials");
    }

    private void record(String account, String action, String address, String reason) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", account);
        after.put("address", address);
        if (reason != null) {
            after.put("reason", reason);
        }
        transactions.executeWithoutResult(tx -> audit.recordAs(account, action, "login", account, after));
    }

    private static String accountKey(HttpServletRequest request) {
        return LoginThrottle.account(accountName(request));
    }

    /** The name as typed, normalised and cut to the longest user name, so the audit row stays small. */
    private static String accountName(HttpServletRequest request) {
        String name = Users.normalise(request.getParameter("username"));
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
