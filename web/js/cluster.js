// A small grid clusterer (no plugin): points are binned by screen cells at the current zoom; a cell holding several
// points becomes one numbered circle that zooms in when chosen. Only the visible part (plus a margin) is drawn, and
// it is redrawn when the map stops moving.

export function gridCluster(map, options) {
  const cellPx = options.cellPx || 64;
  const layer = L.layerGroup();
  let points = [];   // { latlng, item }

  function redraw() {
    layer.clearLayers();
    if (!map.hasLayer(layer)) return;
    const zoom = map.getZoom();
    const bounds = map.getBounds().pad(0.25);
    const single = zoom >= (options.disableAtZoom ?? 17);
    const cells = new Map();
    for (const p of points) {
      if (!bounds.contains(p.latlng)) continue;
      if (single) { layer.addLayer(options.marker(p.item, p.latlng)); continue; }
      const px = map.project(p.latlng, zoom);
      const key = Math.floor(px.x / cellPx) + ':' + Math.floor(px.y / cellPx);
      let c = cells.get(key);
      if (!c) cells.set(key, c = []);
      c.push(p);
    }
    for (const members of cells.values()) {
      if (members.length === 1) {
        layer.addLayer(options.marker(members[0].item, members[0].latlng));
      } else {
        layer.addLayer(clusterMarker(members));
      }
    }
  }

  function clusterMarker(members) {
    let lat = 0, lng = 0;
    for (const m of members) { lat += m.latlng.lat; lng += m.latlng.lng; }
    const at = L.latLng(lat / members.length, lng / members.length);
    const n = members.length;
    const size = n < 10 ? 34 : n < 100 ? 40 : 48;
    const marker = L.marker(at, {
      icon: L.divIcon({ className: 'cluster', html: '<span>' + n + '</span>', iconSize: [size, size] }),
      title: options.clusterTitle(n), alt: options.clusterTitle(n), keyboard: true, riseOnHover: true
    });
    marker.on('click', () => {
      const b = L.latLngBounds(members.map(m => m.latlng));
      if (b.getNorthEast().equals(b.getSouthWest())) map.setView(at, Math.min(map.getZoom() + 2, map.getMaxZoom()));
      else map.fitBounds(b.pad(0.2), { maxZoom: Math.min(map.getZoom() + 3, map.getMaxZoom()) });
    });
    return marker;
  }

  map.on('moveend', redraw);
  layer.on('add', () => setTimeout(redraw, 0));

  return {
    layer,
    setPoints(list) { points = list; redraw(); },
    redraw,
    count() { let n = 0; layer.eachLayer(() => n++); return n; }
  };
}
