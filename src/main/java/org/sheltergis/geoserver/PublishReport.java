package org.sheltergis.geoserver;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** What a publish run did and did not do. */
class PublishReport {

    private final boolean dryRun;
    private final List<String> done = new ArrayList<>();
    private final List<String> outcomes = new ArrayList<>();
    private String failedResource;
    private String failure;
    private List<String> notDone = List.of();

    PublishReport(boolean dryRun) {
        this.dryRun = dryRun;
    }

    void done(Step step, String outcome) {
        done.add(step.resource() + ": " + outcome);
        outcomes.add(outcome);
    }

    void failed(Step step, String message, List<Step> rest) {
        failedResource = step.resource();
        failure = message;
        notDone = rest.stream().map(Step::resource).toList();
    }

    boolean succeeded() {
        return failure == null;
    }

    String failure() {
        return failure;
    }

    void print(PrintStream out, PrintStream err) {
        if (succeeded()) {
            out.println((dryRun ? "Dry run: nothing was sent. " : "Published. ") + done.size() + " resources: "
                    + Publisher.counts(outcomes));
            return;
        }
        err.println("FAILED at " + failedResource + ": " + failure);
        if (done.isEmpty()) {
            err.println("Nothing was changed on GeoServer before the failure.");
        } else {
            err.println("Done before the failure (" + done.size() + "): " + Publisher.counts(outcomes));
            done.forEach(d -> err.println("  done: " + d));
        }
        err.println("Not done (" + (notDone.size() + 1) + "): " + failedResource
                + (notDone.isEmpty() ? "" : ", " + String.join(", ", notDone)));
        boolean changed = outcomes.stream().anyMatch(o -> !o.equals("unchanged") && !o.equals("absent"));
        err.println((changed ? "GeoServer now holds a partial publication. " : "GeoServer was not changed. ")
                + "Fix the cause and run the command again: it creates what is missing and updates what exists.");
    }
}
