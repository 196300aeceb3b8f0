package org.sheltergis.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The relocation-fee (易地建设费) ledger: receipts from developers over the campaign years, and a few
 * allocations to candidate sites, leaving a balance of some tens of millions of yuan for new works.
 * The 文亮 sites get no allocation: choosing them is the analysis the sample exists for.
 */
final class FeeLedger {

    record Receipt(
            long id,
            String project,
            String districtCode,
            BigDecimal area,
            BigDecimal rate,
            BigDecimal amount,
            LocalDate receivedOn) {}

    record Allocation(
            long id, long siteId, String districtCode, BigDecimal amount, LocalDate allocatedOn, String note) {}

    static final int RECEIPTS = 60;
    private static final String[] PROJECT_KINDS = {"住宅项目", "商住项目", "商业综合体项目", "安置房项目"};
    private static final String[] NOTES = {"新建人防工程前期费用", "人防工程建设资金(第一批)", "人防工程建设资金(第二批)"};

    final List<Receipt> receipts = new ArrayList<>();
    final List<Allocation> allocations = new ArrayList<>();

    FeeLedger(Random rnd, Names names, int campaignYear, List<SiteRow> sites) {
        List<Receipt> drawn = new ArrayList<>();
        for (int i = 0; i < RECEIPTS; i++) {
            double u = rnd.nextDouble();
            String district = u < 0.86 ? "320613" : u < 0.93 ? "320612" : "320614";
            BigDecimal area = BigDecimal.valueOf(Math.round(Seeds.uniform(rnd, 200, 3000) * 10), 1);
            BigDecimal rate =
                    BigDecimal.valueOf(Seeds.chance(rnd, 0.9) ? 2000 : 2500).setScale(2);
            int year = campaignYear - 4 + rnd.nextInt(5);
            // The current year's receipts stop at the end of June: the sample is a mid-year snapshot.
            int lastDay = year == campaignYear ? 181 : 365;
            String project = names.compound() + Seeds.pick(rnd, PROJECT_KINDS) + "(" + names.developer() + ")";
            drawn.add(new Receipt(
                    0,
                    project,
                    district,
                    area,
                    rate,
                    area.multiply(rate).setScale(2),
                    LocalDate.ofYearDay(year, Seeds.between(rnd, 1, lastDay))));
        }
        drawn.sort(Comparator.comparing(Receipt::receivedOn).thenComparing(Receipt::project));
        for (Receipt r : drawn) {
            receipts.add(new Receipt(
                    receipts.size() + 1,
                    r.project(),
                    r.districtCode(),
                    r.area(),
                    r.rate(),
                    r.amount(),
                    r.receivedOn()));
        }
        allocate(rnd, campaignYear, sites);
    }

    /** Spends all but 30–60 million of 崇川区's receipts on the largest ordinary sites (not the 文亮 ones). */
    private void allocate(Random rnd, int campaignYear, List<SiteRow> sites) {
        BigDecimal received = BigDecimal.ZERO;
        for (Receipt r : receipts) {
            if ("320613".equals(r.districtCode())) {
                received = received.add(r.amount());
            }
        }
        BigDecimal keep = BigDecimal.valueOf(Seeds.between(rnd, 30, 60)).multiply(BigDecimal.valueOf(1_000_000));
        BigDecimal toSpend = received.subtract(keep).max(BigDecimal.ZERO);
        List<SiteRow> chosen = sites.stream()
                .filter(s -> s.trap() == null && !s.name().startsWith("文亮"))
                .sorted(Comparator.comparingDouble(SiteRow::buildableArea)
                        .reversed()
                        .thenComparing(SiteRow::code))
                .limit(5)
                .sorted(Comparator.comparing(SiteRow::code))
                .toList();
        double totalArea = chosen.stream().mapToDouble(SiteRow::buildableArea).sum();
        for (SiteRow s : chosen) {
            // In proportion to the site's buildable area, rounded down to 10,000 yuan.
            BigDecimal share = toSpend.multiply(BigDecimal.valueOf(s.buildableArea() / totalArea))
                    .setScale(-4, RoundingMode.DOWN);
            if (share.signum() <= 0) {
                continue;
            }
            LocalDate on = LocalDate.ofYearDay(campaignYear - 2 + rnd.nextInt(2), Seeds.between(rnd, 1, 365));
            allocations.add(new Allocation(
                    allocations.size() + 1, s.id(), "320613", share.setScale(2), on, Seeds.pick(rnd, NOTES)));
        }
    }
}
