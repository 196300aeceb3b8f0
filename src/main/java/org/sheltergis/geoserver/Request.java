package org.sheltergis.geoserver;

/** One HTTP request to GeoServer's REST API: what the dry run prints and the mock GeoServer records. */
record Request(String method, String path, String contentType, String body) {

    String line() {
        return method + " " + path + (contentType == null ? "" : "  [" + contentType + "]");
    }
}
