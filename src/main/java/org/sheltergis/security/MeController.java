package org.sheltergis.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, for the staff pages' header (and for a client to check its key). Needs a login or a key. */
@RestController
class MeController {

    private final CallerAccess access;

    MeController(CallerAccess access) {
        this.access = access;
    }

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
}
