package org.sheltergis.ogc.sld;

/** A style document the reader cannot turn into something the renderer can draw. */
public class SldException extends RuntimeException {

    public SldException(String message) {
        super(message);
    }
}
