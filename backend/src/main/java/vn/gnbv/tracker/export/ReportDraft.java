package vn.gnbv.tracker.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import vn.gnbv.tracker.finding.FindingDto;
import vn.gnbv.tracker.funding.FundingFigures;
import vn.gnbv.tracker.funding.FundingSummaryService;
import vn.gnbv.tracker.indicator.IndicatorDtos.Rollup;

/**
 * A periodic report drafted in the shape of the seed reports' results section: the funding assigned, available,
 * disbursed and carried over per project with its rate, the indicators' results against their targets, the findings
 * still open; every number written from the annexes' figures ({@link Annex}), so the draft and its annexes agree. The
 * officer writes the assessment afterwards.
 */
final class ReportDraft {
    /** Findings listed one by one under their rule, at most; the rest are counted. */
    static final int LISTED_PER_RULE = 20;

    private final XWPFDocument doc = new XWPFDocument();

    private ReportDraft() {}

    static byte[] write(Annex.Funding f, Annex.Indicators ind, List<FindingDto.View> open, LocalDate today) {
        ReportDraft d = new ReportDraft();
        try {
            d.header(f.header(), today);
            d.funding(f);
            d.indicators(ind);
            d.findings(open);
            d.closing(f.sources());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                d.doc.close();
            } catch (IOException e) {
                // the bytes are written; nothing is held open
            }
        }
    }

    private void header(Annex.Header h, LocalDate today) {
        XWPFRun banner = para(ParagraphAlignment.CENTER).createRun();
        banner.setBold(true);
        banner.setColor("C00000");
        banner.setText(Labels.banner(h.overall()));
        line(ParagraphAlignment.LEFT, true, "ỦY BAN NHÂN DÂN " + h.unit().name().toUpperCase(Locale.ROOT));
        line(ParagraphAlignment.LEFT, false, "Số: ……/BC-UBND");
        line(
                ParagraphAlignment.RIGHT,
                false,
                "ngày " + two(today.getDayOfMonth()) + " tháng " + two(today.getMonthValue()) + " năm "
                        + today.getYear());
        line(ParagraphAlignment.CENTER, true, "BÁO CÁO");
        line(
                ParagraphAlignment.CENTER,
                true,
                "Kết quả thực hiện " + h.programName() + " năm " + h.years() + " trên địa bàn "
                        + h.unit().name());
        line(
                ParagraphAlignment.BOTH,
                false,
                "(Dự thảo do hệ thống GNBV Tracker lập ngày " + VnFormat.date(today)
                        + " từ số liệu đã nhập của chương trình " + h.program() + ", đơn vị hành chính tính đến ngày "
                        + VnFormat.date(h.asOf()) + "; mọi số liệu dưới đây lấy từ cùng số liệu với các phụ lục kèm"
                        + " theo. " + Labels.signOffs(h) + ".)");
    }

    private void funding(Annex.Funding f) {
        heading("I. KẾT QUẢ PHÂN BỔ, GIẢI NGÂN VỐN");
        Annex.ComponentRow total = f.total();
        line(
                ParagraphAlignment.BOTH,
                false,
                "Toàn chương trình, cả kỳ " + f.header().years() + ": " + sentence(total.whole()));
        for (Integer y : f.years()) {
            FundingFigures fy = total.byYear().get(y);
            if (fy != null) {
                line(ParagraphAlignment.BOTH, false, "- Năm " + y + ": " + sentence(fy));
            }
        }
        for (Annex.ComponentRow c : f.rows()) {
            if (!c.hasFigures()) {
                continue;
            }
            if (c.depth() == 0) {
                line(ParagraphAlignment.BOTH, true, c.code() + " – " + c.name());
                line(ParagraphAlignment.BOTH, false, "Cả kỳ: " + sentence(c.whole()));
                for (Integer y : f.years()) {
                    FundingFigures fy = c.byYear().get(y);
                    if (fy != null) {
                        line(ParagraphAlignment.BOTH, false, "- Năm " + y + ": " + sentence(fy));
                    }
                }
            } else {
                line(
                        ParagraphAlignment.BOTH,
                        false,
                        "+ " + c.code() + " – " + c.name() + ", cả kỳ: " + sentence(c.whole()));
            }
        }
    }

    /** One cell's figures in the reports' words; every amount exact in triệu đồng, the rate as the API computes it. */
    static String sentence(FundingFigures f) {
        if (f == null) {
            return "chưa có số liệu.";
        }
        StringBuilder sb = new StringBuilder("tổng nguồn thực hiện ")
                .append(VnFormat.money(f.availableVnd()))
                .append(" (chuyển từ năm trước ")
                .append(VnFormat.money(f.carriedInVnd()))
                .append(", giao trong kỳ ")
                .append(VnFormat.money(f.assignedVnd()))
                .append("); ");
        if (f.disbursementRate() != null) {
            sb.append("giải ngân ")
                    .append(VnFormat.money(f.disbursedVnd()))
                    .append(", đạt ")
                    .append(VnFormat.rateOfFraction(f.disbursementRate()));
        } else if (f.disbursedVnd() != 0) {
            sb.append("giải ngân ").append(VnFormat.money(f.disbursedVnd()));
        } else {
            sb.append("chưa có số liệu giải ngân");
        }
        return sb.append("; chuyển sang năm sau ")
                .append(VnFormat.money(f.carriedOutVnd()))
                .append('.')
                .toString();
    }

    private void indicators(Annex.Indicators a) {
        heading("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
        boolean any = false;
        for (Annex.IndicatorRow row : a.rows()) {
            List<String> parts = new ArrayList<>();
            for (String p : a.periods()) {
                Rollup r = row.byPeriod().get(p);
                if (r != null) {
                    parts.add(indicatorPhrase(row, p, r));
                }
            }
            if (!parts.isEmpty()) {
                any = true;
                line(
                        ParagraphAlignment.BOTH,
                        false,
                        "- " + row.name() + " (" + row.code() + "): " + String.join("; ", parts) + ".");
            }
        }
        if (!any) {
            line(ParagraphAlignment.BOTH, false, "Chưa có số liệu chỉ tiêu trong kỳ.");
        }
    }

    /** "năm 2023 thực hiện 1,96 % (mục tiêu dưới 1,83 %, chưa đạt)". */
    static String indicatorPhrase(Annex.IndicatorRow row, String period, Rollup r) {
        String when = Labels.periodInProse(period);
        StringBuilder sb = new StringBuilder(when);
        String actual = IndicatorSheet.Indicators.actual(r);
        if (actual != null) {
            sb.append(" thực hiện ").append(value(row, actual));
        }
        var t = r.target();
        if (t != null) {
            sb.append(actual != null ? " (" : " ").append("mục tiêu ");
            if (t.comparator() != null) {
                sb.append(Labels.comparator(t.comparator().name())).append(' ');
            }
            sb.append(value(row, t.value()));
            String met = IndicatorSheet.Indicators.met(r);
            if (met != null) {
                sb.append(", ").append(met.toLowerCase(Locale.ROOT));
            }
            if (actual != null) {
                sb.append(')');
            }
        }
        return sb.toString();
    }

    /** A value with its unit: rates with two decimals and " %", counts exact with the unit's word. */
    static String value(Annex.IndicatorRow row, String v) {
        BigDecimal d = new BigDecimal(v);
        if ("PERCENT".equals(row.unitOfMeasure())) {
            return VnFormat.percent(d);
        }
        return VnFormat.number(d) + " " + Labels.unitOfMeasure(row.unitOfMeasure());
    }

    private void findings(List<FindingDto.View> open) {
        heading("III. NHỮNG SỐ LIỆU CHƯA KHỚP CẦN GIẢI TRÌNH");
        if (open.isEmpty()) {
            line(ParagraphAlignment.BOTH, false, "Không còn phát hiện nào chưa xử lý.");
            return;
        }
        Map<String, List<FindingDto.View>> byRule = new TreeMap<>();
        open.forEach(
                v -> byRule.computeIfAbsent(v.rule(), k -> new ArrayList<>()).add(v));
        line(ParagraphAlignment.BOTH, false, "Còn " + open.size() + " phát hiện chưa xử lý:");
        byRule.forEach((rule, list) -> {
            line(
                    ParagraphAlignment.BOTH,
                    false,
                    "- " + Labels.rule(rule) + " (" + rule + "): " + list.size() + " phát hiện");
            list.stream().limit(LISTED_PER_RULE).forEach(v -> line(ParagraphAlignment.BOTH, false, "+ " + finding(v)));
            if (list.size() > LISTED_PER_RULE) {
                line(ParagraphAlignment.BOTH, false, "+ và " + (list.size() - LISTED_PER_RULE) + " phát hiện khác.");
            }
        });
    }

    /** "#12 Huyện Phong Thổ, năm 2023: số báo cáo 1.046 triệu đồng, số tính từ các phần 1.098 triệu đồng". */
    static String finding(FindingDto.View v) {
        String when =
                v.fiscalYear() != null ? ", năm " + v.fiscalYear() : v.period() != null ? ", kỳ " + v.period() : "";
        StringBuilder sb = new StringBuilder("#" + v.id() + " " + v.unit().name() + when + ": " + v.relation());
        boolean money = "funding-lines".equals(v.dataset());
        if (v.actual() != null) {
            sb.append("; số báo cáo ").append(amount(v.actual(), money));
        }
        if (v.expected() != null) {
            sb.append("; số tính lại ").append(amount(v.expected(), money));
        }
        return sb.toString();
    }

    private static String amount(BigDecimal v, boolean money) {
        return money ? VnFormat.money(v.longValueExact()) : VnFormat.number(v);
    }

    private void closing(List<FundingSummaryService.Source> sources) {
        heading("IV. ĐÁNH GIÁ CHUNG, TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN");
        line(ParagraphAlignment.BOTH, false, "(Phần đánh giá do cán bộ viết.)");
        line(ParagraphAlignment.BOTH, true, "Nguồn số liệu");
        if (sources.isEmpty()) {
            line(ParagraphAlignment.BOTH, false, "- Chưa có số liệu vốn.");
        }
        sources.forEach(s -> line(ParagraphAlignment.BOTH, false, Sheets.source(s)));
        line(
                ParagraphAlignment.BOTH,
                false,
                "Phụ lục kèm theo: biểu vốn (theo mẫu Phụ lục V, VI) và biểu chỉ tiêu (theo mẫu Phụ lục II) xuất từ"
                        + " GNBV Tracker cho cùng đơn vị và cùng kỳ.");
    }

    private XWPFParagraph para(ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        return p;
    }

    private void line(ParagraphAlignment align, boolean bold, String text) {
        XWPFRun r = para(align).createRun();
        r.setBold(bold);
        r.setFontFamily("Times New Roman");
        r.setFontSize(13);
        r.setText(text);
    }

    private void heading(String text) {
        line(ParagraphAlignment.LEFT, true, text);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
