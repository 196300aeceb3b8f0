package org.sheltergis.ogc.wms;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The WMS viewer (web/wms/viewer.html): a Leaflet page that shows any layer the caller may see through
 * L.tileLayer.wms. Its script is a file of its own, as the pages' Content-Security-Policy allows no inline script.
 */
@Controller
class WmsViewerController {

    @GetMapping("/wms/viewer")
    String viewer() {
        return "forward:/wms/viewer.html";
    }
}
