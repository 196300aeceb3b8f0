package org.sheltergis.importer;

import java.util.List;

/**
 * The outcome of an import: either every feature was written, or none was and {@code errors} says why, feature by
 * feature (1-based index in the file).
 */
public record ImportReport(String layer, int features, int written, List<FeatureError> errors, List<String> warnings) {

    public record FeatureError(int index, String reason) {
        @Override
        public String toString() {
            return index == 0 ? reason : "feature " + index + ": " + reason;
        }
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
