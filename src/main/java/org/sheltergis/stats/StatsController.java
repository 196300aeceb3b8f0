package org.sheltergis.stats;

import org.sheltergis.security.CallerAccess;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Register figures computed in SQL. Everyone gets the public figures (from the pub views); callers who may read
 * restricted data also get the register by wartime function.
 */
@RestController
class StatsController {

    private final RegisterFigures figures;
    private final CallerAccess access;

    StatsController(RegisterFigures figures, CallerAccess access) {
        this.figures = figures;
        this.access = access;
    }

    @GetMapping("/api/stats")
    ResponseEntity<String> stats() {
        String out = figures.publicFigures();
        if (access.canReadRestricted()) {
            out = out.substring(0, out.length() - 1) + ",\"register\":" + figures.restrictedFigures() + "}";
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out);
    }
}
