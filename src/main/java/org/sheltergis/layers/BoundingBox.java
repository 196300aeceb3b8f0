package org.sheltergis.layers;

import org.sheltergis.common.BadRequestException;

/** A lon/lat box (EPSG:4326, x = longitude). */
public record BoundingBox(double minX, double minY, double maxX, double maxY) {

    /**
     * Parses {@code minLon,minLat,maxLon,maxLat}; anything else is a 400 naming {@code parameter}.
     */
    public static BoundingBox parse(String text, String parameter) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new BadRequestException(
                    parameter, parameter + " must be minLon,minLat,maxLon,maxLat (4 numbers), got '" + text + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadRequestException(
                        parameter, "'" + parts[i].trim() + "' in " + parameter + " is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw new BadRequestException(parameter, parameter + " must hold finite numbers");
            }
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
            throw new BadRequestException(
                    parameter, parameter + " must lie within longitude -180..180 and latitude -90..90");
        }
        if (v[0] > v[2] || v[1] > v[3]) {
            throw new BadRequestException(parameter, parameter + " must have min <= max on both axes");
        }
        return new BoundingBox(v[0], v[1], v[2], v[3]);
    }

    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }
}
