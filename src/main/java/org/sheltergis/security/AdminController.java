package org.sheltergis.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users and API keys, for admins (the path is ADMIN-only, see {@link AccessRules}). */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    private final Users users;
    private final ApiKeys keys;

    AdminController(Users users, ApiKeys keys) {
        this.users = users;
        this.keys = keys;
    }

    // The user name, role and password rules are Users' and Role's: the first admin at startup is held to them too.
    record NewUser(
            String username,

            @Size(max = DISPLAY_NAME_MAX, message = "displayName must be at most " + DISPLAY_NAME_MAX + " characters")
            String displayName,

            String role,
            String password) {}

    record UserChange(
            Boolean enabled,
            String role,

            @Size(max = DISPLAY_NAME_MAX, message = "displayName must be at most " + DISPLAY_NAME_MAX + " characters")
            String displayName) {}

    /** Long enough for any person's or office's name in the staff pages' header. */
    static final int DISPLAY_NAME_MAX = 200;

    record NewPassword(String password) {}

    record NewKey(String name, List<String> layers) {}

    @GetMapping("/users")
    List<Users.UserInfo> listUsers() {
        return users.listUsers();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    Users.UserInfo createUser(@Valid @RequestBody NewUser body) {
        return users.create(body.username(), body.displayName(), Role.parse(body.role(), "role"), body.password());
    }

    /** Enable or disable a user, change the role or the display name (fields left out stay as they are). */
    @PatchMapping("/users/{id}")
    Users.UserInfo changeUser(@PathVariable long id, @Valid @RequestBody UserChange body) {
        return users.update(
                id, body.enabled(), body.role() == null ? null : Role.parse(body.role(), "role"), body.displayName());
    }

    @PostMapping("/users/{id}/password")
    Map<String, Object> resetPassword(@PathVariable long id, @Valid @RequestBody NewPassword body) {
        users.resetPassword(id, body.password());
        return Map.of("id", id, "passwordReset", true);
    }

    @GetMapping("/keys")
    List<ApiKeys.KeyInfo> listKeys() {
        return keys.listKeys();
    }

    /** Creates a key; the answer holds the token, which is never shown again. */
    @PostMapping("/keys")
    @ResponseStatus(HttpStatus.CREATED)
    ApiKeys.CreatedKey createKey(@Valid @RequestBody NewKey body) {
        return keys.create(body.name(), body.layers());
    }

    @DeleteMapping("/keys/{id}")
    Map<String, Object> revokeKey(@PathVariable long id) {
        keys.revoke(id);
        return Map.of("id", id, "revoked", true);
    }
}
