package org.sheltergis.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one distance Java measures agrees with PostGIS's ST_Distance(geography) (on the spheroid) to the centimetre. */
@IntegrationTest
class GeodesicTest {

    @Autowired
    JdbcClient register;

    @Test
    void agreesWithPostgisGeographyToTheCentimetre() {
        double[][] pairs = {
            {120.894, 32.008, 120.89328805265133, 32.00821398530237}, // a shelter entrance, ~70 m
            {120.864706, 32.00484, 120.937892, 31.945201}, // across the main urban area, ~9 km
            {120.19, 31.63, 121.96, 32.72}, // corner to corner of Nantong, ~200 km
            {120.9, 32.0, 120.9, 32.0018}, // due north, 200 m
            {120.9, 32.0, 120.90212, 32.0}, // due east, 200 m
            {116.39, 39.91, 121.47, 31.23}, // Beijing to Shanghai, ~1,070 km
        };
        for (double[] p : pairs) {
            double postgis = register.sql("""
                    SELECT ST_Distance(ST_SetSRID(ST_MakePoint(:lon1, :lat1), 4326)::geography,
                                       ST_SetSRID(ST_MakePoint(:lon2, :lat2), 4326)::geography)""")
                    .param("lon1", p[0])
                    .param("lat1", p[1])
                    .param("lon2", p[2])
                    .param("lat2", p[3])
                    .query(Double.class)
                    .single();
            assertThat(Geodesic.metres(p[0], p[1], p[2], p[3]))
                    .as("distance %s", java.util.Arrays.toString(p))
                    .isCloseTo(postgis, within(0.01));
        }
    }

    @Test
    void theSamePointIsZeroAndTheDistanceIsSymmetric() {
        assertThat(Geodesic.metres(120.9, 32.0, 120.9, 32.0)).isZero();
        assertThat(Geodesic.metres(120.1, 31.7, 121.9, 32.6))
                .isCloseTo(Geodesic.metres(121.9, 32.6, 120.1, 31.7), within(1e-6));
    }
}
