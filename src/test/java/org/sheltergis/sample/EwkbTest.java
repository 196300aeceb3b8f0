package org.sheltergis.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

class EwkbTest {

    @Test
    void rectangleIsWhatJtsWouldWrite() {
        WKBWriter jts = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN, true);
        for (double[] c : new double[][] {{1234.5, -5678.25, 100}, {-20000, 15000, 31.6227766}, {0, 0, 10}}) {
            String expected =
                    WKBWriter.toHex(jts.write(LocalProjection.toLonLat(PopulationGrid.square(c[0], c[1], c[2]))));
            String actual = Ewkb.rectangle(
                    LocalProjection.lon(c[0]),
                    LocalProjection.lat(c[1]),
                    LocalProjection.lon(c[0] + c[2]),
                    LocalProjection.lat(c[1] + c[2]));
            assertEquals(expected, actual);
        }
    }
}
