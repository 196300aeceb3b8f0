package org.sheltergis.geoserver;

/**
 * One resource of the publication and how to bring GeoServer in line with it.
 *
 * @param resource    what it is, for people: "feature type shelter:shelters"
 * @param action      how it is reconciled
 * @param path        the resource's own REST path (checked with GET, updated with PUT, removed with DELETE)
 * @param createPath  where it is created with POST when missing (CREATE, ENSURE and ACL_RULE)
 * @param updatePath  where an existing one is updated with PUT (the path, sometimes with a query)
 * @param contentType content type of the body
 * @param body        the body sent
 * @param shownBody   the body as printed (passwords masked)
 * @param key         for ACL_RULE: the rule's key, to tell whether it exists
 */
record Step(
        String resource,
        Action action,
        String path,
        String createPath,
        String updatePath,
        String contentType,
        String body,
        String shownBody,
        String key) {

    enum Action {
        /** GET; when missing POST to createPath, when present nothing (a workspace has nothing to update). */
        CREATE,
        /** GET; when missing POST to createPath, when present PUT to updatePath. */
        ENSURE,
        /** PUT to path: resources that GeoServer creates or updates on PUT (settings, layers, tile layers). */
        PUT,
        /** GET the rule list; POST the rule when its key is missing, PUT it when present. */
        ACL_RULE,
        /** GET; when present DELETE (a tile cache a restricted layer must not have). */
        REMOVE
    }

    static Step create(String resource, String path, String createPath, String type, String body) {
        return new Step(resource, Action.CREATE, path, createPath, null, type, body, body, null);
    }

    static Step ensure(String resource, String path, String createPath, String type, String body) {
        return new Step(resource, Action.ENSURE, path, createPath, path, type, body, body, null);
    }

    static Step put(String resource, String path, String type, String body) {
        return new Step(resource, Action.PUT, path, null, path, type, body, body, null);
    }

    static Step aclRule(String resource, String path, String key, String body) {
        return new Step(resource, Action.ACL_RULE, path, path, path, "application/json", body, body, key);
    }

    static Step remove(String resource, String path) {
        return new Step(resource, Action.REMOVE, path, null, null, null, null, null, null);
    }

    Step updatingAt(String path) {
        return new Step(resource, action, this.path, createPath, path, contentType, body, shownBody, key);
    }

    Step shown(String masked) {
        return new Step(resource, action, path, createPath, updatePath, contentType, body, masked, key);
    }
}
