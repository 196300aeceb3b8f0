package org.sheltergis.ogc.wms;

import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.security.CallerAccess;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * A small Leaflet page showing any layer the caller may see through L.tileLayer.wms against this service — the check
 * that a web client can use the WMS as it is, and a quick look for whoever publishes a new style.
 */
@RestController
class WmsViewerController {

    private final LayerCatalog catalog;
    private final CallerAccess access;

    WmsViewerController(LayerCatalog catalog, CallerAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    @GetMapping(value = "/wms/viewer", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String viewer() {
        StringBuilder options = new StringBuilder();
        for (LayerDefinition l : catalog.listLayers(access.canReadRestricted())) {
            for (String style : l.styles()) {
                options.append("<option value=\"").append(l.name()).append(':').append(style).append("\" data-zh=\"")
                        .append(HtmlUtils.htmlEscape(l.titleZh() + " · " + style)).append("\" data-en=\"")
                        .append(HtmlUtils.htmlEscape(l.titleEn() + " · " + style)).append("\">")
                        .append(HtmlUtils.htmlEscape(l.titleZh() + " · " + style)).append("</option>\n");
            }
        }
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8"><title>WMS 图层预览 · WMS viewer</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/webjars/leaflet/1.9.4/dist/leaflet.css">
                <script src="/webjars/leaflet/1.9.4/dist/leaflet.js"></script>
                <style>html,body,#map{height:100%%;margin:0}#bar{position:absolute;z-index:1000;top:8px;right:8px;
                background:#fff;padding:6px 8px;border-radius:4px;box-shadow:0 1px 4px #0004;font:13px sans-serif}
                #bar b{color:#c85a00}</style></head>
                <body><div id="bar"><b id="t">人防 WMS 图层预览</b>
                <select id="layer">%s</select> <button id="lang">English</button></div><div id="map"></div>
                <script>
                const params = new URLSearchParams(location.search);
                const map = L.map('map').setView([32.01, 120.87], 14);
                const select = document.getElementById('layer');
                if (params.get('layer')) { select.value = params.get('layer'); }
                window.tileErrors = 0; window.tilesLoaded = 0;
                let overlay = null;
                function show() {
                  const [layer, style] = select.value.split(':');
                  if (overlay) { map.removeLayer(overlay); }
                  overlay = L.tileLayer.wms('/wms', {layers: 'districts,' + layer, styles: ',' + style,
                      format: 'image/png', transparent: true, version: params.get('version') || '1.3.0', maxZoom: 19})
                    .on('tileerror', () => window.tileErrors++).on('tileload', () => window.tilesLoaded++).addTo(map);
                }
                select.onchange = show;
                let en = false;
                document.getElementById('lang').onclick = () => {
                  en = !en;
                  document.documentElement.lang = en ? 'en' : 'zh-CN';
                  document.getElementById('t').textContent = en ? 'Civil-defence WMS viewer' : '人防 WMS 图层预览';
                  document.getElementById('lang').textContent = en ? '中文' : 'English';
                  for (const o of select.options) { o.textContent = en ? o.dataset.en : o.dataset.zh; }
                };
                if (params.get('lat')) { map.setView([+params.get('lat'), +params.get('lon')], +(params.get('z') || 16)); }
                show();
                </script></body></html>
                """.formatted(options);
    }
}
