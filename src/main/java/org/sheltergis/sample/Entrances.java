package org.sheltergis.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Two to four entrances per work, spread round the outline, consistent with its use and accessibility. */
final class Entrances {

    private Entrances() {}

    static void add(WorkRow w, Random rnd) {
        int count = 2 + (Seeds.chance(rnd, 0.5) ? 1 : 0) + (Seeds.chance(rnd, 0.2) ? 1 : 0);
        List<String> kinds = new ArrayList<>();
        kinds.add("pedestrian");
        if ("parking".equals(w.peacetimeUse) || "supply".equals(w.function)) {
            kinds.add("vehicle");
        }
        kinds.add("emergency");
        while (kinds.size() < count) {
            kinds.add("pedestrian");
        }
        double start = rnd.nextDouble();
        boolean rampAccessible = Seeds.chance(rnd, 0.5);
        for (int i = 0; i < kinds.size(); i++) {
            String kind = kinds.get(i);
            // An accessible work has a step-free pedestrian entrance; its vehicle ramp may serve too.
            boolean accessible = w.wheelchairAccessible && (i == 0 || ("vehicle".equals(kind) && rampAccessible));
            double jitter = (rnd.nextDouble() - 0.5) * 0.3 / kinds.size();
            double at = start + (double) i / kinds.size() + jitter;
            w.entrances.add(new WorkRow.Entrance(kind, accessible, Shapes.alongBoundary(w.footprint, at)));
        }
    }
}
