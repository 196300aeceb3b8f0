package org.sheltergis.common;

/**
 * Geodesic distance on the WGS84 / CGCS2000 ellipsoid (Vincenty's inverse formula; the two ellipsoids differ by
 * far less than a millimetre here). The one distance Java measures itself, where no database geometry is at hand
 * (site selection's explicit instances, the nearest-shelter search's straight line to a network-chosen entrance);
 * it agrees with PostGIS {@code ST_Distance(geography)} to the millimetre (GeodesicTest). Also the one rule for
 * how many degrees a distance can span, for cutting candidates in degrees before measuring them.
 */
public final class Geodesic {

    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257223563;
    private static final double B = A * (1 - F);
    /** A degree of latitude on the ellipsoid is shortest at the equator: π/180 × a(1 − e²), rounded down. */
    private static final double MIN_METRES_PER_DEGREE_OF_LATITUDE = 110_574;
    /** A degree of the equator: π/180 × a, rounded down. */
    private static final double METRES_PER_DEGREE_OF_LONGITUDE_AT_EQUATOR = 111_319;

    private Geodesic() {}

    /** Metres between two lon/lat points on the ellipsoid. */
    public static double metres(double lon1, double lat1, double lon2, double lat2) {
        double l = Math.toRadians(lon2 - lon1);
        double u1 = Math.atan((1 - F) * Math.tan(Math.toRadians(lat1)));
        double u2 = Math.atan((1 - F) * Math.tan(Math.toRadians(lat2)));
        double sinU1 = Math.sin(u1), cosU1 = Math.cos(u1), sinU2 = Math.sin(u2), cosU2 = Math.cos(u2);
        double lambda = l;
        for (int iteration = 0; iteration < 200; iteration++) {
            double sinLambda = Math.sin(lambda), cosLambda = Math.cos(lambda);
            double sinSigma =
                    Math.sqrt(Math.pow(cosU2 * sinLambda, 2) + Math.pow(cosU1 * sinU2 - sinU1 * cosU2 * cosLambda, 2));
            if (sinSigma == 0) {
                return 0;
            }
            double cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
            double sigma = Math.atan2(sinSigma, cosSigma);
            double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            double cos2Alpha = 1 - sinAlpha * sinAlpha;
            double cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cos2Alpha;
            double c = F / 16 * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
            double previous = lambda;
            lambda = l
                    + (1 - c)
                            * F
                            * sinAlpha
                            * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            if (Math.abs(lambda - previous) < 1e-12) {
                double uSq = cos2Alpha * (A * A - B * B) / (B * B);
                double bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
                double bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
                double deltaSigma = bigB
                        * sinSigma
                        * (cos2SigmaM
                                + bigB
                                        / 4
                                        * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                                                - bigB
                                                        / 6
                                                        * cos2SigmaM
                                                        * (-3 + 4 * sinSigma * sinSigma)
                                                        * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
                return B * bigA * (sigma - deltaSigma);
            }
        }
        // Nearly antipodal points (never in one city): the mean-sphere great circle is close enough.
        return haversine(lon1, lat1, lon2, lat2);
    }

    /**
     * Degrees of latitude that hold every point within {@code metres}: a degree of latitude is at least 110,574 m on
     * the ellipsoid (at the equator); 1 % is left for the geodesic's bend. For cutting candidates in degrees before
     * {@link #metres} measures them (a box, {@code ST_Expand}, {@code &&}).
     */
    public static double latitudeSpan(double metres) {
        return metres / MIN_METRES_PER_DEGREE_OF_LATITUDE * 1.01;
    }

    /**
     * Degrees of longitude that hold every point within {@code metres} of a point at latitude {@code lat}: a degree
     * of longitude is at least 111,319 m × cos φ at the farthest latitude such a point can have; 1 % is left for the
     * geodesic's bend away from the parallel. At most 180 (near a pole every longitude is near).
     */
    public static double longitudeSpan(double metres, double lat) {
        double far = Math.min(89.9, Math.abs(lat) + latitudeSpan(metres));
        return Math.min(
                180, metres / (METRES_PER_DEGREE_OF_LONGITUDE_AT_EQUATOR * Math.cos(Math.toRadians(far))) * 1.01);
    }

    /**
     * The least distance in metres of any point {@code degrees} or more away, in plain lon/lat degrees (as a KNN cut
     * on geometries measures), from a point at latitude {@code lat}: the spans turned round, with the same margin.
     */
    public static double leastMetres(double degrees, double lat) {
        double far = Math.min(89.9, Math.abs(lat) + degrees);
        double perDegree = Math.min(
                MIN_METRES_PER_DEGREE_OF_LATITUDE,
                METRES_PER_DEGREE_OF_LONGITUDE_AT_EQUATOR * Math.cos(Math.toRadians(far)));
        return perDegree * degrees / 1.01;
    }

    private static double haversine(double lon1, double lat1, double lon2, double lat2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
