/*
 * Drawing on the map with plain Leaflet events (no plugin): a footprint polygon clicked corner by corner (double-click
 * ends it), draggable entrance markers, and a drag box for selecting many works.
 */
window.EditorDrawing = (function () {
  'use strict';

  /** Starts drawing a polygon; onDone(latlngs) is called on double-click with at least 3 corners. */
  function drawPolygon(map, onDone) {
    const points = [];
    const line = L.polyline([], { color: '#e8731a', dashArray: '4 4' }).addTo(map);
    const corners = L.layerGroup().addTo(map);
    map.doubleClickZoom.disable();
    map.getContainer().classList.add('drawing');
    function click(e) {
      points.push(e.latlng);
      line.setLatLngs(points);
      L.circleMarker(e.latlng, { radius: 4, color: '#e8731a' }).addTo(corners);
    }
    function move(e) {
      if (points.length) line.setLatLngs(points.concat([e.latlng]));
    }
    function finish() {
      stop();
      // A double-click also fired two clicks: drop the repeated last corner.
      while (points.length > 1 && points[points.length - 1].equals(points[points.length - 2])) points.pop();
      if (points.length >= 3) onDone(points.slice());
    }
    function stop() {
      map.off('click', click).off('mousemove', move).off('dblclick', finish);
      map.removeLayer(line);
      map.removeLayer(corners);
      map.getContainer().classList.remove('drawing');
      setTimeout(() => map.doubleClickZoom.enable(), 0);
    }
    map.on('click', click).on('mousemove', move).on('dblclick', finish);
    return { cancel: stop };
  }

  /** GeoJSON Polygon from Leaflet corners (closed ring, lon/lat). */
  function toPolygon(latlngs) {
    const ring = latlngs.map(p => [Number(p.lng.toFixed(7)), Number(p.lat.toFixed(7))]);
    ring.push(ring[0]);
    return { type: 'Polygon', coordinates: [ring] };
  }

  /** One click on the map, then onPoint(latlng). */
  function pickPoint(map, onPoint) {
    map.getContainer().classList.add('adding');
    map.once('click', e => { map.getContainer().classList.remove('adding'); onPoint(e.latlng); });
  }

  /** A drag box while the mode is on: onBox(L.LatLngBounds) when the mouse is released. */
  function boxSelect(map, onBox) {
    let start = null, box = null;
    const container = map.getContainer();
    function down(e) {
      start = e.containerPoint;
      box = L.DomUtil.create('div', 'selection-box', container);
      map.dragging.disable();
    }
    function move(e) {
      if (!start) return;
      const p = e.containerPoint;
      const min = L.point(Math.min(p.x, start.x), Math.min(p.y, start.y));
      const max = L.point(Math.max(p.x, start.x), Math.max(p.y, start.y));
      L.DomUtil.setPosition(box, min);
      box.style.width = (max.x - min.x) + 'px';
      box.style.height = (max.y - min.y) + 'px';
    }
    function up(e) {
      if (!start) return;
      const bounds = L.latLngBounds(map.containerPointToLatLng(start), map.containerPointToLatLng(e.containerPoint));
      start = null;
      L.DomUtil.remove(box);
      map.dragging.enable();
      onBox(bounds);
    }
    map.on('mousedown', down).on('mousemove', move).on('mouseup', up);
    return {
      stop: function () {
        map.off('mousedown', down).off('mousemove', move).off('mouseup', up);
        map.dragging.enable();
      }
    };
  }

  return { drawPolygon, toPolygon, pickPoint, boxSelect };
})();
