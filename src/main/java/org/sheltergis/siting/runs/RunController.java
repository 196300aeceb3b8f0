package org.sheltergis.siting.runs;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.Spreadsheets;
import org.sheltergis.siting.SitingProperties;
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
import tools.jackson.databind.JsonNode;

/** Site-selection runs over the register, kept for planners: run, list, fetch (with GeoJSON) and export. */
@RestController
@RequestMapping("/api/siting")
class RunController {

    private final RegisterSiting siting;
    private final SitingProperties settings;

    RunController(RegisterSiting siting, SitingProperties settings) {
        this.siting = siting;
        this.settings = settings;
    }

    @PostMapping(path = "/runs", consumes = "application/json")
    ResponseEntity<Map<String, Object>> run(@Valid @RequestBody RunRequest body) {
        Map<String, Object> run = siting.run(body);
        return ResponseEntity.created(URI.create("/api/siting/runs/" + run.get("id")))
                .body(run);
    }

    @GetMapping("/runs")
    List<Map<String, Object>> runs(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new BadRequestException("limit", "limit must be between 1 and 1000");
        }
        return siting.list(limit);
    }

    @GetMapping("/runs/{id}")
    JsonNode get(@PathVariable long id) {
        return siting.get(id);
    }

    @GetMapping("/runs/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "csv") String format) {
        JsonNode run = siting.get(id);
        String name = "siting-run-" + id;
        return switch (format) {
            case "csv" -> file(RunExport.csv(run), name + ".csv", Spreadsheets.CSV);
            case "xlsx" -> file(RunExport.xlsx(run), name + ".xlsx", Spreadsheets.XLSX);
            default -> throw new BadRequestException("format", "format must be csv or xlsx");
        };
    }

    /** The defaults a new run starts from, for the console's form. */
    @GetMapping("/settings")
    Map<String, Object> defaults() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("radius_m", settings.radiusM());
        out.put("staying_share", settings.stayingShare());
        out.put("min_buildable_area", settings.minBuildableArea());
        out.put("sheltering_share", settings.shelteringShare());
        out.put("fee_rate", settings.feeRate());
        out.put("unit_cost", settings.unitCost());
        out.put("time_limit_s", settings.timeLimit().toMillis() / 1000.0);
        out.put("max_time_limit_s", settings.maxTimeLimit().toSeconds());
        return out;
    }

    private static ResponseEntity<byte[]> file(byte[] body, String filename, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
