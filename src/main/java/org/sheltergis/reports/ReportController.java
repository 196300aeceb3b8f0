package org.sheltergis.reports;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.shelters.PublicMapProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Citizens report a problem with a shelter or a place: stored for staff, rate-limited per client, validated. */
@RestController
@RequestMapping("/api/public/reports")
class ReportController {

    static final Set<String> CATEGORIES = Set.of("locked", "flooded", "damaged", "sign_missing", "other");

    private final ReportStore store;
    private final RateLimiter limiter;
    private final ClientAddress clients;
    private final ReportProperties settings;
    private final PublicMapProperties.Area area;

    ReportController(ReportStore store, ReportProperties settings, PublicMapProperties map, ClientAddress clients) {
        this.store = store;
        this.settings = settings;
        this.area = map.area();
        this.limiter = new RateLimiter(settings.burst(), settings.refillEvery().toNanos(), settings.maxClients(),
                System::nanoTime);
        this.clients = clients;
    }

    @PostMapping
    ResponseEntity<Object> submit(@RequestBody ReportRequest report, HttpServletRequest request) {
        // Every attempt counts, valid or not, so the limit also bounds junk.
        RateLimiter.Decision decision = limiter.take(clients.of(request));
        if (!decision.allowed()) {
            return tooMany(decision.retryAfterSeconds());
        }
        String category = validate(report);
        String language = report.language() == null ? "zh" : report.language();
        long id = store.submit(category, report.description(), language, report.lon(), report.lat(),
                report.shelterId());
        var body = new LinkedHashMap<String, Object>();
        body.put("id", id);
        body.put("category", category);
        body.put("status", "new");
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    private String validate(ReportRequest r) {
        if (r.category() == null || r.category().isBlank()) {
            throw new BadRequestException("category", "category is required: one of " + String.join(", ", sorted()));
        }
        if (!CATEGORIES.contains(r.category())) {
            throw new BadRequestException("category",
                    "unknown category '" + r.category() + "': one of " + String.join(", ", sorted()));
        }
        if (r.description() != null && r.description().length() > settings.maxDescription()) {
            throw new BadRequestException("description",
                    "description is longer than " + settings.maxDescription() + " characters");
        }
        if (r.lon() == null || !Double.isFinite(r.lon()) || r.lon() < area.minLon() || r.lon() > area.maxLon()) {
            throw new BadRequestException("lon", "lon is required and must lie in Nantong (" + area.minLon() + " to "
                    + area.maxLon() + ")");
        }
        if (r.lat() == null || !Double.isFinite(r.lat()) || r.lat() < area.minLat() || r.lat() > area.maxLat()) {
            throw new BadRequestException("lat", "lat is required and must lie in Nantong (" + area.minLat() + " to "
                    + area.maxLat() + ")");
        }
        if (r.language() != null && !r.language().equals("zh") && !r.language().equals("en")) {
            throw new BadRequestException("language", "language must be zh or en");
        }
        if (r.shelterId() != null && !store.isPublicShelter(r.shelterId())) {
            throw new BadRequestException("shelterId", "there is no public shelter " + r.shelterId());
        }
        return r.category();
    }

    private static java.util.List<String> sorted() {
        return CATEGORIES.stream().sorted().toList();
    }

    private static ResponseEntity<Object> tooMany(long retryAfter) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many reports from this client; try again in " + retryAfter + " s.");
        p.setTitle("Too many reports");
        p.setType(URI.create("urn:sheltergis:problem:rate-limited"));
        p.setProperty("retryAfter", retryAfter);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(retryAfter))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

}
