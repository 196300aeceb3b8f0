package org.sheltergis.sample;

import java.util.List;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole sample in memory except the population cells, which are streamed while writing. Built in a
 * fixed order, each part from its own random stream, so a seed always gives the same sample.
 */
final class SampleModel {

    List<District> districts;
    PopulationGrid grid;
    List<WorkRow> works;
    PlanUnits planUnits;
    List<SiteRow> sites;
    List<HazardRow> hazards;
    FeeLedger ledger;
    double coverageShare;

    private SampleModel() {}

    static SampleModel build(JsonMapper json, long seed, int scale, int campaignYear) {
        Seeds seeds = new Seeds(seed);
        SampleModel m = new SampleModel();
        m.districts = DistrictLoader.load(json);
        District main = m.districts.stream()
                .filter(District::mainUrban)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no main urban district in the boundaries"));
        CityArea area = new CityArea(main);
        m.grid = new PopulationGrid(area, new DensityModel(area, seed), SampleGenerator.TOTAL_POPULATION);
        PeopleMap people = PeopleMap.build(area, m.grid);

        // Realistic basement sizes up to scale 10; beyond that outlines shrink so the works still fit the city.
        double areaScale = Math.min(1.0, 10.0 / scale);
        List<Polygon> outlines = new WorksPlacer(area, people, scale, areaScale)
                .place(seeds.stream("works"), SampleGenerator.WORKS_AT_SCALE_1 * scale);
        Names names = new Names(seeds.stream("names"));
        m.works = new WorkProfiler(seeds.stream("profile"), names, campaignYear).profile(outlines, scale);
        new CampaignFacts(seeds.stream("campaign"), campaignYear).apply(m.works, scale);

        boolean[] covered = people.emptyCover();
        BucketIndex footprints = new BucketIndex();
        for (WorkRow w : m.works) {
            footprints.add(w.footprint);
            if (w.publicInService()) {
                for (WorkRow.Entrance e : w.entrances) {
                    people.cover(covered, e.at().x, e.at().y, SitePlacer.SERVICE_RADIUS_M);
                }
            }
        }
        m.coverageShare = people.coveredShare(covered);

        m.hazards = new HazardPlacer(area, people, footprints).place(seeds.stream("hazards"), scale);
        m.sites = new SitePlacer(
                        area, people, footprints, m.hazards, new SiteNames(seeds.stream("site-names")), covered)
                .place(seeds.stream("sites"), scale);
        m.planUnits = new PlanUnits(area, seeds.stream("plan-units"));
        m.ledger =
                new FeeLedger(seeds.stream("ledger"), new Names(seeds.stream("ledger-names")), campaignYear, m.sites);
        return m;
    }
}
