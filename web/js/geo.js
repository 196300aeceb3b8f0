// Distances on the client: only for the offline fallback and drawing. The server's answer (PostGIS) is the reference.

const R = 6371008.8;

export function haversine(lon1, lat1, lon2, lat2) {
  const p1 = lat1 * Math.PI / 180, p2 = lat2 * Math.PI / 180;
  const dp = p2 - p1, dl = (lon2 - lon1) * Math.PI / 180;
  const a = Math.sin(dp / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(a));
}

/**
 * The nearest shelters from the cached public list, ranked like the server ranks without a road network:
 * straight line to the nearest way in (the kinds the server counts, config.way_in_kinds: not emergency exits), times
 * the detour factor.
 */
export function nearestOffline(features, lon, lat, filters, config) {
  const out = [];
  const waysIn = config.way_in_kinds || ['pedestrian', 'vehicle'];  // a configuration cached before the setting existed
  for (const f of features) {
    const p = f.properties;
    if (p.open_status === 'closed') continue;
    if (p.status && p.status !== 'open') continue;  // full or closed as staff last reported (live status)
    if (filters.accessible && !p.wheelchair_accessible) continue;
    if (filters.parking && !p.has_parking) continue;
    if (filters.ev && !(p.ev_chargers > 0)) continue;
    let best = null, bestM = Infinity;
    for (const e of p.entrances || []) {
      if (!waysIn.includes(e.kind) || (filters.accessible && !e.accessible)) continue;
      const m = haversine(lon, lat, e.lon, e.lat);
      if (m < bestM) { bestM = m; best = e; }
    }
    if (!best) continue;
    out.push(fromFeature(f, best, bestM, config));
  }
  out.sort((a, b) => a.distance_m - b.distance_m || a.id - b.id);
  return out.slice(0, filters.limit || 5);
}

function fromFeature(f, entrance, straight, config) {
  const p = f.properties;
  const distance = straight * config.detour_factor;
  return {
    ...p, id: f.id, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1],
    entrance, entrances: p.entrances || [], distance_m: Math.round(distance * 10) / 10,
    straight_m: Math.round(straight * 10) / 10, method: 'straight_line',
    walk_minutes: Math.max(1, Math.ceil(distance / config.walking_speed_mpm))
  };}

/** A shelter of the cached list in the shape the card shows (same names as the nearest API). */
export function shelterFromFeature(f) {
  return fromFeature(f, null, 0, { detour_factor: 1, walking_speed_mpm: 1 });
}

/** Whether [lon, lat] lies in a GeoJSON Polygon or MultiPolygon (even-odd rule; holes excluded). */
export function inPolygon(geometry, lon, lat) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let inside = false;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i], [xj, yj] = ring[j];
        if ((yi > lat) !== (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

/** The code of the district (a feature of the districts layer) holding the point, or null. */
export function districtAt(features, lon, lat) {
  const f = (features || []).find(d => d.geometry && inPolygon(d.geometry, lon, lat));
  return f ? String(f.id ?? f.properties.code) : null;
}
