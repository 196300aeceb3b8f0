package org.sheltergis.planning;

import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.Spreadsheets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coverage analysis API, for planners (the planner console at /planner/). Not linked from any public page; the
 * accounts issue puts /api/analysis/** and /planner/** behind the planners' login.
 */
@RestController
@RequestMapping("/api/analysis/coverage")
class CoverageController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final CoverageAnalysis analysis;
    private final CoverageResults results;
    private final CoverageExports exports;

    CoverageController(CoverageAnalysis analysis, CoverageResults results, CoverageExports exports) {
        this.analysis = analysis;
        this.results = results;
        this.exports = exports;
    }

    /** The defaults, for forms. */
    @GetMapping("/defaults")
    CoverageParameters defaults() {
        return CoverageParameters.defaults(analysis.settings());
    }

    @GetMapping
    ResponseEntity<String> runs(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new BadRequestException("limit", "limit must be between 1 and 1000");
        }
        return json(results.list(limit));
    }

    /** Parameters in, a stored run out (201 with the whole run). An empty body runs with the defaults. */
    @PostMapping
    ResponseEntity<String> run(@Valid @RequestBody(required = false) CoverageRequest.Run body) {
        long id = analysis.run(CoverageRequest.parse(body, analysis.settings()));
        return created(id);
    }

    @GetMapping("/{run}")
    ResponseEntity<String> get(@PathVariable long run) {
        return json(results.run(run));
    }

    /** A what-if run from {@code run}: body {"works": [{name, shelteringArea, geometry}]}. */
    @PostMapping("/{run}/what-if")
    ResponseEntity<String> whatIf(@PathVariable long run, @Valid @RequestBody CoverageRequest.WhatIf body) {
        results.requireRun(run);
        var works = CoverageRequest.whatIf(
                body.works(), "works", analysis.settings().maxWhatIfWorks());
        return created(analysis.whatIf(run, works));
    }

    @GetMapping("/{run}/compare/{other}")
    ResponseEntity<String> compare(@PathVariable long run, @PathVariable long other) {
        return json(results.compare(run, other));
    }

    @GetMapping("/{run}/supply")
    ResponseEntity<String> supply(@PathVariable long run) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(results.supplyGeoJson(run));
    }

    @GetMapping("/{run}/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable long run, @RequestParam(defaultValue = "zh") String lang) {
        return download(exports.csv(run, english(lang)), Spreadsheets.CSV, "coverage-run-" + run + ".csv");
    }

    @GetMapping("/{run}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long run, @RequestParam(defaultValue = "zh") String lang) {
        return download(exports.xlsx(run, english(lang)), Spreadsheets.XLSX, "coverage-run-" + run + ".xlsx");
    }

    @GetMapping("/{run}/export.geojson")
    ResponseEntity<byte[]> geoJson(@PathVariable long run) {
        return download(
                exports.geoJson(run).getBytes(StandardCharsets.UTF_8), GEO_JSON, "coverage-run-" + run + ".geojson");
    }

    private static boolean english(String lang) {
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new BadRequestException("lang", "lang must be zh or en");
        }
        return lang.equals("en");
    }

    private ResponseEntity<String> created(long id) {
        return ResponseEntity.created(URI.create("/api/analysis/coverage/" + id))
                .contentType(MediaType.APPLICATION_JSON)
                .body(results.run(id));
    }

    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
