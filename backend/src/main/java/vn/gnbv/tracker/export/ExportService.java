package vn.gnbv.tracker.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.finding.FindingDto;
import vn.gnbv.tracker.finding.FindingService;
import vn.gnbv.tracker.finding.FindingStatus;

/**
 * The exports: the annexes as XLSX sheets or CSV tables, and the drafted report. Each reads its figures once, in one
 * transaction (one snapshot), through {@link AnnexFigures}; scope is checked there, as the API checks it.
 */
@ApplicationScoped
public class ExportService {
    /** Dates in the drafted report are Vietnam's. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final int FINDINGS_PAGE = 500;

    @Inject
    AnnexFigures figures;

    @Inject
    FindingService findings;

    @Transactional
    public byte[] fundingXlsx(AnnexFigures.Query q) {
        try (Xlsx x = new Xlsx()) {
            FundingSheet.write(x, figures.funding(q));
            return x.bytes();
        }
    }

    @Transactional
    public String fundingCsv(AnnexFigures.Query q) {
        return AnnexCsv.funding(figures.funding(q));
    }

    @Transactional
    public byte[] indicatorsXlsx(AnnexFigures.Query q) {
        try (Xlsx x = new Xlsx()) {
            IndicatorSheet.write(x, figures.indicators(q));
            return x.bytes();
        }
    }

    @Transactional
    public String indicatorsCsv(AnnexFigures.Query q) {
        return AnnexCsv.indicators(figures.indicators(q));
    }

    /** The drafted report (.docx) of a unit, program and range of years, dated today. */
    @Transactional
    public byte[] draft(AnnexFigures.Query given) {
        AnnexFigures.Query q = figures.resolved(given);
        Annex.Funding f = figures.funding(q);
        Annex.Indicators ind = figures.indicators(q);
        return ReportDraft.write(f, ind, openFindings(q, f.header()), LocalDate.now(VIETNAM));
    }

    /**
     * The open findings of the unit's subtree and program whose year or period lies in the range; a finding about the
     * whole phase (neither) is listed too.
     */
    private List<FindingDto.View> openFindings(AnnexFigures.Query q, Annex.Header h) {
        FindingService.Query fq = new FindingService.Query(
                q.unit(), q.asOf(), true, q.program(), null, null, null, null, null, FindingStatus.OPEN, null, null);
        LocalDate from = LocalDate.of(h.firstYear(), 1, 1);
        LocalDate to = LocalDate.of(h.lastYear(), 12, 31);
        List<FindingDto.View> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<FindingDto.View> page = findings.list(fq, FINDINGS_PAGE, cursor);
            for (FindingDto.View v : page.items()) {
                if (inRange(v, h, from, to)) {
                    out.add(v);
                }
            }
            cursor = page.next();
        } while (cursor != null);
        return out;
    }

    private static boolean inRange(FindingDto.View v, Annex.Header h, LocalDate from, LocalDate to) {
        if (v.fiscalYear() != null) {
            return v.fiscalYear() >= h.firstYear() && v.fiscalYear() <= h.lastYear();
        }
        if (v.period() != null) {
            return Period.tryParse(v.period()).map(p -> p.overlaps(from, to)).orElse(true);
        }
        return true;
    }
}
