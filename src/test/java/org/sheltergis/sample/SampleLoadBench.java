package org.sheltergis.sample;

/**
 * Not a test: loads the sample at a scale into a fresh database and prints how long it took.
 *
 * <pre>
 * mvn -q -B test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.sheltergis.sample.SampleLoadBench 10 \
 *      jdbc:postgresql://127.0.0.1:55432/sample_bench
 * </pre>
 */
public final class SampleLoadBench {

    private SampleLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:55432/sample_bench";
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SampleGenerator.DEFAULT_SEED;
        TestDatabase db = new TestDatabase(url).recreate();
        long t0 = System.nanoTime();
        SampleSummary s = new SampleGenerator(db.dataSource()).generate(seed, scale, 2026);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println(s);
        System.out.printf("scale %d: loaded in %.1f s (%d works, %d cells)%n", scale, ms / 1000.0, s.works(),
                s.populationCells());
    }
}
