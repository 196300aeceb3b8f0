package org.sheltergis.editing;

/** Text as an edit saves it: without surrounding blanks, and an empty field as no value. */
public final class EditText {

    private EditText() {}

    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
