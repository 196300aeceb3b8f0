package org.sheltergis.ogc.wms.styles;

import org.sheltergis.common.NotFoundException;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.security.CallerAccess;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A style's legend as JSON, read from the same SLD file the WMS draws with and GeoServer is given: so the pages'
 * legends and colours follow the style file. A style of a layer the caller may not read is the same 404 as a style
 * that does not exist (its filters would name restricted codes).
 */
@RestController
class StyleLegendController {

    private final StyleLibrary styles;
    private final LayerCatalog catalog;
    private final CallerAccess access;

    StyleLegendController(StyleLibrary styles, LayerCatalog catalog, CallerAccess access) {
        this.styles = styles;
        this.catalog = catalog;
        this.access = access;
    }

    @GetMapping("/api/styles/{name}/legend")
    ResponseEntity<StyleLegend> legend(@PathVariable String name) {
        LayerStyle found = styles.byName(catalog, name)
                .filter(s -> access.canRead(s.layer()))
                .orElseThrow(() -> new NotFoundException("There is no style named '" + name + "'."));
        CacheControl cache = found.layer().isPublic()
                ? CacheControl.noCache()
                : CacheControl.noCache().cachePrivate();
        return ResponseEntity.ok().cacheControl(cache).body(StyleLegend.of(found));
    }
}
