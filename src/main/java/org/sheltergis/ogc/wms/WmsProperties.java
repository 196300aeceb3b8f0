package org.sheltergis.ogc.wms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and identity of the embedded WMS (prefix {@code shelter.wms}). Requests over a limit get a clear
 * ServiceException, never an out-of-memory or a hung thread.
 *
 * @param maxWidth largest WIDTH in pixels
 * @param maxHeight largest HEIGHT in pixels
 * @param maxFeatures most features drawn by one GetMap, all layers together
 * @param renderTimeout the deadline of one GetMap, from the database query to the encoded image
 * @param maxConcurrentRenders maps drawn at once; further requests wait (up to the deadline) for a slot
 * @param title service title
 * @param abstractText service abstract
 */
@ConfigurationProperties("shelter.wms")
public record WmsProperties(
        Integer maxWidth,
        Integer maxHeight,
        Integer maxFeatures,
        Duration renderTimeout,
        Integer maxConcurrentRenders,
        String title,
        String abstractText) {

    public WmsProperties {
        maxWidth = maxWidth != null ? maxWidth : 4096;
        maxHeight = maxHeight != null ? maxHeight : 4096;
        maxFeatures = maxFeatures != null ? maxFeatures : 100_000;
        renderTimeout = renderTimeout != null ? renderTimeout : Duration.ofSeconds(20);
        maxConcurrentRenders = maxConcurrentRenders != null
                ? maxConcurrentRenders
                : Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
        title = title != null ? title : "南通市人防工程 Nantong civil air defence works";
        abstractText = abstractText != null
                ? abstractText
                : "南通市人防办公开图层（人防疏散掩蔽工程、出入口、停车场、行政区划等）。" + " Public layers of the Nantong civil air defence office.";
    }
}
