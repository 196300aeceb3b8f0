package org.sheltergis.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sheltergis.common.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Who the caller is, for the staff pages' header (and for a client to check its key). Needs a login or a key. */
@RestController
class MeController {

    private final CallerAccess access;
    private final Users users;
    private final LoginGuard login;
    private final ClientAddress clients;

    MeController(CallerAccess access, Users users, LoginGuard login, ClientAddress clients) {
        this.access = access;
        this.users = users;
        this.login = login;
        this.clients = clients;
    }

    /** The new password's rules are Users' (the same for an admin's reset and the first admin). */
    record PasswordChange(
            @NotEmpty(message = "currentPassword is required")
            String currentPassword,

            String newPassword) {}

    @GetMapping("/api/me")
    Map<String, Object> me() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", access.callerName().orElse(null));
        Role role = null;
        for (Role r : Role.values()) {
            if (access.hasRole(r)) {
                role = r;
            }
        }
        out.put("role", role);
        out.put("canReadRestricted", access.canReadRestricted());
        return out;
    }

    /**
     * A logged-in user changes their own password, proving the current one (a wrong one counts as a failed login for
     * the throttle and the audit log). Their other sessions end; this one stays.
     */
    @PostMapping("/api/me/password")
    Map<String, Object> changePassword(
            @Valid @RequestBody PasswordChange body, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiKeyAuthentication) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "An API key has no password to change.");
        }
        String name = access.callerName().orElseThrow();
        String address = clients.of(request);
        if (login.refuseIfThrottled(response, LoginThrottle.account(name), LoginThrottle.address(address))) {
            return null;
        }
        var session = request.getSession(false);
        if (!users.changeOwnPassword(
                name, body.currentPassword(), body.newPassword(), session == null ? null : session.getId())) {
            login.failed(name, address, "change_password_failed");
            throw new BadRequestException("currentPassword", "the current password is wrong");
        }
        return Map.of("username", name, "passwordChanged", true);
    }
}
