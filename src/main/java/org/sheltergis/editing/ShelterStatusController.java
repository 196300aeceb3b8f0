package org.sheltergis.editing;

import jakarta.validation.Valid;
import java.util.Map;
import org.sheltergis.common.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff status page's API (EDITOR and above, as every {@code /api/edit} path): list and set live status. */
@RestController
@RequestMapping("/api/edit/shelter-status")
class ShelterStatusController {

    private final ShelterStatusEditor editor;

    ShelterStatusController(ShelterStatusEditor editor) {
        this.editor = editor;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String district,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 2000) {
            throw new BadRequestException("limit", "limit must be between 1 and 2000");
        }
        if (q != null && q.length() > 100) {
            throw new BadRequestException("q", "q must be at most 100 characters");
        }
        if (district != null && !district.isBlank() && !district.matches("\\d{6}")) {
            throw new BadRequestException("district", "district must be a 6-digit adcode");
        }
        String pattern = q == null || q.isBlank()
                ? null
                : "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return editor.list(pattern, district == null || district.isBlank() ? null : district, limit);
    }

    @PutMapping("/{id}")
    Map<String, Object> update(@PathVariable long id, @Valid @RequestBody ShelterStatusEdit body) {
        return editor.update(id, body);
    }
}
