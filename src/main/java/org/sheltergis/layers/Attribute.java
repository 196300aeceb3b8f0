package org.sheltergis.layers;

/**
 * One published attribute of a layer. {@code type} is the JSON-schema type it is published as: string, integer,
 * number, boolean, date or date-time.
 */
public record Attribute(String name, String type, String titleZh, String titleEn) {

    public static Attribute text(String name, String zh, String en) {
        return new Attribute(name, "string", zh, en);
    }

    public static Attribute integer(String name, String zh, String en) {
        return new Attribute(name, "integer", zh, en);
    }

    public static Attribute number(String name, String zh, String en) {
        return new Attribute(name, "number", zh, en);
    }

    public static Attribute bool(String name, String zh, String en) {
        return new Attribute(name, "boolean", zh, en);
    }

    public static Attribute date(String name, String zh, String en) {
        return new Attribute(name, "date", zh, en);
    }

    public static Attribute timestamp(String name, String zh, String en) {
        return new Attribute(name, "date-time", zh, en);
    }
}
