package org.sheltergis.reports;

/** A problem report as the page sends it. No name, phone or e-mail: none is needed to act on it. */
record ReportRequest(String category, String description, Double lon, Double lat, Long shelterId, String language) {
}
