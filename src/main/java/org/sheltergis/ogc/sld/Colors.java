package org.sheltergis.ogc.sld;

import java.awt.Color;

/** Parses SLD colours (#RRGGBB) and folds an opacity into the alpha. */
public final class Colors {

    private Colors() {}

    public static Color parse(String text) {
        String t = text.trim();
        if (t.startsWith("#") && t.length() == 7) {
            try {
                return new Color(Integer.parseInt(t.substring(1), 16));
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw new SldException("'" + text + "' is not a colour of the form #RRGGBB");
    }

    public static Color withOpacity(Color c, double opacity) {
        if (opacity < 0 || opacity > 1) {
            throw new SldException("opacity must lie in 0..1, got " + opacity);
        }
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(opacity * 255));
    }
}
