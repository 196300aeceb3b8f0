package org.sheltergis.siting.solving;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark, not a test (bench/siting/sjc.sh runs it): the exact solver against CBC (coinor-cbc from Debian) on the
 * published maximal-covering instances of São José dos Campos (Lorena &amp; Pereira 2002). Every node is a demand
 * point and a candidate; distances are the instances' planar metres. CBC gets the textbook model as an LP file (one
 * row per node, every node a column), as a modeller would write it; ours gets the same instance through the
 * production path (demand grouping, then {@link ExactSolver}). In the same run, one case after the other, it prints a
 * Markdown table with wall and CPU seconds of both, the objectives, and our status, bound and gap.
 *
 * <p>Arguments: DIR NODES(comma list) RADII(comma list) SITES(comma list) BACKENDS(comma list: scip, cbc, cp-sat,
 * cp-sat-8, cp-sat-lin2) LIMIT_SECONDS.
 */
public final class SjcBenchmark {

    private SjcBenchmark() {}

    record Instance(String name, double[] x, double[] y, long[] demand) {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String[] nodes = args[1].split(",");
        String[] radii = args[2].split(",");
        String[] sites = args[3].split(",");
        String[] backends = args[4].split(",");
        int limit = Integer.parseInt(args[5]);
        Path work = Files.createTempDirectory("sjc");
        ExactSolver.solve(SolverBruteForceTest.randomProblem(new java.util.Random(1), false), Duration.ofSeconds(5));
        System.out.println(
                "| instance | radius m | p | demand rows (grouped) | candidates (kept) | CBC s wall / cpu "
                        + "| CBC objective | backend | ours s wall / cpu | ours status | objective | bound | gap | wall ours / CBC | load |");
        System.out.println("|---|---:|---:|---:|---:|---|---:|---|---|---|---:|---:|---:|---:|---|");
        for (String n : nodes) {
            Instance in = read(dir, n.trim());
            for (String r : radii) {
                for (String p : sites) {
                    double radius = Double.parseDouble(r);
                    int count = Integer.parseInt(p.trim());
                    CoverProblem problem = problem(in, radius, count);
                    CoverReduction reduced = CoverReduction.of(problem);
                    Path lp = work.resolve("sjc" + n + "_" + r + "_" + p + ".lp");
                    Files.writeString(lp, lp(in, radius, count));
                    Cbc cbc = cbc(lp, limit);
                    for (String b : backends) {
                        ExactSolver.Backend backend = backend(b.trim());
                        double cpu0 = cpu();
                        long t0 = System.nanoTime();
                        Selection s = ExactSolver.solve(problem, Duration.ofSeconds(limit), backend);
                        double wall = (System.nanoTime() - t0) / 1e9;
                        double cpu = cpu() - cpu0;
                        System.out.printf(
                                Locale.ROOT,
                                "| SJC%s | %s | %s | %d | %d of %d | %.2f / %.2f | %s %s | %s | %.2f / %.2f | %s | %d | %d | %.2f %% | %.2f | %s |%n",
                                n,
                                r,
                                p,
                                problem.demands(),
                                reduced.reduced().sites(),
                                problem.sites(),
                                cbc.wall,
                                cbc.cpu,
                                cbc.status,
                                cbc.objective,
                                b.trim(),
                                wall,
                                cpu,
                                s.status(),
                                s.objective(),
                                s.bound(),
                                s.gap() * 100,
                                wall / cbc.wall,
                                Files.readString(Path.of("/proc/loadavg"))
                                        .substring(0, 14)
                                        .trim());
                    }
                }
            }
        }
    }

    static ExactSolver.Backend backend(String name) {
        return switch (name) {
            case "scip" -> ExactSolver.Backend.SCIP;
            case "cbc" -> new ExactSolver.Backend("CBC", 1, 0);
            case "cp-sat" -> ExactSolver.Backend.cpSat(2, 1);
            case "cp-sat-8" -> ExactSolver.Backend.cpSat(8, 1);
            case "cp-sat-lin2" -> ExactSolver.Backend.cpSat(2, 2);
            default -> throw new IllegalArgumentException("unknown backend " + name);
        };
    }

    static Instance read(Path dir, String n) throws IOException {
        List<String> coords = lines(dir.resolve("SJC" + n + ".txt"));
        List<String> demand = lines(dir.resolve("demand-SJC" + n + ".dat"));
        int count = Integer.parseInt(coords.get(0).trim());
        double[] x = new double[count];
        double[] y = new double[count];
        long[] w = new long[count];
        for (int i = 0; i < count; i++) {
            String[] xy = coords.get(i + 1).trim().split("\\s+");
            x[i] = Double.parseDouble(xy[0]);
            y[i] = Double.parseDouble(xy[1]);
            w[i] = Long.parseLong(demand.get(i).trim());
        }
        return new Instance("SJC" + n, x, y, w);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    }

    static boolean covers(Instance in, int i, int j, double radius) {
        double dx = in.x[i] - in.x[j];
        double dy = in.y[i] - in.y[j];
        return dx * dx + dy * dy <= radius * radius;
    }

    /** The instance as the production code builds one: demand grouped by the candidates that cover it. */
    static CoverProblem problem(Instance in, double radius, int sites) {
        int n = in.demand.length;
        var groups = new SitingInstance.DemandGroups();
        for (int i = 0; i < n; i++) {
            List<Integer> by = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (covers(in, i, j, radius)) {
                    by.add(j);
                }
            }
            groups.add(in.demand[i], by.stream().mapToInt(Integer::intValue).toArray());
        }
        return groups.problem(new long[n], new long[n], new long[n], null, sites, false);
    }

    /** The textbook model in CPLEX LP format: max Σ w_i y_i, y_i ≤ Σ_{j covers i} x_j, Σ x_j ≤ p, 0 ≤ y ≤ 1. */
    static String lp(Instance in, double radius, int sites) {
        int n = in.demand.length;
        StringBuilder b = new StringBuilder("Maximize\n obj:");
        for (int i = 0; i < n; i++) {
            b.append(" + ").append(in.demand[i]).append(" y").append(i);
        }
        b.append("\nSubject To\n");
        for (int i = 0; i < n; i++) {
            b.append(" c").append(i).append(": y").append(i);
            for (int j = 0; j < n; j++) {
                if (covers(in, i, j, radius)) {
                    b.append(" - x").append(j);
                }
            }
            b.append(" <= 0\n");
        }
        b.append(" p:");
        for (int j = 0; j < n; j++) {
            b.append(" + x").append(j);
        }
        b.append(" <= ").append(sites).append("\nBounds\n");
        for (int i = 0; i < n; i++) {
            b.append(" 0 <= y").append(i).append(" <= 1\n");
        }
        b.append("Binaries\n");
        for (int j = 0; j < n; j++) {
            b.append(" x").append(j).append('\n');
        }
        return b.append("End\n").toString();
    }

    record Cbc(String status, String objective, double wall, double cpu) {}

    /** Runs Debian's cbc on the LP file; wall time measured here, CPU time as CBC reports it. */
    static Cbc cbc(Path lp, int limit) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process proc = new ProcessBuilder("cbc", lp.toString(), "sec", String.valueOf(limit), "solve")
                .redirectErrorStream(true)
                .start();
        String out = new String(proc.getInputStream().readAllBytes());
        proc.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        String status = find(out, "Result - (.*)", "?");
        String objective = find(out, "Objective value:\\s+([0-9.]+)", "?");
        double cpu = Double.parseDouble(find(out, "Total time \\(CPU seconds\\):\\s+([0-9.]+)", "NaN"));
        return new Cbc(status.contains("Optimal") ? "optimal" : status, objective.replaceAll("\\.0+$", ""), wall, cpu);
    }

    private static String find(String text, String regex, String otherwise) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1).trim() : otherwise;
    }

    private static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }
}
