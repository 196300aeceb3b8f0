package org.sheltergis.ogc.wms.rendering;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rectangles in pixel space on a coarse grid, so "does this label overlap anything placed?" stays cheap on big maps. */
final class BoxIndex {

    private static final int CELL = 64;
    private final Map<Long, List<Rectangle2D>> cells = new HashMap<>();

    void add(Rectangle2D r) {
        forCells(r, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(r));
    }

    boolean intersects(Rectangle2D r) {
        boolean[] hit = {false};
        forCells(r, key -> {
            if (!hit[0]) {
                for (Rectangle2D other : cells.getOrDefault(key, List.of())) {
                    if (other.intersects(r)) {
                        hit[0] = true;
                        return;
                    }
                }
            }
        });
        return hit[0];
    }

    private static void forCells(Rectangle2D r, java.util.function.LongConsumer action) {
        int x0 = (int) Math.floor(r.getMinX() / CELL);
        int x1 = (int) Math.floor(r.getMaxX() / CELL);
        int y0 = (int) Math.floor(r.getMinY() / CELL);
        int y1 = (int) Math.floor(r.getMaxY() / CELL);
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                action.accept(((long) x << 32) ^ (y & 0xFFFFFFFFL));
            }
        }
    }
}
