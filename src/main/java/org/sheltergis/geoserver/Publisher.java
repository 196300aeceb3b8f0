package org.sheltergis.geoserver;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Brings GeoServer in line with the plan, one step at a time: what is missing is created (POST), what exists is
 * updated in place (PUT), never created twice. A dry run reads (GET) but prints every write instead of sending it;
 * without a server it assumes an empty GeoServer. The first failure stops the run and the report tells what was and
 * was not done, so a half-published state never goes unnoticed.
 */
class Publisher {

    private final GeoServerRest rest;
    private final String user;
    private final boolean dryRun;
    private final PrintStream out;
    private final Bodies bodies;

    /** @param rest null for a dry run without a server */
    Publisher(GeoServerRest rest, String user, boolean dryRun, PrintStream out, Bodies bodies) {
        this.rest = rest;
        this.bodies = bodies;
        this.user = user;
        this.dryRun = dryRun;
        this.out = out;
    }

    PublishReport publish(List<Step> steps) {
        PublishReport report = new PublishReport(dryRun);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            try {
                String outcome = apply(step);
                report.done(step, outcome);
            } catch (GeoServerRest.Failure e) {
                report.failed(step, e.getMessage(), steps.subList(i + 1, steps.size()));
                break;
            }
        }
        return report;
    }

    private String apply(Step step) {
        return switch (step.action()) {
            case CREATE -> exists(step.path()) ? "unchanged" : write("POST", step.createPath(), step, "created");
            case ENSURE ->
                exists(step.path())
                        ? write("PUT", step.updatePath(), step, "updated")
                        : write("POST", step.createPath(), step, "created");
            case PUT -> write("PUT", step.updatePath(), step, "written");
            case ACL_RULE ->
                ruleExists(step)
                        ? write("PUT", step.path(), step, "updated")
                        : write("POST", step.createPath(), step, "created");
            case REMOVE -> exists(step.path()) ? write("DELETE", step.path(), step, "removed") : "absent";
        };
    }

    private boolean exists(String path) {
        if (rest == null) {
            return false;
        }
        String query = path.contains("?") ? "&" : "?";
        String probe = path.startsWith("/gwc/") ? path : path + query + "quietOnNotFound=true";
        GeoServerRest.Answer a = rest.send(new Request("GET", probe, null, null));
        if (a.status() == 200) {
            return true;
        }
        if (a.status() == 404) {
            return false;
        }
        throw new GeoServerRest.Failure(GeoServerRest.explain(a.status(), a.body(), user) + " (GET " + probe + ")");
    }

    private boolean ruleExists(Step step) {
        if (rest == null) {
            return false;
        }
        GeoServerRest.Answer a = rest.send(new Request("GET", step.path(), null, null));
        if (a.status() != 200) {
            throw new GeoServerRest.Failure(
                    GeoServerRest.explain(a.status(), a.body(), user) + " (GET " + step.path() + ")");
        }
        JsonNode rules = bodies.read(a.body());
        return rules.has(step.key());
    }

    private String write(String method, String path, Step step, String outcome) {
        boolean hasBody = !method.equals("DELETE");
        Request shown =
                new Request(method, path, hasBody ? step.contentType() : null, hasBody ? step.shownBody() : null);
        if (dryRun) {
            out.println("would " + shown.line());
            if (hasBody) {
                out.println("    " + shown.body().replace("\n", "\n    "));
            }
            return "would be " + outcome;
        }
        Request sent = new Request(method, path, shown.contentType(), hasBody ? step.body() : null);
        GeoServerRest.Answer a = rest.send(sent);
        if (a.status() < 200 || a.status() > 299) {
            throw new GeoServerRest.Failure(
                    GeoServerRest.explain(a.status(), a.body(), user) + " (" + method + " " + path + ")");
        }
        out.println(outcome + ": " + step.resource() + "  (" + method + " " + path + " → " + a.status() + ")");
        return outcome;
    }

    /** Counts by outcome, for the summary. */
    static Map<String, Long> counts(List<String> outcomes) {
        var counts = new java.util.TreeMap<String, Long>();
        new ArrayList<>(outcomes).forEach(o -> counts.merge(o, 1L, Long::sum));
        return counts;
    }
}
