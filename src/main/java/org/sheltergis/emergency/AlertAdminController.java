package org.sheltergis.emergency;

import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Setting the city alert, for administrators only (the path is under {@code /api/admin}, ADMIN-only in AccessRules):
 * first {@code POST /api/admin/alert/prepare} with the change, then {@code POST /api/admin/alert/confirm} with the
 * token it answered.
 */
@RestController
@RequestMapping("/api/admin/alert")
class AlertAdminController {

    private final AlertChanges changes;

    AlertAdminController(AlertChanges changes) {
        this.changes = changes;
    }

    record Confirmation(String token) {}

    @PostMapping("/prepare")
    AlertChanges.Prepared prepare(@RequestBody(required = false) AlertChanges.Change change) {
        return changes.prepare(change);
    }

    @PostMapping("/confirm")
    Map<String, Object> confirm(@RequestBody(required = false) Confirmation body) {
        Map<String, Object> done = changes.confirm(body == null ? null : body.token());
        changes.refreshNow();
        return done;
    }
}
