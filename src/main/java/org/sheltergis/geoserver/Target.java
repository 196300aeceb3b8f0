package org.sheltergis.geoserver;

import org.sheltergis.layers.Access;

/**
 * One side of the publication: a workspace with one PostGIS datastore on one schema, read through one role.
 * The public side reads schema pub as the public role; the restricted side reads schema staff as its own role.
 */
record Target(
        Access access,
        String workspace,
        String store,
        String host,
        int port,
        String database,
        String schema,
        String user) {}
