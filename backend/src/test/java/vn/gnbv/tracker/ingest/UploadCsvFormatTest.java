package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.assertRejected;
import static vn.gnbv.tracker.ingest.UploadFixtures.csv;
import static vn.gnbv.tracker.ingest.UploadFixtures.line;
import static vn.gnbv.tracker.ingest.UploadFixtures.lineByBody;
import static vn.gnbv.tracker.ingest.UploadFixtures.lines;
import static vn.gnbv.tracker.ingest.UploadFixtures.num;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Canonical CSV version 1 as a format: header rules, column order, RFC 4180 quoting, line endings, cell counts. */
@QuarkusTest
class UploadCsvFormatTest {
    private static void headerRefused(String program, String header, String row, String column) {
        Response r = Upload.csv(FUNDING, csv(header, row)).post();
        assertEquals(422, r.statusCode(), header + " → " + r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("CSV_HEADER_INVALID", r.jsonPath().getString("code"), r.asString());
        assertTrue(r.asString().contains(column), "the refusal names column " + column + ": " + r.asString());
        assertEquals(List.of(), lines(program));
    }

    @Test
    void refusesAnUnknownMissingOrDuplicatedColumn() {
        String p = UploadFixtures.program();
        String row = line(p, "109", 2023, "ASSIGNED", "Đơn vị", "1000");
        headerRefused(p, HEADER + ",colour", row + ",blue", "colour");
        headerRefused(p, HEADER.replace(",measure", ""), row.replace(",ASSIGNED", ""), "measure");
        headerRefused(p, HEADER.replace("program,", ""), row.replace(p + ",", ""), "program");
        headerRefused(p, HEADER + ",unit", row + ",109", "unit");
        // Neither amount column, or both: a file carries exactly one of them.
        headerRefused(p, HEADER.replace(",amount_vnd", ""), row.replace(",1000", ""), "amount");
        headerRefused(p, HEADER + ",amount_million_vnd", row + ",1", "amount_million_vnd");
    }

    @Test
    void readsColumnsInAnyOrderWithOrWithoutOptionalOnes() {
        String p = UploadFixtures.program();
        String file = csv(
                "note,amount_million_vnd,measure,capital_type,source,year,unit,component,program,"
                        + "origin_year,reference,unit_as_of,implementing_body",
                "ghi chú,253.69,DISBURSED,INVESTMENT,LOCAL_PROVINCE,2023,109,DA1," + p + ",2022,QĐ 1,2023-06-01,Ngược",
                "," + "1,ASSIGNED,RECURRENT,CENTRAL,2024,03391,DA2," + p + ",,,,Thứ tự khác");
        Upload.csv(FUNDING, file).post().then().statusCode(200);
        var reversed = lineByBody(p, "Ngược");
        assertEquals(253_690_000L, num(reversed.get("amountVnd")));
        assertEquals(
                List.of("DA1", "LOCAL_PROVINCE", "INVESTMENT", "DISBURSED", 2023, 2022, "QĐ 1", "ghi chú"),
                List.of(
                        reversed.get("component"),
                        reversed.get("source"),
                        reversed.get("capitalType"),
                        reversed.get("measure"),
                        reversed.get("fiscalYear"),
                        reversed.get("originYear"),
                        reversed.get("reference"),
                        reversed.get("note")));
        assertEquals(1_000_000L, num(lineByBody(p, "Thứ tự khác").get("amountVnd")));
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndNewlines() {
        String p = UploadFixtures.program();
        String note = "Giải ngân, đợt 1: \"tạm ứng\"\nđợt 2 còn lại";
        String file = csv(
                HEADER + ",note,reference",
                line(p, "109", 2023, "ASSIGNED", "Ban \"Dân tộc\", huyện", "5") + "," + UploadFixtures.quote(note)
                        + ",\"QĐ 413, 414\"",
                line(p, "109", 2023, "DISBURSED", "Đơn vị thường", "6") + ",\"\",");
        Upload.csv(FUNDING, file).post().then().statusCode(200);
        var quoted = lineByBody(p, "Ban \"Dân tộc\", huyện");
        assertEquals(note, quoted.get("note"));
        assertEquals("QĐ 413, 414", quoted.get("reference"));
        var plain = lineByBody(p, "Đơn vị thường");
        assertEquals(6L, num(plain.get("amountVnd")));
        assertEquals(null, plain.get("note"), "an empty quoted cell is an absent value");
    }

    @Test
    void countsRowsAsRecordsNotLines() {
        String p = UploadFixtures.program();
        // Record 1 spans three lines; record 2 is the bad one.
        String file = csv(
                HEADER + ",note",
                line(p, "109", 2023, "ASSIGNED", "r1", "5") + ",\"dòng 1\ndòng 2\ndòng 3\"",
                line(p, "109", 2023, "ASSIGNED", "r2", "-5") + ",",
                line(p, "109", 2023, "ASSIGNED", "r3", "7") + ",");
        assertRejected(Upload.csv(FUNDING, file).post(), 422, "UPLOAD_REJECTED", "2 amount_vnd NEGATIVE_AMOUNT");
        assertEquals(List.of(), lines(p));
    }

    @Test
    void acceptsCrlfLineEndingsAndAMissingFinalNewline() {
        String p = UploadFixtures.program();
        String file = String.join(
                        "\r\n",
                        HEADER + ",note",
                        line(p, "109", 2023, "ASSIGNED", "crlf1", "11") + ",một",
                        line(p, "109", 2023, "ASSIGNED", "crlf2", "12") + ",\"hai, ba\"")
                + "\r\n";
        Upload.csv(FUNDING, file).post().then().statusCode(200);
        assertEquals(11L, num(lineByBody(p, "crlf1").get("amountVnd")));
        assertEquals("một", lineByBody(p, "crlf1").get("note"));
        assertEquals("hai, ba", lineByBody(p, "crlf2").get("note"));

        // The amount is the last column: a CR left in it would make it invalid.
        String noFinal = String.join(
                "\r\n",
                HEADER,
                line(p, "109", 2024, "ASSIGNED", "crlf3", "13"),
                line(p, "109", 2024, "ASSIGNED", "crlf4", "14"));
        Upload.csv(FUNDING, noFinal).post().then().statusCode(200);
        assertEquals(13L, num(lineByBody(p, "crlf3").get("amountVnd")));
        assertEquals(14L, num(lineByBody(p, "crlf4").get("amountVnd")));
    }

    @Test
    void refusesRowsWithTooManyOrTooFewCells() {
        String p = UploadFixtures.program();
        String file = csv(
                HEADER,
                line(p, "109", 2023, "ASSIGNED", "c1", "1"),
                line(p, "109", 2023, "ASSIGNED", "c2", "2") + ",extra",
                line(p, "109", 2023, "ASSIGNED", "c3", "3").replace(",RECURRENT", ""),
                line(p, "109", 2023, "ASSIGNED", "c4", "4"));
        assertRejected(
                Upload.csv(FUNDING, file).post(),
                422,
                "UPLOAD_REJECTED",
                "2 * WRONG_CELL_COUNT",
                "3 * WRONG_CELL_COUNT");
        assertEquals(List.of(), lines(p));
    }

    @Test
    void storesFormulaLikeTextVerbatim() {
        String p = UploadFixtures.program();
        String[][] texts = {
            {"=CMD(\"/C calc\")!A0", "+1", "@x"},
            {"-2+3", "=HYPERLINK(\"http://x\",\"y\")", "+84 912"},
            {"@SUM(A1:A9)", "-", "=1+1"}
        };
        StringBuilder file = new StringBuilder(HEADER + ",note,reference\n");
        for (int i = 0; i < texts.length; i++) {
            file.append(line(p, "109", 2023, "ASSIGNED", texts[i][0], String.valueOf(i)))
                    .append(',')
                    .append(UploadFixtures.quote(texts[i][1]))
                    .append(',')
                    .append(UploadFixtures.quote(texts[i][2]))
                    .append('\n');
        }
        Upload.csv(FUNDING, file.toString()).post().then().statusCode(200);
        for (String[] t : texts) {
            var l = lineByBody(p, t[0]);
            assertEquals(List.of(t[1], t[2]), List.of(l.get("note"), l.get("reference")), "stored verbatim");
        }
    }
}
