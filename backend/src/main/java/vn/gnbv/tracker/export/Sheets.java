package vn.gnbv.tracker.export;

import vn.gnbv.tracker.funding.FundingSummaryService;

/** The lines every export shares: what it is about, and where its figures come from. */
final class Sheets {
    private Sheets() {}

    /** "Đơn vị: Huyện Phong Thổ (mã 109) – Chương trình GNBV-2021-2025, năm 2021–2025 – …". */
    static String subtitle(Annex.Header h) {
        return "Đơn vị: " + h.unit().name() + " (mã " + h.unit().code() + ") – Chương trình " + h.program() + ", năm "
                + h.years() + " – đơn vị hành chính tính đến ngày " + VnFormat.date(h.asOf());
    }

    /** "- Báo cáo số 215/BC-UBND ngày 14/06/2024: <title> (12 dòng số liệu)". */
    static String source(FundingSummaryService.Source s) {
        if (s.reportId() == null) {
            return "- Số liệu nhập không kèm báo cáo (" + s.lines() + " dòng số liệu)";
        }
        return "- Báo cáo số " + s.number() + " ngày " + VnFormat.date(s.issuedOn()) + ": " + s.title() + " ("
                + s.lines() + " dòng số liệu)";
    }
}
