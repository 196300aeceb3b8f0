package org.sheltergis.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sheltergis.common.CommandLine;
import org.springframework.stereotype.Component;

/**
 * {@code ./shelter import FILE --layer NAME [--srid N]}: GeoJSON directly; Shapefile, GeoPackage and anything else GDAL
 * reads through ogr2ogr (converted to GeoJSON in EPSG:4326 first). All or nothing.
 */
@Component
class ImportCommand implements CommandLine {

    private final GeoJsonImporter importer;
    private final RegisterImport register;
    private final FootprintImport footprints;

    ImportCommand(GeoJsonImporter importer, RegisterImport register, FootprintImport footprints) {
        this.importer = importer;
        this.register = register;
        this.footprints = footprints;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public int run(List<String> args) {
        Map<String, String> options = CommandLine.options(args);
        List<String> files = CommandLine.positional(args);
        if (files.size() == 1 && RegisterImportCommand.isWorkbook(files.get(0))) {
            return new RegisterImportCommand(register).run(Path.of(files.get(0)), options);
        }
        if (files.size() == 1 && "footprints".equals(options.get("layer"))) {
            return new RegisterImportCommand(register).footprints(footprints, Path.of(files.get(0)), options);
        }
        if (files.size() != 1 || !options.containsKey("layer")) {
            System.err.println("usage: ./shelter import FILE --layer NAME [--srid N]   (layers: " + ImportTarget.names()
                    + ")\n" + "       " + RegisterImportCommand.USAGE + "\n       "
                    + RegisterImportCommand.FOOTPRINT_USAGE);
            return 2;
        }
        Path file = Path.of(files.get(0));
        if (!Files.isReadable(file)) {
            System.err.println("cannot read " + file);
            return 2;
        }
        Integer srid = options.containsKey("srid") ? Integer.valueOf(options.get("srid")) : null;
        try {
            ImportReport report = importFile(file, options.get("layer"), srid);
            print(report);
            return report.succeeded() ? 0 : 1;
        } catch (IllegalArgumentException | IOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    private ImportReport importFile(Path file, String layer, Integer srid) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            try (InputStream in = Files.newInputStream(file)) {
                return importer.importGeoJson(layer, in, srid);
            }
        }
        Path converted = Ogr2Ogr.toGeoJson(file, srid);
        try (InputStream in = Files.newInputStream(converted)) {
            return importer.importGeoJson(layer, in, 4326);
        } finally {
            Files.deleteIfExists(converted);
        }
    }

    private static void print(ImportReport report) {
        report.warnings().forEach(w -> System.err.println("warning: " + w));
        if (report.succeeded()) {
            System.out.println(
                    "imported " + report.written() + " of " + report.features() + " features into " + report.layer());
        } else {
            System.err.println("nothing was imported into " + report.layer() + ": "
                    + report.errors().size() + " problem(s)");
            report.errors().forEach(e -> System.err.println("  " + e));
        }
    }
}
