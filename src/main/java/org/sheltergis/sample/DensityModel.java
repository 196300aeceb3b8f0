package org.sheltergis.sample;

/**
 * Where people live in 崇川区: a few Gaussian centres over a low rural floor, with gentle seeded noise.
 *
 * <p>{@link #raw} is relative; {@link PopulationGrid} scales it so the district holds the target total. The
 * field is continuous, so a finer grid (a larger scale factor) samples the same city.
 */
final class DensityModel {

    // lon, lat, relative peak, sigma in metres
    private static final double[][] CENTRES = {
        {120.866, 32.010, 30000, 1400}, // old town inside the 濠河 ring
        {WenliangSite.LON, WenliangSite.LAT, 9000, 420}, // dense lanes around 文亮小学
        {120.820, 32.040, 14000, 1300}, // 港闸
        {120.830, 32.060, 12000, 1000}, // 唐闸
        {120.900, 31.990, 18000, 1500}, // 新城
        {120.950, 31.950, 11000, 1700}, // 开发区
        {120.930, 32.040, 5000, 1200}, // 秦灶
        {120.880, 31.955, 4000, 1100}, // 狼山 / 五山
        {121.000, 31.905, 4000, 1200}, // 小海
    };
    private static final double RURAL_FLOOR = 150;
    private static final double NOISE_CELL_M = 400;

    private final CityArea area;
    private final long noiseSeed;
    private final double[] cx = new double[CENTRES.length];
    private final double[] cy = new double[CENTRES.length];

    DensityModel(CityArea area, long seed) {
        this.area = area;
        this.noiseSeed = Seeds.mix(seed ^ 0x5eed_de45L);
        for (int i = 0; i < CENTRES.length; i++) {
            cx[i] = LocalProjection.x(CENTRES[i][0]);
            cy[i] = LocalProjection.y(CENTRES[i][1]);
        }
    }

    /** Relative density at a point in local metres; zero on water and outside the district. */
    double raw(double x, double y) {
        if (!area.onLand(x, y)) {
            return 0;
        }
        return rawOnLand(x, y);
    }

    /** As {@link #raw} for a point the caller already knows is on land. */
    double rawOnLand(double x, double y) {
        double d = RURAL_FLOOR;
        for (int i = 0; i < CENTRES.length; i++) {
            double dx = x - cx[i];
            double dy = y - cy[i];
            double s = CENTRES[i][3];
            d += CENTRES[i][2] * StrictMath.exp(-(dx * dx + dy * dy) / (2 * s * s));
        }
        return d * noise(x, y);
    }

    /** Smooth value noise in [0.6, 1.4]: neighbourhoods differ, the field stays continuous. */
    private double noise(double x, double y) {
        double gx = x / NOISE_CELL_M;
        double gy = y / NOISE_CELL_M;
        long ix = (long) Math.floor(gx);
        long iy = (long) Math.floor(gy);
        double fx = smooth(gx - ix);
        double fy = smooth(gy - iy);
        double a = lattice(ix, iy);
        double b = lattice(ix + 1, iy);
        double c = lattice(ix, iy + 1);
        double d = lattice(ix + 1, iy + 1);
        double v = a + (b - a) * fx + (c - a) * fy + (a - b - c + d) * fx * fy;
        return 0.6 + 0.8 * v;
    }

    private double lattice(long ix, long iy) {
        long h = Seeds.mix(noiseSeed ^ (ix * 0x9E3779B97F4A7C15L) ^ (iy * 0xC2B2AE3D27D4EB4FL));
        return (h >>> 11) * 0x1.0p-53;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }
}
