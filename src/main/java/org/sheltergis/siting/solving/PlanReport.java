package org.sheltergis.siting.solving;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answer to a solve: the plan, its numbers and the explanation, as JSON-ready maps (snake_case keys). */
public final class PlanReport {

    private PlanReport() {}

    public static Map<String, Object> of(SitingInstance instance, Selection s) {
        CoverProblem p = instance.problem();
        Explainer.Explanation why = Explainer.explain(p, s.chosen());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", s.status());
        out.put("solver", s.solver());
        List<String> ids = new ArrayList<>();
        for (Explainer.Step step : why.steps()) {
            ids.add(instance.sites().get(step.site()).id());
        }
        out.put("chosen", ids);
        out.put("covered_weight", s.objective());
        out.put("bound", s.bound());
        out.put("gap", s.gap());
        out.put("millis", s.millis());
        double cost = 0;
        for (int j : s.chosen()) {
            cost += instance.sites().get(j).cost();
        }
        out.put("cost", cost);
        out.put("sites_used", s.chosen().length);
        out.put("budget", p.budget());
        out.put("max_sites", p.maxSites());
        out.put("capacitated", p.capacitated());
        out.put("radius_m", instance.radiusM());
        out.put("parking_demand", s.tieBreak());
        out.put("demand", demand(instance, s));
        out.put("sites", sites(instance, why));
        out.put("next_best", nextBest(instance, why.nextBest()));
        return out;
    }

    private static Map<String, Object> demand(SitingInstance instance, Selection s) {
        Map<String, Object> d = new LinkedHashMap<>();
        double total = instance.totalWeight();
        double uncovered = total - instance.alreadyCoveredWeight();
        d.put("total_weight", Math.round(total));
        d.put("already_covered_weight", Math.round(instance.alreadyCoveredWeight()));
        d.put("uncovered_before", Math.round(uncovered));
        d.put(
                "reachable_by_candidates",
                java.util.stream.LongStream.of(instance.problem().weight()).sum());
        d.put("newly_covered", s.objective());
        d.put("uncovered_after", Math.max(0, Math.round(uncovered) - s.objective()));
        d.put("share_of_uncovered_closed", uncovered > 0 ? s.objective() / uncovered : 0.0);
        return d;
    }

    private static List<Map<String, Object>> sites(SitingInstance instance, Explainer.Explanation why) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Explainer.Step step : why.steps()) {
            SitingInstance.Site site = instance.sites().get(step.site());
            Map<String, Object> row = site(site);
            row.put("rank", step.rank());
            row.put("newly_covered", step.gain());
            row.put("cumulative_covered", step.cumulative());
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> nextBest(SitingInstance instance, Explainer.NextBest next) {
        if (next == null) {
            return null;
        }
        Map<String, Object> row = site(instance.sites().get(next.site()));
        row.put("would_add", next.gain());
        row.put("fits_budget", next.fitsBudget());
        row.put("fits_site_count", next.fitsSiteCount());
        return row;
    }

    private static Map<String, Object> site(SitingInstance.Site site) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", site.id());
        row.put("name", site.name());
        row.put("lon", site.lon());
        row.put("lat", site.lat());
        row.put("cost", site.cost());
        row.put("capacity", site.capacity());
        row.put(
                "nearest_existing_m",
                site.nearestExistingM() == null ? null : Math.round(site.nearestExistingM() * 10) / 10.0);
        row.put("parking_demand", site.parkingDemand());
        return row;
    }
}
