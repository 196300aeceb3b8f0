package org.sheltergis.campaigns;

import org.sheltergis.common.ShelterProperties;
import org.sheltergis.common.SqlFiles;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures of the year's campaigns for the dashboards (PLANNER and above), computed live from the register, so an edit
 * shows on the next refresh.
 */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final JdbcClient jdbc;
    private final ShelterProperties.Campaign campaign;

    CampaignController(JdbcClient jdbc, ShelterProperties properties) {
        this.jdbc = jdbc;
        this.campaign = properties.campaign();
    }

    /** Signage: upgraded / outdated / none by district, this year's target and progress. */
    @GetMapping(value = "/signage", produces = MediaType.APPLICATION_JSON_VALUE)
    String signage() {
        return jdbc.sql(SqlFiles.load("campaigns/signage.sql"))
                .param("year", campaign.yearOrCurrent())
                .query(String.class)
                .single();
    }

    /** The works whose signs are still to be renewed, as points. */
    @GetMapping("/signage/remaining")
    ResponseEntity<String> remaining() {
        String body = jdbc.sql(SqlFiles.load("campaigns/signage_remaining.sql"))
                .query(String.class)
                .single();
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }

    /** Peacetime parking: works and spaces opened this year against the plan, EV chargers. */
    @GetMapping(value = "/parking", produces = MediaType.APPLICATION_JSON_VALUE)
    String parking() {
        return jdbc.sql(SqlFiles.load("campaigns/parking.sql"))
                .param("year", campaign.yearOrCurrent())
                .param("plan_spaces", campaign.parkingPlanSpaces())
                .query(String.class)
                .single();
    }
}
