package org.sheltergis.siting.solving;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * When sites have a capacity, the people a set of sites can take is a max flow: source → demand (its weight) →
 * any chosen site covering it → sink (the site's capacity). Dinic's algorithm on that bipartite network.
 */
final class CapacitatedCover {

    private final int[] head;
    private int[] next = new int[16];
    private int[] to = new int[16];
    private long[] cap = new long[16];
    private int edges;
    private int[] level;
    private int[] it;

    private CapacitatedCover(int nodes) {
        head = new int[nodes];
        Arrays.fill(head, -1);
    }

    static long maxCovered(CoverProblem p, int[] chosen) {
        int n = p.demands();
        int k = chosen.length;
        int source = n + k;
        int sink = source + 1;
        CapacitatedCover g = new CapacitatedCover(n + k + 2);
        boolean[] linked = new boolean[n];
        for (int s = 0; s < k; s++) {
            int j = chosen[s];
            g.add(n + s, sink, p.capacity()[j]);
            for (int i : p.covers()[j]) {
                g.add(i, n + s, Long.MAX_VALUE / 4);
                if (!linked[i]) {
                    linked[i] = true;
                    g.add(source, i, p.weight()[i]);
                }
            }
        }
        return g.flow(source, sink);
    }

    private void add(int u, int v, long c) {
        grow();
        to[edges] = v;
        cap[edges] = c;
        next[edges] = head[u];
        head[u] = edges++;
        to[edges] = u;
        cap[edges] = 0;
        next[edges] = head[v];
        head[v] = edges++;
    }

    private void grow() {
        if (edges + 2 > to.length) {
            int size = to.length * 2;
            next = Arrays.copyOf(next, size);
            to = Arrays.copyOf(to, size);
            cap = Arrays.copyOf(cap, size);
        }
    }

    private long flow(int s, int t) {
        long total = 0;
        level = new int[head.length];
        it = new int[head.length];
        while (bfs(s, t)) {
            System.arraycopy(head, 0, it, 0, head.length);
            long f;
            while ((f = dfs(s, t, Long.MAX_VALUE)) > 0) {
                total += f;
            }
        }
        return total;
    }

    private boolean bfs(int s, int t) {
        Arrays.fill(level, -1);
        level[s] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(s);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int e = head[u]; e >= 0; e = next[e]) {
                if (cap[e] > 0 && level[to[e]] < 0) {
                    level[to[e]] = level[u] + 1;
                    queue.add(to[e]);
                }
            }
        }
        return level[t] >= 0;
    }

    // The network has depth 3, so recursion stays shallow.
    private long dfs(int u, int t, long pushed) {
        if (u == t) {
            return pushed;
        }
        for (; it[u] >= 0; it[u] = next[it[u]]) {
            int e = it[u];
            int v = to[e];
            if (cap[e] > 0 && level[v] == level[u] + 1) {
                long d = dfs(v, t, Math.min(pushed, cap[e]));
                if (d > 0) {
                    cap[e] -= d;
                    cap[e ^ 1] += d;
                    return d;
                }
            }
        }
        return 0;
    }
}
