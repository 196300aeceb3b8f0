package org.sheltergis.editing;

import jakarta.validation.Valid;
import java.util.List;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.security.AuditLog;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The editors' API (EDITOR and above): read a work with its versions, edit it, see its history. */
@RestController
@RequestMapping("/api/edit")
class EditController {

    private final WorkList list;
    private final WorkStates states;
    private final WorkEditor works;
    private final SignageEditor signage;
    private final ParkingEditor parking;
    private final AuditLog audit;

    EditController(
            WorkList list,
            WorkStates states,
            WorkEditor works,
            SignageEditor signage,
            ParkingEditor parking,
            AuditLog audit) {
        this.list = list;
        this.states = states;
        this.works = works;
        this.signage = signage;
        this.parking = parking;
        this.audit = audit;
    }

    /** Works by code or name (substring), district and signage status, at most {@code limit}. */
    @GetMapping(value = "/works", produces = MediaType.APPLICATION_JSON_VALUE)
    String listWorks(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String signage,
            @RequestParam(required = false) String ids,
            @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > 2000) {
            throw new BadRequestException("limit", "limit must be between 1 and 2000");
        }
        if (q != null && q.length() > 100) {
            throw new BadRequestException("q", "q must be at most 100 characters");
        }
        if (signage != null && !this.signage.statuses().contains(signage)) {
            throw new BadRequestException("signage", "signage must be none, outdated or upgraded");
        }
        String pattern = q == null || q.isBlank()
                ? null
                : "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Long[] idList = parseIds(ids);
        return list.json(pattern, idList, district == null || district.isBlank() ? null : district, signage, limit);
    }

    /** {@code 1,2,3} as ids (at most 2000), or null when absent. */
    private static Long[] parseIds(String ids) {
        if (ids == null || ids.isBlank()) {
            return null;
        }
        String[] parts = ids.split(",");
        if (parts.length > 2000) {
            throw new BadRequestException("ids", "at most 2000 ids");
        }
        Long[] out = new Long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Long.parseLong(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadRequestException("ids", "ids must be a comma-separated list of numbers");
            }
        }
        return out;
    }

    @GetMapping(value = "/works/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    String work(@PathVariable long id) {
        return states.stateJson(id);
    }

    @PutMapping("/works/{id}")
    JsonNode updateWork(@PathVariable long id, @Valid @RequestBody WorkEdit body) {
        return works.updateAttributes(id, body);
    }

    @PutMapping("/works/{id}/footprint")
    JsonNode updateFootprint(@PathVariable long id, @Valid @RequestBody FootprintEdit body) {
        return works.updateFootprint(id, body);
    }

    @PutMapping("/works/{id}/entrances")
    JsonNode updateEntrances(@PathVariable long id, @Valid @RequestBody EntrancesEdit body) {
        return works.replaceEntrances(id, body);
    }

    @PutMapping("/works/{id}/parking")
    JsonNode updateParking(@PathVariable long id, @Valid @RequestBody ParkingEdit body) {
        return parking.update(id, body);
    }

    /** Signage of one or many works: {@code {status, year?, inspected?, note?, items: [{work_id, version}]}}. */
    @PutMapping("/signage")
    List<JsonNode> updateSignage(@Valid @RequestBody SignageEdit body) {
        return signage.update(body);
    }

    @GetMapping("/works/{id}/history")
    ResponseEntity<List<AuditLog.Entry>> history(@PathVariable long id) {
        states.requireWork(id);
        return ResponseEntity.ok(audit.workHistory(id));
    }
}
