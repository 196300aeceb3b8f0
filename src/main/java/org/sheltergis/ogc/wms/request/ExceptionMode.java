package org.sheltergis.ogc.wms.request;

import java.util.Locale;

/** How GetMap reports an exception: an XML report, the message drawn in an image, or a blank image. */
public enum ExceptionMode {
    XML,
    INIMAGE,
    BLANK;

    /** Reads EXCEPTIONS in either version's spelling; anything unknown falls back to the XML report. */
    public static ExceptionMode of(String text) {
        if (text == null) {
            return XML;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("inimage")) {
            return INIMAGE;
        }
        if (t.endsWith("blank")) {
            return BLANK;
        }
        return XML;
    }
}
