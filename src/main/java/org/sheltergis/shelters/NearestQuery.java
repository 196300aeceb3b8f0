package org.sheltergis.shelters;

/**
 * A validated nearest-shelter request.
 *
 * @param accessible only wheelchair-accessible shelters, measured to an accessible entrance
 * @param parking    only shelters with parking
 * @param ev         only shelters with EV chargers in service
 */
record NearestQuery(double lon, double lat, int limit, boolean accessible, boolean parking, boolean ev) {}
