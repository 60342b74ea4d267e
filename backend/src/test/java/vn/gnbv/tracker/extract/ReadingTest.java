package vn.gnbv.tracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Numbers, words, amounts and documents as the seeds print them, without Quarkus or a database. */
class ReadingTest {
    @Test
    void vietnameseNumbers() {
        assertEquals(new BigDecimal("1957.5"), VnNumber.parse("1.957,5").value());
        assertEquals(new BigDecimal("253.69"), VnNumber.parse("253,69").value());
        assertEquals(
                new BigDecimal("2393204179"), VnNumber.parse("2.393.204.179").value());
        assertNull(VnNumber.parse("1.957,5").doubt());
        // the seeds' misprints are read and flagged
        assertEquals(
                Reason.Code.NUMBER_DECIMAL_POINT,
                VnNumber.parse("30.05").doubt().code());
        assertEquals(new BigDecimal("1.8"), VnNumber.parse("1, 8").value());
        Reason space = VnNumber.parse("1, 8").doubt();
        assertEquals(Reason.Code.NUMBER_SPACE_AFTER_COMMA, space.code());
        assertEquals(java.util.Map.of("printed", "1, 8", "read", "1,8"), space.params());
        assertEquals(
                Reason.Code.NUMBER_COMMA_OR_THOUSANDS,
                VnNumber.parse("5,257").doubt().code());
    }

    @Test
    void numbersInWords() {
        assertEquals(22_000_000L, VnWords.value("hai muoi hai trieu"));
        assertEquals(10_000_000L, VnWords.value("muoi trieu"));
        assertEquals(1_250_000L, VnWords.value("mot trieu hai tram nam muoi nghin"));
        assertNull(VnWords.value("hai muoi hai con de"));
    }

    private static List<Money.Amount> amounts(String s) {
        String nfc = Fold.nfc(s);
        return Money.find(nfc, Fold.of(nfc));
    }

    @Test
    void amountsInEveryUnit() {
        List<Money.Amount> a =
                amounts("giải ngân 1.957/6.629 triệu đồng, đạt 29,52%; 253,69 triệu đồng; 1,8 tỷ; 45.259.891đ");
        assertEquals(
                List.of(1_957_000_000L, 6_629_000_000L, 253_690_000L, 1_800_000_000L, 45_259_891L),
                a.stream().map(Money.Amount::vnd).toList());
        assertTrue(a.get(1).denominator());
        // "tỷ lệ" is a rate, not billions
        assertTrue(amounts("năm 2025 tỷ lệ hộ nghèo 3%").isEmpty());
        // the unit printed before the number (000 l.73)
        Money.Amount first = amounts("Ngân sách Trung ương triệu 763 đồng").get(0);
        assertEquals(763_000_000L, first.vnd());
        assertEquals(Reason.Code.UNIT_BEFORE_NUMBER, first.doubts().get(0).code());
        assertEquals("763 triệu đồng", first.doubts().get(0).params().get("read"));
    }

    @Test
    void unsafeAmountsCarryAWarning() {
        Money.Amount a = amounts("là: 2.393.204.179 triệu đồng vốn sự nghiệp").get(0);
        assertEquals(2_393_204_179_000_000L, a.vnd());
        assertEquals(
                Reason.Code.AMOUNT_IMPLAUSIBLE,
                a.doubts().get(0).code(),
                a.doubts().toString());
        assertTrue(
                a.doubts().get(0).message().contains("implausible"), a.doubts().toString());
        Money.Amount words = amounts("Kinh phí thực hiện: 13.000.000 đ (*Hai mươi hai triệu đồng chẵn*).")
                .get(0);
        assertEquals(Reason.Code.AMOUNT_WORDS_DISAGREE, words.doubts().get(0).code());
        assertEquals(
                "22000000",
                words.doubts().get(0).params().get("words"),
                words.doubts().toString());
        assertEquals("13000000", words.doubts().get(0).params().get("figure"));
    }

    @Test
    void foldingKeepsOffsetsAndIgnoresNormalisation() {
        String nfd = Normalizer.normalize("Tiểu dự án 1: Cải thiện dinh dưỡng", Normalizer.Form.NFD);
        String nfc = Fold.nfc(nfd);
        assertEquals(nfc.length(), Fold.of(nfc).length());
        assertEquals("tieu du an 1: cai thien dinh duong", Fold.of(nfc));
    }

    @Test
    void componentsByNumberAndName() {
        Components c = new Components(List.of(
                new Catalogue.Component("DA3", "PROJECT", 3, null, "Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng"),
                new Catalogue.Component("DA3.TDA2", "SUB_PROJECT", 2, "DA3", "Cải thiện dinh dưỡng"),
                new Catalogue.Component(
                        "DA4", "PROJECT", 4, null, "Phát triển giáo dục nghề nghiệp, việc làm bền vững"),
                new Catalogue.Component(
                        "DA4.TDA2", "SUB_PROJECT", 2, "DA4", "Hỗ trợ người lao động đi làm việc ở nước ngoài")));
        String f = "tieu du an 2: ho tro nguoi lao dong di lam viec o nuoc ngoai, du an 4: phat trien";
        Components.Mention m = c.find(f, 0, f.length());
        assertEquals("DA4.TDA2", c.code(m.project(), m.sub()));
        assertEquals("DA3.TDA2", c.byName("- cai thien dinh duong"));
        assertEquals("DA4.TDA2", c.subByName(": ho tro nguoi lao dong di lam viec o nuoc ngoai theo hop dong", 2));
    }

    @Test
    void measuresByTheirVerbs() {
        String f = Fold.of("c) giải ngân kế hoạch vốn ngân sách trung ương giai đoạn 2021-2024 là ");
        assertEquals("DISBURSED", Cues.measure(f, 0, f.length()).code());
        String g = Fold.of("kết dư chuyển nguồn sang năm 2023 ");
        assertEquals("CARRIED", Cues.measure(g, 0, g.length()).code());
        String h = Fold.of("đã nộp trả ngân sách huyện ");
        assertEquals("RETURNED", Cues.measure(h, 0, h.length()).code());
        assertEquals("LOCAL_DISTRICT", Cues.source(h, 0, h.length()).code());
    }

    @Test
    void wordParagraphsAndTableCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Dự án 2: Đa dạng hóa sinh kế");
            XWPFTable t = doc.createTable(1, 2);
            t.getRow(0).getCell(0).setText("Năm 2022");
            t.getRow(0).getCell(1).setText("giải ngân 1.957 triệu đồng");
            doc.write(out);
        }
        DocumentText text = DocumentReader.read(out.toByteArray(), DocumentReader.DOCX);
        assertEquals(
                List.of("p.1", "t.1 r.1 c.1", "t.1 r.1 c.2"),
                text.blocks().stream().map(DocumentText.Block::locator).toList());
        assertEquals("giải ngân 1.957 triệu đồng", text.blockText(text.blocks().get(2)));
    }

    @Test
    void pdfPagesAndLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(50, 700);
                s.showText("Kinh phi 4.550 trieu dong");
                s.endText();
            }
            doc.save(out);
        }
        DocumentText text = DocumentReader.read(out.toByteArray(), DocumentReader.PDF);
        assertEquals("page 1 l.1", text.blocks().get(0).locator());
        assertTrue(text.text().contains("4.550"));
        assertThrows(
                DocumentReader.Unreadable.class,
                () -> DocumentReader.read("x".getBytes(StandardCharsets.UTF_8), DocumentReader.PDF));
        assertThrows(
                DocumentReader.Unreadable.class,
                () -> DocumentReader.read(new byte[] {(byte) 0xC3, 0x28}, DocumentReader.TEXT));
    }

    /** A catalogue of one component (DA2), no unit names, every indicator. */
    private static Catalogue da2() {
        return new Catalogue() {
            @Override
            public List<Program> programs() {
                return List.of(new Program("GNBV-2021-2025", 2021, 2025));
            }

            @Override
            public List<Component> components(String program) {
                return List.of(
                        new Component("DA2", "PROJECT", 2, null, "Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo"));
            }

            @Override
            public java.util.Optional<String> unitNamed(String name) {
                return java.util.Optional.empty();
            }

            @Override
            public boolean indicatorExists(String code) {
                return true;
            }
        };
    }

    @Test
    void aTextFilesOffsetsAreOffsetsIntoTheFileLeadingEmptyLinesIncluded() {
        String file = "\r\n\r\nDự án 2: Đa dạng hóa sinh kế\r\nNăm 2022: giải ngân 1.957 triệu đồng.\r\n";
        DocumentText doc = DocumentText.ofLines(file);
        String shown = file.replace("\r\n", "\n"); // what the page rebuilds from the file
        assertEquals(shown, doc.text());
        assertEquals(
                List.of("l.1", "l.2", "l.3", "l.4", "l.5"),
                doc.blocks().stream().map(DocumentText.Block::locator).toList());
        assertEquals("Dự án 2: Đa dạng hóa sinh kế", doc.blockText(doc.blocks().get(2)));
        List<Proposal> p = Extractor.read(
                doc,
                new ReportContext("109", "GNBV-2021-2025", java.time.LocalDate.of(2024, 8, 1), "2021/2024"),
                da2());
        assertEquals(1, p.size(), p.toString());
        Proposal.Citation c = p.get(0).citations().get(0);
        assertEquals("l.4", c.locator());
        assertEquals("1.957", shown.substring(c.start(), c.end()));
        assertTrue(p.get(0).quote().contains(shown.substring(c.start(), c.end())));
        // A Word file whose first paragraph is empty: the same, one newline per block.
        DocumentText.Builder b = new DocumentText.Builder();
        DocumentText docx =
                b.add("p.1", "").add("p.2", "giải ngân 1.957 triệu đồng").build();
        assertEquals("\ngiải ngân 1.957 triệu đồng", docx.text());
        assertEquals(1, docx.blocks().get(1).start());
    }

    @Test
    void aFigureStatedTwiceIsOneProposalCitingBoth() {
        Catalogue none = da2();
        DocumentText doc = DocumentText.ofLines(
                "Dự án 2: Đa dạng hóa sinh kế\nNăm 2022: giải ngân 1.957 triệu đồng.\n\nNăm 2022: giải ngân 1.957 triệu đồng.");
        List<Proposal> p = Extractor.read(
                doc, new ReportContext("109", "GNBV-2021-2025", java.time.LocalDate.of(2024, 8, 1), "2021/2024"), none);
        assertEquals(1, p.size(), p.toString());
        Proposal only = p.get(0);
        assertEquals("DA2", only.component());
        assertEquals(2022, only.year());
        assertEquals("DISBURSED", only.measure());
        assertEquals(1_957_000_000L, only.amountVnd());
        assertEquals(
                List.of("l.2", "l.4"),
                only.citations().stream().map(Proposal.Citation::locator).toList());
        assertEquals(
                "1.957",
                doc.text()
                        .substring(
                                only.citations().get(0).start(),
                                only.citations().get(0).end()));
    }
}
