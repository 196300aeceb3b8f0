package org.sheltergis.importer;

import java.io.IOException;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.Spreadsheets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The register import for the editor console (EDITOR and above, under /api/edit): upload a workbook for a dry run,
 * download its report as XLSX, then apply it — naming the checksum of the file that was reviewed, so what is applied
 * is what the clerk saw. The register export for the round trip.
 */
@RestController
@RequestMapping("/api/edit/import")
class RegisterImportController {

    private final RegisterImport register;
    private final RegisterExport export;

    RegisterImportController(RegisterImport register, RegisterExport export) {
        this.register = register;
        this.export = export;
    }

    /** A dry run, or with {@code apply=true} and the reviewed file's {@code sha256} the import itself. */
    @PostMapping("/works")
    RegisterReport works(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String crs,
            @RequestParam(defaultValue = "false") boolean apply,
            @RequestParam(required = false) String sha256)
            throws IOException {
        byte[] bytes = file.getBytes();
        if (apply && !RegisterImport.sha256(bytes).equals(sha256)) {
            throw new BadRequestException(
                    "sha256", "apply names the sha256 of the file whose dry run was reviewed; this file differs");
        }
        return run(file, bytes, crs, apply);
    }

    /** The dry run's report as a workbook: one row per problem, in Chinese. */
    @PostMapping("/works/report")
    ResponseEntity<byte[]> report(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String crs)
            throws IOException {
        RegisterReport r = run(file, file.getBytes(), crs, false);
        return attachment(RegisterReportWriter.xlsx(r), "import-report.xlsx");
    }

    @GetMapping("/works/export")
    ResponseEntity<byte[]> exportWorks() {
        return attachment(export.works(), "works.xlsx");
    }

    private RegisterReport run(MultipartFile file, byte[] bytes, String crs, boolean apply) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload.xlsx" : file.getOriginalFilename();
        try {
            return register.run(name, bytes, RegisterColumn.mapping(null), crs, apply);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage() != null && e.getMessage().startsWith("--crs") ? "crs" : "file";
            throw new BadRequestException(field, e.getMessage());
        }
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, String name) {
        return ResponseEntity.ok()
                .contentType(Spreadsheets.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
