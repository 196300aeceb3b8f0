package org.sheltergis.siting;

/** Request values as site selection reads them. */
public final class Fields {

    private Fields() {}

    /** A filter or code as given, without surrounding blanks; blank or absent as null. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
