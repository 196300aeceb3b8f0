package org.sheltergis.reports;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Citizens' reports for editors (the path /api/reports is EDITOR and above). */
@RestController
@RequestMapping("/api/reports")
class ReportHandlingController {

    private final ReportHandling reports;

    ReportHandlingController(ReportHandling reports) {
        this.reports = reports;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "200") int limit) {
        return reports.listJson(status, limit);
    }

    @PatchMapping("/{id}")
    JsonNode update(@PathVariable long id, @Valid @RequestBody ReportChange body) {
        return reports.update(id, body);
    }
}
