package org.sheltergis.sample;

import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Writes the analysis layers: population, plan units, candidate sites, hazards, fee ledger, POIs. */
final class LayerWriter {

    private final CopyWriter out;

    LayerWriter(CopyWriter out) {
        this.out = out;
    }

    /**
     * Streams the population grid straight into the table (at scale 100 it has millions of cells) and adds
     * each cell's people to the plan unit holding its centre. Empty cells are left out at scale 1 only.
     * Returns {cells, people}.
     */
    long[] population(PopulationGrid grid, int scale, PlanUnits units, long[] peoplePerUnit) throws SQLException {
        long[] totals = new long[2];
        out.copy("core.population", "id, kind, population, geom", w -> {
            SQLException[] failure = {null};
            grid.scan(PopulationGrid.cellSize(scale), scale > 1, (x0, y0, size, people) -> {
                if (failure[0] != null) {
                    return;
                }
                String cell = Ewkb.rectangle(
                        LocalProjection.lon(x0),
                        LocalProjection.lat(y0),
                        LocalProjection.lon(x0 + size),
                        LocalProjection.lat(y0 + size));
                try {
                    w.value(++totals[0]).value("cell").value(people).value(cell);
                    w.endRow();
                } catch (SQLException e) {
                    failure[0] = e;
                }
                totals[1] += people;
                peoplePerUnit[units.indexOf(x0 + size / 2, y0 + size / 2)] += people;
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        });
        return totals;
    }

    /** Planned population: the cells' people plus 5–15 % growth, as a control plan foresees. */
    long planUnits(PlanUnits units, long[] peoplePerUnit, Random rnd) throws SQLException {
        return out.copy("core.plan_units", "id, code, name, district_code, planned_population, geom", w -> {
            List<PlanUnits.Unit> all = units.all();
            for (int i = 0; i < all.size(); i++) {
                PlanUnits.Unit u = all.get(i);
                long planned = Math.round(peoplePerUnit[i] * Seeds.uniform(rnd, 1.06, 1.14));
                w.value(u.id())
                        .value(u.code())
                        .value(u.name())
                        .value(DistrictLoader.MAIN_URBAN_CODE)
                        .value(planned)
                        .value(DistrictLoader.asMulti(LocalProjection.toLonLat(u.geom())));
                w.endRow();
            }
        });
    }

    long sites(List<SiteRow> sites) throws SQLException {
        return out.copy(
                "core.candidate_sites",
                "id, code, kind, name, district_code, buildable_area, unit_cost, cost, geom",
                w -> {
                    for (SiteRow s : sites) {
                        w.value(s.id())
                                .value(s.code())
                                .value(s.kind())
                                .value(s.name())
                                .value(DistrictLoader.MAIN_URBAN_CODE)
                                .value(s.buildableArea())
                                .value(s.unitCost())
                                .value(s.cost())
                                .value(DistrictLoader.asMulti(LocalProjection.toLonLat(s.geom())));
                        w.endRow();
                    }
                });
    }

    long hazards(List<HazardRow> hazards) throws SQLException {
        return out.copy("core.hazards", "id, name, kind, clearance_m, geom", w -> {
            for (HazardRow h : hazards) {
                w.value(h.id())
                        .value(h.name())
                        .value(h.kind())
                        .value(h.clearanceM())
                        .value(LocalProjection.toLonLat(h.at()));
                w.endRow();
            }
        });
    }

    void ledger(FeeLedger ledger) throws SQLException {
        out.copy("core.fee_receipts", "id, project, district_code, exempted_area, rate, amount, received_on", w -> {
            for (FeeLedger.Receipt r : ledger.receipts) {
                w.value(r.id())
                        .value(r.project())
                        .value(r.districtCode())
                        .value(r.area())
                        .value(r.rate())
                        .value(r.amount())
                        .value(r.receivedOn());
                w.endRow();
            }
        });
        out.copy("core.fee_allocations", "id, site_id, district_code, amount, allocated_on, note", w -> {
            for (FeeLedger.Allocation a : ledger.allocations) {
                w.value(a.id())
                        .value(a.siteId())
                        .value(a.districtCode())
                        .value(a.amount())
                        .value(a.allocatedOn())
                        .value(a.note());
                w.endRow();
            }
        });
    }

    long pois(List<Pois.Poi> pois) throws SQLException {
        return out.copy("core.pois", "id, kind, name, address, geom", w -> {
            for (Pois.Poi p : pois) {
                Geometry at = DistrictLoader.WGS84.createPoint(new Coordinate(p.lon(), p.lat()));
                w.value(p.id())
                        .value(p.kind())
                        .value(p.name())
                        .value(p.address())
                        .value(at);
                w.endRow();
            }
        });
    }
}
