package org.sheltergis.siting.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.NotFoundException;
import org.sheltergis.common.ShelterProperties;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.siting.Fields;
import org.sheltergis.siting.SitingProperties;
import org.sheltergis.siting.ledger.FeeLedger;
import org.sheltergis.siting.solving.PlanReport;
import org.sheltergis.siting.solving.Selection;
import org.sheltergis.siting.solving.SolveParameters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Site selection over the register's layers: reads the parameters, solves, explains, and keeps the run. */
@Component
class RegisterSiting {

    private final JdbcClient jdbc;
    private final FeeLedger ledger;
    private final SitingProperties settings;
    private final double m2PerPerson;
    private final JsonMapper json;
    private final TransactionTemplate readOnly;

    RegisterSiting(
            JdbcClient jdbc,
            FeeLedger ledger,
            SitingProperties settings,
            ShelterProperties shelter,
            JsonMapper json,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.ledger = ledger;
        this.settings = settings;
        this.m2PerPerson = settings.m2PerPerson() != null
                ? settings.m2PerPerson()
                : shelter.capacity().m2PerPerson();
        this.json = json;
    }

    RegisterInstance.Scope scope(RunRequest body) {
        String district = Fields.blankToNull(body.district());
        if (district != null
                && jdbc.sql("SELECT count(*) FROM core.districts WHERE code = :c")
                                .param("c", district)
                                .query(Long.class)
                                .single()
                        == 0) {
            throw new BadRequestException("district", "unknown district code '" + district + "'");
        }
        Double share = body.stayingShare();
        Double minArea = body.minBuildableArea();
        return new RegisterInstance.Scope(
                district,
                share != null ? share : settings.stayingShare(),
                minArea != null ? minArea : settings.minBuildableArea(),
                settings.shelteringShare(),
                m2PerPerson,
                settings.unitCost(),
                settings.parkingRadiusM(),
                settings.vehiclesPerResident());
    }

    Map<String, Object> run(RunRequest body) {
        SolveParameters params = SolveParameters.read(body, settings, true);
        RegisterInstance.Scope scope = scope(body);
        double before = ledger.balance(scope.district());
        Double budget = params.budgetFromLedger() ? Double.valueOf(Math.max(0, before)) : params.budget();
        // One read-only snapshot for all the layers; JIT off because compiling these few-row lateral plans costs
        // seconds and saves nothing.
        RegisterInstance.Loaded loaded = readOnly.execute(status -> {
            jdbc.sql("SET LOCAL jit = off").update();
            return RegisterInstance.load(jdbc, scope, params, budget);
        });
        if (loaded.eligible().isEmpty()) {
            throw new BadRequestException(
                    "candidates",
                    "no eligible candidate site" + (scope.district() == null ? "" : " in district " + scope.district())
                            + " (" + loaded.excluded().size() + " excluded)");
        }
        Selection selection = params.solve(loaded.instance().problem());
        Map<String, Object> report = PlanReport.of(loaded.instance(), selection);
        // The same people coverage analysis counts as covered (persons; the weights above are staying persons).
        @SuppressWarnings("unchecked")
        Map<String, Object> demand = (Map<String, Object>) report.get("demand");
        demand.put("total_people", Math.round(loaded.people()));
        demand.put("already_covered_people", Math.round(loaded.coveredPeople()));
        double cost = ((Number) report.get("cost")).doubleValue();

        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("radius_m", params.radiusM());
        parameters.put("budget", params.budgetFromLedger() ? "ledger" : params.budget());
        parameters.put("max_sites", params.maxSites());
        parameters.put("capacitated", params.capacitated());
        parameters.put("solver", params.solver());
        parameters.put("time_limit_s", params.timeLimit().toMillis() / 1000.0);
        parameters.put("tie_break", params.tieBreak());
        parameters.put("district", scope.district());
        parameters.put("staying_share", scope.stayingShare());
        parameters.put("min_buildable_area", scope.minBuildableArea());
        parameters.put("sheltering_share", scope.shelteringShare());
        parameters.put("m2_per_person", scope.m2PerPerson());

        Map<String, Object> ledgerFigures = new LinkedHashMap<>();
        ledgerFigures.put("district", scope.district());
        ledgerFigures.put("balance_before", before);
        ledgerFigures.put("plan_cost", cost);
        ledgerFigures.put("balance_after", before - cost);

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("parameters", parameters);
        out.putAll(report);
        out.put("ledger", ledgerFigures);
        out.put(
                "candidates",
                Map.of(
                        "eligible",
                        loaded.eligible().size(),
                        "excluded",
                        loaded.excluded().size()));
        out.put(
                "excluded",
                loaded.excluded().stream()
                        .map(c -> Map.of("id", c.code(), "name", c.name(), "reasons", c.reasons()))
                        .toList());
        out.put("geojson", features(loaded, selection, params.radiusM(), report));

        Map<String, Object> saved = jdbc.sql(SqlFiles.load("siting/insert_run.sql"))
                .param("solver", params.solver())
                .param("status", selection.status())
                .param("parameters", json.writeValueAsString(parameters))
                .param("result", json.writeValueAsString(out))
                .query()
                .singleRow();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", saved.get("id"));
        answer.put("created_at", saved.get("created_at"));
        answer.putAll(out);
        return answer;
    }

    /** A kept run, as it was answered. */
    JsonNode get(long id) {
        Map<String, Object> row =
                jdbc.sql(SqlFiles.load("siting/run.sql")).param("id", id).query().listOfRows().stream()
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("There is no siting run " + id + "."));
        var node = (tools.jackson.databind.node.ObjectNode) json.readTree((String) row.get("result"));
        var answer = json.createObjectNode();
        answer.put("id", ((Number) row.get("id")).longValue());
        answer.put("created_at", (String) row.get("created_at"));
        answer.setAll(node);
        return answer;
    }

    List<Map<String, Object>> list(int limit) {
        List<Map<String, Object>> rows = jdbc.sql(SqlFiles.load("siting/runs.sql"))
                .param("limit", limit)
                .query()
                .listOfRows();
        for (Map<String, Object> row : rows) {
            row.put("parameters", json.readTree((String) row.get("parameters")));
        }
        return rows;
    }

    private Map<String, Object> features(
            RegisterInstance.Loaded loaded, Selection selection, double radius, Map<String, Object> report) {
        Map<String, Map<String, Object>> chosenRows = new LinkedHashMap<>();
        for (Object o : (List<?>) report.get("sites")) {
            Map<?, ?> row = (Map<?, ?>) o;
            chosenRows.put((String) row.get("id"), new LinkedHashMap<>(castRow(row)));
        }
        List<RegisterInstance.Candidate> all = new ArrayList<>(loaded.eligible());
        all.addAll(loaded.excluded());
        Set<String> chosenCodes = chosenRows.keySet();
        String ids = all.stream().map(c -> Long.toString(c.id())).collect(Collectors.joining(","));
        String chosenIds = all.stream()
                .filter(c -> chosenCodes.contains(c.code()))
                .map(c -> Long.toString(c.id()))
                .collect(Collectors.joining(","));
        Map<String, RegisterInstance.Candidate> byCode =
                all.stream().collect(Collectors.toMap(RegisterInstance.Candidate::code, c -> c));
        List<Map<String, Object>> features = new ArrayList<>();
        List<Map<String, Object>> coverage = new ArrayList<>();
        for (Map<String, Object> row : jdbc.sql(SqlFiles.load("siting/site_features.sql"))
                .param("ids", ids)
                .param("chosen", chosenIds)
                .param("radius", radius)
                .query()
                .listOfRows()) {
            String code = (String) row.get("code");
            RegisterInstance.Candidate c = byCode.get(code);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", code);
            props.put("name", c.name());
            props.put("kind", c.kind());
            props.put("buildable_area", c.buildableArea());
            props.put("cost", c.cost());
            props.put("capacity", c.capacity());
            props.put(
                    "status",
                    chosenCodes.contains(code) ? "chosen" : c.reasons().isEmpty() ? "eligible" : "excluded");
            props.put("reasons", c.reasons());
            if (chosenRows.containsKey(code)) {
                props.put("rank", chosenRows.get(code).get("rank"));
                props.put("newly_covered", chosenRows.get(code).get("newly_covered"));
            }
            features.add(feature(row.get("geometry"), props));
            if (row.get("coverage") != null) {
                coverage.add(feature(row.get("coverage"), Map.of("id", code, "radius_m", radius)));
            }
        }
        return Map.of("sites", collection(features), "coverage", collection(coverage));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castRow(Map<?, ?> row) {
        return (Map<String, Object>) row;
    }

    private Map<String, Object> feature(Object geometry, Map<String, Object> props) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("geometry", json.readTree(geometry.toString()));
        f.put("properties", props);
        return f;
    }

    private static Map<String, Object> collection(List<Map<String, Object>> features) {
        return Map.of("type", "FeatureCollection", "features", features);
    }
}
