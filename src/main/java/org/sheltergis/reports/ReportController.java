package org.sheltergis.reports;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Set;
import org.sheltergis.codes.Code;
import org.sheltergis.codes.CodeLists;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.shelters.PublicMapProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Citizens report a problem with a shelter or a place: stored for staff, rate-limited per client (ReportRateLimit), validated. */
@RestController
@RequestMapping(ReportRateLimit.PATH)
class ReportController {

    private final ReportStore store;
    private final ReportProperties settings;
    private final PublicMapProperties.Area area;
    private final CodeLists codes;

    ReportController(ReportStore store, ReportProperties settings, PublicMapProperties map, CodeLists codes) {
        this.store = store;
        this.settings = settings;
        this.area = map.area();
        this.codes = codes;
    }

    @PostMapping
    ResponseEntity<Object> submit(@Valid @RequestBody ReportRequest report) {
        String category = validate(report);
        String language = report.language() == null ? "zh" : report.language();
        long id =
                store.submit(category, report.description(), language, report.lon(), report.lat(), report.shelterId());
        var body = new LinkedHashMap<String, Object>();
        body.put("id", id);
        body.put("category", category);
        body.put("status", "new");
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    private String validate(ReportRequest r) {
        Set<String> categories = codes.publicLists().get("report_category").stream()
                .map(Code::code)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
        if (!categories.contains(r.category())) {
            throw new BadRequestException(
                    "category", "unknown category '" + r.category() + "': one of " + String.join(", ", categories));
        }
        if (r.description() != null && r.description().length() > settings.maxDescription()) {
            throw new BadRequestException(
                    "description", "description is longer than " + settings.maxDescription() + " characters");
        }
        if (!Double.isFinite(r.lon()) || r.lon() < area.minLon() || r.lon() > area.maxLon()) {
            throw new BadRequestException(
                    "lon", "lon must lie in Nantong (" + area.minLon() + " to " + area.maxLon() + ")");
        }
        if (!Double.isFinite(r.lat()) || r.lat() < area.minLat() || r.lat() > area.maxLat()) {
            throw new BadRequestException(
                    "lat", "lat must lie in Nantong (" + area.minLat() + " to " + area.maxLat() + ")");
        }
        if (r.shelterId() != null && !store.isPublicShelter(r.shelterId())) {
            throw new BadRequestException("shelter_id", "there is no public shelter " + r.shelterId());
        }
        return r.category();
    }
}
