package org.sheltergis.sample;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: loads the sample at a scale into a fresh database and prints how long it took.
 *
 * <pre>
 * mvn -q -B test-compile
 * mvn -q -B dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.sheltergis.sample.SampleLoadBench 10 \
 *      jdbc:postgresql://127.0.0.1:55432/sample_bench [seed]
 * </pre>
 * with the passwords in the environment as {@code ./shelter test} sets them (see {@code DatabaseLogin}).
 */
public final class SampleLoadBench {

    private SampleLoadBench() {}

    public static void main(String[] args) throws Exception {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:55432/sample_bench";
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SampleGenerator.DEFAULT_SEED;
        TestDatabase db = new TestDatabase(url).recreate();
        long t0 = System.nanoTime();
        double cpu0 = cpuSeconds();
        SampleSummary s =
                new SampleGenerator(db.dataSource(), JsonMapper.builder().build()).generate(seed, scale, 2026);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println(s);
        // Wall time depends on what else the machine runs; the generator's own CPU time does not.
        System.out.printf(
                "scale %d: loaded in %.1f s wall, %.1f s CPU in the generator's JVM (%d works, %d cells)%n",
                scale, ms / 1000.0, cpuSeconds() - cpu0, s.works(), s.populationCells());
    }

    private static double cpuSeconds() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }
}
