package org.sheltergis.geoserver;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sheltergis.layers.Access;
import org.sheltergis.layers.LayerCatalog;

/**
 * The publication as a readable file (geoserver/publication/publication.json): every resource, its REST path and
 * body, with the database address as placeholders and passwords masked. Generated from the catalog, never edited by
 * hand; a test fails when the committed file differs from what the catalog generates, so it cannot drift.
 */
final class PublicationExport {

    private PublicationExport() {}

    static String render(Bodies bodies, LayerCatalog catalog, GeoServerProperties settings) {
        var db = settings.database();
        List<Target> targets = List.of(
                new Target(
                        Access.PUBLIC,
                        settings.publicWorkspace(),
                        "shelter_pub",
                        "${DB_HOST}",
                        5432,
                        "${DB_NAME}",
                        Access.PUBLIC.schema(),
                        db.publicUser()),
                new Target(
                        Access.RESTRICTED,
                        settings.restrictedWorkspace(),
                        "shelter_staff",
                        "${DB_HOST}",
                        5432,
                        "${DB_NAME}",
                        Access.RESTRICTED.schema(),
                        db.restrictedUser()));
        StyleSource styles = StyleSource.of(name -> "geoserver/styles/" + name + ".sld");
        var masked = new PublicationPlan.Passwords(PublicationPlan.MASK, PublicationPlan.MASK);
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Step s : PublicationPlan.build(bodies, catalog, settings, targets, masked, styles)) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("resource", s.resource());
            r.put("action", s.action().name());
            r.put("path", s.path());
            if (s.createPath() != null) {
                r.put("createPath", s.createPath());
            }
            if (s.updatePath() != null && !s.updatePath().equals(s.path())) {
                r.put("updatePath", s.updatePath());
            }
            if (s.contentType() != null) {
                r.put("contentType", s.contentType());
            }
            if (PublicationPlan.JSON.equals(s.contentType())) {
                r.put("body", bodies.read(s.shownBody()));
            } else if (PublicationPlan.SLD.equals(s.contentType())) {
                r.put("bodyFile", s.shownBody());
            } else if (s.shownBody() != null) {
                r.put("body", s.shownBody());
            }
            resources.add(r);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("comment", "Generated from the layer catalog by ./shelter geoserver export; do not edit.");
        doc.put("resources", resources);
        return bodies.pretty(doc) + "\n";
    }

    static int write(Bodies bodies, LayerCatalog catalog, GeoServerProperties settings, Path file, PrintStream out) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, render(bodies, catalog, settings), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        out.println("wrote " + file);
        return 0;
    }
}
