package vn.gnbv.tracker.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.funding.FundingFigures;
import vn.gnbv.tracker.funding.FundingSummaryService;
import vn.gnbv.tracker.geo.UnitRef;
import vn.gnbv.tracker.indicator.IndicatorDtos.Rollup;

/**
 * The figures of the annexes, read once from the features that own them (funding summary, indicator roll-ups); the
 * XLSX sheets, their CSV tables and the drafted report are all written from these records, so none can say another
 * number than the others or than the API.
 */
final class Annex {
    private Annex() {}

    /** What every export names: the unit, program, years, the date units are read at, the sign-off of each period. */
    record Header(
            String program,
            String programName,
            UnitRef unit,
            LocalDate asOf,
            int firstYear,
            int lastYear,
            Map<String, SignOffStatus.Status> signOff) {
        /** APPROVED only when every period the export covers is. */
        SignOffStatus.Status overall() {
            return signOff.values().stream().allMatch(s -> s == SignOffStatus.Status.APPROVED)
                    ? SignOffStatus.Status.APPROVED
                    : SignOffStatus.Status.DRAFT;
        }

        /** "2021–2025", or one year. */
        String years() {
            return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
        }
    }

    /**
     * A component of the phase (project, sub-project, content) in the phase's order; {@code byYear} holds the years
     * with figures, {@code whole} the range (the summary's row without a fiscal year); both absent without lines.
     */
    record ComponentRow(
            String code,
            String kind,
            String name,
            int depth,
            Map<Integer, FundingFigures> byYear,
            FundingFigures whole) {
        boolean hasFigures() {
            return whole != null || !byYear.isEmpty();
        }
    }

    /** The funding annex: one row per component, then the program's total, and the reports the lines cite. */
    record Funding(
            Header header,
            List<Integer> years,
            List<ComponentRow> rows,
            ComponentRow total,
            List<FundingSummaryService.Source> sources) {}

    /** One indicator: its roll-up (kind ACTUAL, with the unit's own target) per period that has one. */
    record IndicatorRow(String code, String name, String unitOfMeasure, Map<String, Rollup> byPeriod) {}

    /** The indicator annex: each year of the range, then the range itself as a period ("2021/2025"). */
    record Indicators(Header header, List<String> periods, List<IndicatorRow> rows) {}
}
