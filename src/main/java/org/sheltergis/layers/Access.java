package org.sheltergis.layers;

/** Who may read a layer. PUBLIC layers are views in schema {@code pub}; RESTRICTED layers are views in {@code staff}. */
public enum Access {
    PUBLIC("pub"),
    RESTRICTED("staff");

    private final String schema;

    Access(String schema) {
        this.schema = schema;
    }

    /** The only schema a layer of this access may read from. */
    public String schema() {
        return schema;
    }
}
