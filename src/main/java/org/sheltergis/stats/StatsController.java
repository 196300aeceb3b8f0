package org.sheltergis.stats;

import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.ShelterProperties;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.security.CallerAccess;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Register figures computed in SQL. Everyone gets the public figures (from the pub views); callers who may read
 * restricted data also get the register by wartime function.
 */
@RestController
class StatsController {

    private final PublicDatabase publicDatabase;
    private final JdbcClient register;
    private final CallerAccess access;
    private final ShelterProperties.Campaign campaign;

    StatsController(
            PublicDatabase publicDatabase, JdbcClient register, CallerAccess access, ShelterProperties properties) {
        this.publicDatabase = publicDatabase;
        this.register = register;
        this.access = access;
        this.campaign = properties.campaign();
    }

    @GetMapping("/api/stats")
    ResponseEntity<String> stats() {
        String figures = publicDatabase
                .jdbc()
                .sql(SqlFiles.load("stats/public_stats.sql"))
                .param("year", campaign.yearOrCurrent())
                .param("plan_spaces", campaign.parkingPlanSpaces())
                .query(String.class)
                .single();
        if (access.canReadRestricted()) {
            String register = this.register
                    .sql(SqlFiles.load("stats/staff_stats.sql"))
                    .query(String.class)
                    .single();
            figures = figures.substring(0, figures.length() - 1) + ",\"register\":" + register + "}";
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(figures);
    }
}
