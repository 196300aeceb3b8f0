package org.sheltergis.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code ./shelter import FILE.xlsx|.csv [--apply] [--crs NAME] [--mapping FILE] [--report FILE.xlsx] [--actor NAME]}:
 * the register workbook import from the command line. Without {@code --apply} it is a dry run. It prints the report
 * and writes it as an XLSX next to the file (or to {@code --report}); the audit names the actor ({@code --actor}, by
 * default {@code cli:} and the operating-system user).
 */
final class RegisterImportCommand {

    static final String USAGE = "./shelter import REGISTER.xlsx|.csv [--apply] [--crs EPSG:4549|cgcs2000|gcj02|bd09]"
            + " [--mapping FILE] [--report FILE.xlsx] [--actor NAME]   (dry run unless --apply)";

    static final String FOOTPRINT_USAGE = "./shelter import DRAWING.dxf|.shp --layer footprints [--srid N] [--apply]"
            + "   (footprints of works, matched by code or by the work's point inside; dry run unless --apply)";

    private final RegisterImport register;

    RegisterImportCommand(RegisterImport register) {
        this.register = register;
    }

    static boolean isWorkbook(String file) {
        String n = file.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv");
    }

    int footprints(FootprintImport footprints, Path file, Map<String, String> options) {
        if (!Files.exists(file)) {
            System.err.println("cannot read " + file);
            return 2;
        }
        actAs(options);
        try {
            Integer srid = options.containsKey("srid") ? Integer.valueOf(options.get("srid")) : null;
            RegisterReport report = footprints.run(file, srid, options.containsKey("apply"));
            return print(report, file, options);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println(e.getMessage());
            return 2;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void actAs(Map<String, String> options) {
        String actor = options.getOrDefault("actor", "cli:" + System.getProperty("user.name", "unknown"));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
    }

    private static int print(RegisterReport report, Path file, Map<String, String> options) throws IOException {
        RegisterReportWriter.lines(report).forEach(System.out::println);
        Path out = options.containsKey("report")
                ? Path.of(options.get("report"))
                : file.resolveSibling(file.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".report.xlsx");
        Files.write(out, RegisterReportWriter.xlsx(report));
        System.out.println("报告已写入 " + out);
        return report.clean() ? 0 : 1;
    }

    int run(Path file, Map<String, String> options) {
        if (!Files.isReadable(file)) {
            System.err.println("cannot read " + file);
            return 2;
        }
        if (options.containsKey("layer") && !options.get("layer").equals("works")) {
            System.err.println("a register workbook imports into layer works; usage: " + USAGE);
            return 2;
        }
        boolean apply = options.containsKey("apply");
        actAs(options);
        try {
            Map<String, RegisterColumn> mapping =
                    RegisterColumn.mapping(options.containsKey("mapping") ? Path.of(options.get("mapping")) : null);
            RegisterReport report = register.run(
                    file.getFileName().toString(), Files.readAllBytes(file), mapping, options.get("crs"), apply);
            return print(report, file, options);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println(e.getMessage());
            return 2;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
