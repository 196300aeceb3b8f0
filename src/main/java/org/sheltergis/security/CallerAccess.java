package org.sheltergis.security;

import org.springframework.stereotype.Component;

/**
 * What the current caller may read. Until accounts and API keys exist every caller is anonymous, so restricted layers
 * are never served; outlets ask this one place, so adding authentication changes only this class.
 */
@Component
public class CallerAccess {

    /** Whether the current caller may read restricted layers (the staff schema). */
    public boolean canReadRestricted() {
        return false;
    }
}
