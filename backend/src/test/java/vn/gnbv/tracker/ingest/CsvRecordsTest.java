package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.common.ErrorCode;

/** Canonical CSV v1 as the reader sees it, without the server: cells, row and line numbers, refusals. */
class CsvRecordsTest {
    private static final String HEADER = "indicator,unit,period,kind,value";

    /** The reader needs only a dataset's columns: those of indicator values, without the feature behind them. */
    private static final Dataset VALUES =
            new Dataset(
                    "indicator-values",
                    "An indicator value",
                    List.of(
                            Dataset.Column.required("indicator"),
                            Dataset.Column.required("unit"),
                            Dataset.Column.required("period"),
                            Dataset.Column.required("kind"),
                            Dataset.Column.required("value"),
                            Dataset.Column.optional("category"),
                            Dataset.Column.optional("unit_as_of"),
                            Dataset.Column.optional("note"))) {
                @Override
                public RowRules rules(Connection c, Batch batch) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public BulkTable table() {
                    throw new UnsupportedOperationException();
                }
            };

    /** Each row as "number@line:cell|cell|…" (absent cells empty), or its problem code. */
    private static List<String> rows(byte[] body) throws IOException {
        List<String> out = new ArrayList<>();
        try (CsvRecords csv = new CsvRecords(new ByteArrayInputStream(body), VALUES)) {
            for (RowSource.Row r = csv.next(); r != null; r = csv.next()) {
                String cells = r.problems().isEmpty()
                        ? String.join(
                                "|",
                                Arrays.stream(r.values())
                                        .limit(5)
                                        .map(v -> v == null ? "" : v)
                                        .toList())
                        : r.problems().get(0).code().name();
                out.add(r.number() + "@" + r.line() + ":" + cells);
            }
        }
        return out;
    }

    private static List<String> rows(String body) throws IOException {
        return rows(body.getBytes(StandardCharsets.UTF_8));
    }

    private static UploadFailure refused(byte[] body) {
        return assertThrows(UploadFailure.class, () -> rows(body));
    }

    private static UploadFailure refused(String body) {
        return refused(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theReviewColumnsOfAReportsProposalsAreSkippedAnyOtherUnknownColumnIsRefused() throws IOException {
        // A reviewer's file (GET /reports/{id}/proposals as CSV) goes back as it is: its review columns hold anything.
        assertEquals(
                List.of("1@2:HH_POOR|109|2023|ACTUAL|1132"),
                rows("proposal_id," + HEADER + ",proposal_status,confidence,quote,reasons\n"
                        + "17,HH_POOR,109,2023,ACTUAL,1132,ACCEPTED,0.9,\"=1.132 hộ, 6,14 %\",nothing\n"));
        assertEquals(
                ErrorCode.CSV_HEADER_INVALID, refused(HEADER + ",proposal_note\nHH_POOR,109,2023,ACTUAL,1\n").code);
    }

    @Test
    void numbersRowsAsRecordsAndLinesAsTheFileHasThem() throws IOException {
        String body = HEADER + "\r\n"
                + "A,01,2024,ACTUAL,1\r\n"
                + "\r\n"
                + "B,01,2024,ACTUAL,\"2\"\r\n"
                + "C,01,2024,ACTUAL,\"dòng 1\ndòng 2\"\n"
                + "D,01,2024,ACTUAL,4";
        assertEquals(
                List.of(
                        "1@2:A|01|2024|ACTUAL|1",
                        "2@4:B|01|2024|ACTUAL|2",
                        "3@5:C|01|2024|ACTUAL|dòng 1\ndòng 2",
                        "4@7:D|01|2024|ACTUAL|4"),
                rows(body));
    }

    @Test
    void readsQuotesCommasEmptyCellsAndColumnsInAnyOrder() throws IOException {
        String body = "value,kind,period,unit,indicator\n" + "\"1,5\",ACTUAL,2024,,\"say \"\"hi\"\"\"\n"
                + "2,\"\",2024,01,a\"b\n";
        assertEquals(List.of("1@2:say \"hi\"||2024|ACTUAL|1,5", "2@3:a\"b|01|2024||2"), rows(body));
    }

    @Test
    void flagsRowsWithTheWrongNumberOfCellsAndReadsOn() throws IOException {
        String body = HEADER + "\nA,01,2024,ACTUAL\nB,01,2024,ACTUAL,2,extra\nC,01,2024,ACTUAL,3\n";
        assertEquals(List.of("1@2:WRONG_CELL_COUNT", "2@3:WRONG_CELL_COUNT", "3@4:C|01|2024|ACTUAL|3"), rows(body));
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        body.writeBytes((HEADER + "\nA,01,2024,ACTUAL,1\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1@2:A|01|2024|ACTUAL|1"), rows(body.toByteArray()));
    }

    @Test
    void refusesInvalidUtf8NamingTheRowThatHoldsIt() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes((HEADER + "\nA,01,2024,ACTUAL,1\n\nB,01,2024,ACTUAL,\"x\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xC3, 0x28});
        body.writeBytes("\"\nC,01,2024,ACTUAL,3\n".getBytes(StandardCharsets.UTF_8));
        UploadFailure f = refused(body.toByteArray());
        assertEquals(List.of(422, "INVALID_ENCODING", 2L), List.of(f.code.status(), f.code.name(), f.row));
        assertTrue(f.getMessage().contains("line 5"), f.getMessage());
    }

    @Test
    void refusesAQuoteNeverClosedNamingWhereItOpened() {
        UploadFailure f = refused(HEADER + "\nA,01,2024,ACTUAL,1\nB,01,2024,ACTUAL,\"open\nC,01,2024,ACTUAL,3\n");
        assertEquals(List.of(400, "MALFORMED_CSV", 2L), List.of(f.code.status(), f.code.name(), f.row));
        assertEquals("A quoted field opened on line 3 is never closed", f.getMessage());
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        UploadFailure f = refused(HEADER + "\nA,01,2024,ACTUAL,1\nB,01,2024,\"ACT\"UAL,2\n");
        assertEquals(List.of(400, "MALFORMED_CSV", 2L), List.of(f.code.status(), f.code.name(), f.row));
        assertTrue(f.getMessage().startsWith("Line 3:"), f.getMessage());
    }

    @Test
    void refusesAnEmptyFileAndABadHeader() {
        assertEquals(ErrorCode.CSV_HEADER_INVALID, refused("").code);
        UploadFailure twice = refused(HEADER + ",unit\n");
        assertEquals(List.of("CSV_HEADER_INVALID", "unit"), List.of(twice.code.name(), twice.field));
        UploadFailure missing = refused("indicator,unit,period,kind\n");
        assertEquals("value", missing.field);
    }

    @Test
    void endsCleanlyOnAHeaderWithoutRows() throws IOException {
        assertEquals(List.of(), rows(HEADER + "\n\n"));
        try (CsvRecords csv =
                new CsvRecords(new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8)), VALUES)) {
            assertNull(csv.next());
            assertTrue(csv.hasColumn("value"));
        }
    }
}
