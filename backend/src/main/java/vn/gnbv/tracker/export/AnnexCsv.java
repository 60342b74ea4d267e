package vn.gnbv.tracker.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.gnbv.tracker.common.CsvCells;
import vn.gnbv.tracker.funding.FundingFigures;
import vn.gnbv.tracker.indicator.IndicatorDtos.Rollup;

/**
 * The annexes' tables as CSV, one row per figure cell (long form, exact: amounts in đồng, rates as the API gives
 * them), each with the sign-off status of its period (DRAFT, APPROVED). Written through {@link CsvCells}, so a text cell a spreadsheet
 * would run as a formula starts with an apostrophe, as in the pulls.
 */
final class AnnexCsv {
    static final String[] FUNDING = {
        "status",
        "component",
        "component_kind",
        "component_name",
        "fiscal_year",
        "carried_in_vnd",
        "assigned_vnd",
        "available_vnd",
        "disbursed_vnd",
        "disbursement_rate",
        "carried_out_vnd"
    };

    static final String[] INDICATORS = {
        "status", "indicator", "indicator_name", "unit_of_measure", "period", "actual", "target", "comparator", "met"
    };

    private AnnexCsv() {}

    /** The program's total first (no component), then each component with figures, its years and then the range. */
    static String funding(Annex.Funding f) {
        List<String[]> rows = new ArrayList<>();
        List<Annex.ComponentRow> all = new ArrayList<>();
        all.add(f.total());
        all.addAll(f.rows());
        for (Annex.ComponentRow c : all) {
            if (!c.hasFigures()) {
                continue;
            }
            for (Integer y : f.years()) {
                FundingFigures fig = c.byYear().get(y);
                if (fig != null) {
                    rows.add(funding(status(f.header(), String.valueOf(y)), c, String.valueOf(y), fig));
                }
            }
            if (c.whole() != null) {
                rows.add(funding(f.header().overall().name(), c, null, c.whole()));
            }
        }
        return write(FUNDING, rows);
    }

    private static String[] funding(String status, Annex.ComponentRow c, String year, FundingFigures f) {
        return new String[] {
            status,
            c.code(),
            c.kind(),
            c.name(),
            year,
            String.valueOf(f.carriedInVnd()),
            String.valueOf(f.assignedVnd()),
            String.valueOf(f.availableVnd()),
            String.valueOf(f.disbursedVnd()),
            plain(f.disbursementRate()),
            String.valueOf(f.carriedOutVnd())
        };
    }

    static String indicators(Annex.Indicators a) {
        List<String[]> rows = new ArrayList<>();
        for (Annex.IndicatorRow ind : a.rows()) {
            for (String p : a.periods()) {
                Rollup r = ind.byPeriod().get(p);
                if (r == null) {
                    continue;
                }
                var t = r.target();
                rows.add(new String[] {
                    status(a.header(), p),
                    ind.code(),
                    ind.name(),
                    ind.unitOfMeasure(),
                    p,
                    IndicatorSheet.Indicators.actual(r),
                    t == null ? null : t.value(),
                    t == null || t.comparator() == null ? null : t.comparator().name(),
                    t == null || t.met() == null ? null : t.met().toString()
                });
            }
        }
        return write(INDICATORS, rows);
    }

    private static String status(Annex.Header h, String period) {
        SignOffStatus.Status s = h.signOff().get(period);
        if (s == null && !period.contains("/")) {
            s = h.signOff().get(period.substring(0, 4)); // a half, quarter or month: its year's sign-off
        }
        return (s == null ? h.overall() : s).name();
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static String write(String[] header, List<String[]> rows) {
        StringWriter out = new StringWriter();
        try {
            CsvCells.writeRow(out, header);
            for (String[] r : rows) {
                CsvCells.writeRow(out, r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
