package org.sheltergis.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Converts any vector file GDAL reads (Shapefile, GeoPackage, ...) to GeoJSON in EPSG:4326. */
final class Ogr2Ogr {

    private Ogr2Ogr() {}

    static Path toGeoJson(Path source, Integer sourceSrid) throws IOException {
        return toGeoJson(source, sourceSrid, false);
    }

    /**
     * @param keepCoordinates true for a file without a coordinate system (a DXF drawing): its numbers are kept as they
     *     are, for the caller to detect the system from their ranges
     */
    static Path toGeoJson(Path source, Integer sourceSrid, boolean keepCoordinates) throws IOException {
        Path out = Files.createTempFile("shelter-import-", ".geojson");
        Files.delete(out);
        List<String> cmd = new ArrayList<>(List.of("ogr2ogr", "-f", "GeoJSON"));
        if (!keepCoordinates) {
            cmd.addAll(List.of("-t_srs", "EPSG:4326"));
        }
        if (sourceSrid != null) {
            cmd.addAll(List.of("-s_srs", "EPSG:" + sourceSrid));
        }
        if (!keepCoordinates) {
            cmd.addAll(List.of("-lco", "RFC7946=YES"));
        }
        cmd.addAll(List.of(out.toString(), source.toString()));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "only GeoJSON can be imported without GDAL: install gdal-bin (ogr2ogr) to import "
                            + source.getFileName());
        }
        String output = new String(p.getInputStream().readAllBytes());
        try {
            if (p.waitFor() != 0) {
                throw new IllegalArgumentException("ogr2ogr could not read " + source + ": " + output.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }
}
