package org.sheltergis.codes;

/** One code of a code list with its Chinese and English labels, e.g. {@code open} "常开" / "Open". */
public record Code(String code, Label label) {

    public record Label(String zh, String en) {}
}
