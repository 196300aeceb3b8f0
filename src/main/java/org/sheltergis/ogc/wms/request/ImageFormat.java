package org.sheltergis.ogc.wms.request;

import java.util.Locale;
import java.util.Optional;

/** The image formats GetMap and GetLegendGraphic produce. */
public enum ImageFormat {
    PNG("image/png", "image/png", "png"),
    PNG8("image/png; mode=8bit", "image/png", "png"),
    JPEG("image/jpeg", "image/jpeg", "jpeg");

    private final String name;
    private final String contentType;
    private final String imageIoName;

    ImageFormat(String name, String contentType, String imageIoName) {
        this.name = name;
        this.contentType = contentType;
        this.imageIoName = imageIoName;
    }

    /** The name published in the capabilities. */
    public String formatName() {
        return name;
    }

    public String contentType() {
        return contentType;
    }

    String imageIoName() {
        return imageIoName;
    }

    public boolean supportsAlpha() {
        return this != JPEG;
    }

    public static Optional<ImageFormat> find(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (t) {
            case "image/png", "png", "image/png;mode=32bit", "image/png;mode=24bit" -> Optional.of(PNG);
            case "image/png8", "png8", "image/png;mode=8bit", "image/png;mode=8-bit" -> Optional.of(PNG8);
            case "image/jpeg", "jpeg", "image/jpg", "jpg" -> Optional.of(JPEG);
            default -> Optional.empty();
        };
    }
}
