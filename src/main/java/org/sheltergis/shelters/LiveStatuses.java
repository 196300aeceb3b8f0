package org.sheltergis.shelters;

import java.util.Map;

/**
 * The live status of the public shelters as {@code pub.shelter_status} computes it (V16: full when staff say so or the
 * occupants reach capacity), for the shelters staff have set; every other public shelter is open with nobody inside.
 *
 * @param data   the public data version it was read at (capacity, and so "full", depends on the register)
 * @param serial the live status version it was read at
 */
record LiveStatuses(long data, long serial, Map<Long, Entry> set) {

    static final String OPEN = "open";

    record Entry(String status, int occupants) {}

    LiveStatuses {
        set = Map.copyOf(set);
    }

    String status(long shelterId) {
        Entry e = set.get(shelterId);
        return e == null ? OPEN : e.status();
    }

    /** Whether the search may send people there (no lookup at all while staff have set no status). */
    boolean isOpen(long shelterId) {
        return set.isEmpty() || OPEN.equals(status(shelterId));
    }

    int occupants(long shelterId) {
        Entry e = set.get(shelterId);
        return e == null ? 0 : e.occupants();
    }

    boolean current(LiveVersions.Versions v) {
        return data == v.data() && serial == v.status();
    }
}
