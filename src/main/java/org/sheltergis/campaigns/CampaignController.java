package org.sheltergis.campaigns;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    private final CampaignFigures figures;

    CampaignController(CampaignFigures figures) {
        this.figures = figures;
    }

    /** Signage: upgraded / outdated / none by district, this year's target and progress. */
    @GetMapping(value = "/signage", produces = MediaType.APPLICATION_JSON_VALUE)
    String signage() {
        return figures.signage();
    }

    /** The works whose signs are still to be renewed, as points. */
    @GetMapping("/signage/remaining")
    ResponseEntity<String> remaining() {
        return ResponseEntity.ok().contentType(GEO_JSON).body(figures.signageRemaining());
    }

    /** Peacetime parking: works and spaces opened this year against the plan, EV chargers. */
    @GetMapping(value = "/parking", produces = MediaType.APPLICATION_JSON_VALUE)
    String parking() {
        return figures.parking();
    }
}
