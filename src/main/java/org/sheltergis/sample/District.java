package org.sheltergis.sample;

import org.locationtech.jts.geom.MultiPolygon;

/** One district of Nantong as stored in core.districts; geometry in EPSG:4326. */
record District(String code, String nameZh, String nameEn, boolean mainUrban, MultiPolygon geom) {}
