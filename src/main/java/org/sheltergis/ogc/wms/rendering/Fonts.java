package org.sheltergis.ogc.wms.rendering;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.sheltergis.ogc.sld.Symbolizer;

/**
 * Fonts for labels: the first family of the style that the machine has, else a CJK font (Chinese labels need one;
 * fonts-noto-cjk provides "Noto Sans CJK SC"), else Java's SansSerif.
 */
public final class Fonts {

    private static final Set<String> AVAILABLE = Arrays.stream(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
            .collect(Collectors.toSet());
    private static final String CJK = AVAILABLE.contains("Noto Sans CJK SC") ? "Noto Sans CJK SC" : Font.SANS_SERIF;
    private static final Map<Symbolizer.Font, Font> CACHE = new ConcurrentHashMap<>();

    private Fonts() {}

    static Font of(Symbolizer.Font spec) {
        return CACHE.computeIfAbsent(spec, s -> {
            String family = s.families().stream()
                    .filter(AVAILABLE::contains)
                    .findFirst()
                    .orElse(CJK);
            int style = (s.bold() ? Font.BOLD : 0) | (s.italic() ? Font.ITALIC : 0);
            return new Font(family, style, 1).deriveFont(s.size());
        });
    }

    public static Font plain(float size) {
        return new Font(CJK, Font.PLAIN, 1).deriveFont(size);
    }
}
