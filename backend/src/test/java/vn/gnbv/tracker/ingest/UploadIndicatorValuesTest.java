package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUES;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUE_HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.assertRejected;
import static vn.gnbv.tracker.ingest.UploadFixtures.csv;
import static vn.gnbv.tracker.ingest.UploadFixtures.values;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rules of indicator-value uploads: indicator and kind codes, units at the period, periods, exact decimals. */
@QuarkusTest
class UploadIndicatorValuesTest {
    @Test
    void refusesUnknownCodesBadPeriodsAndValuesThatAreNotPlainDecimals() {
        String hh = UploadFixtures.indicator("HOUSEHOLD");
        String header = VALUE_HEADER + ",unit_as_of";
        String file = csv(
                header,
                hh + ",109,2023,ACTUAL,10,,",
                "NO_SUCH_INDICATOR_X,109,2023,ACTUAL,10,,",
                hh + ",99999,2023,ACTUAL,10,,",
                hh + ",109,2024Q5,ACTUAL,10,,",
                hh + ",109,2024-13,ACTUAL,10,,",
                hh + ",109,2023,ACTUALLY,10,,",
                hh + ",109,2022,ACTUAL,\"12,5\",,",
                hh + ",109,2021,ACTUAL,1e3,,",
                hh + ",109,2020,ACTUAL,NaN,,",
                hh + ",109,2019,ACTUAL,-3,,",
                hh + ",109,2018,ACTUAL,2.5,,",
                // District 109 does not exist on 1 January 2026.
                hh + ",109,2026,ACTUAL,10,,",
                hh + ",109,2017,ACTUAL,10,,2024-02-30",
                hh + ",109,2016,ACTUAL,Infinity,,",
                hh + ",109,2016,PLAN,,,");
        assertRejected(
                Upload.csv(VALUES, file).post(),
                422,
                "UPLOAD_REJECTED",
                "2 indicator UNKNOWN_INDICATOR",
                "3 unit UNKNOWN_UNIT",
                "4 period INVALID_PERIOD",
                "5 period INVALID_PERIOD",
                "6 kind UNKNOWN_CODE",
                "7 value NOT_A_DECIMAL",
                "8 value NOT_A_DECIMAL",
                "9 value NOT_A_DECIMAL",
                "10 value NEGATIVE_VALUE",
                "11 value NOT_AN_INTEGER",
                "12 unit UNKNOWN_UNIT",
                "13 unit_as_of INVALID_DATE",
                "14 value NOT_A_DECIMAL",
                "15 value MISSING");
        assertEquals(List.of(), values(hh), "a refused batch writes none of its rows");
    }

    @Test
    void acceptsEveryPeriodFormStoresItCanonicallyAndKeepsDecimalsExact() {
        String hh = UploadFixtures.indicator("HOUSEHOLD");
        String pct = UploadFixtures.indicator("PERCENT");
        String file = csv(
                VALUE_HEADER + ",unit_as_of",
                hh + ",109,2023,ACTUAL,1132,ghi chú,",
                hh + ",109,2024H1,TARGET,0,,",
                hh + ",109,2024q2,PLAN,7,,",
                hh + ",109,202405,ESTIMATE,8,,",
                hh + ",109,2021-2025,BASELINE,9,,",
                hh + ",03391,2023,ACTUAL,12,,",
                hh + ",109,2026,ACTUAL,13,,2025-06-30",
                pct + ",109,2023,ACTUAL,64.917127071823204419889502762430939,,",
                pct + ",058,2023,ACTUAL,1132.2,,",
                pct + ",06,2023,ACTUAL,12.50,,");
        JsonPath report =
                Upload.csv(VALUES, file).post().then().statusCode(200).extract().jsonPath();
        assertEquals(10L, report.getLong("inserted"));
        Map<String, String> got = new TreeMap<>();
        for (Map<String, Object> v : values(hh)) {
            got.put(code(v) + " " + v.get("period") + " " + v.get("kind"), (String) v.get("value"));
        }
        assertEquals(
                new TreeMap<>(Map.of(
                        "109 2023 ACTUAL",
                        "1132",
                        "109 2024H1 TARGET",
                        "0",
                        "109 2024Q2 PLAN",
                        "7",
                        "109 2024-05 ESTIMATE",
                        "8",
                        "109 2021/2025 BASELINE",
                        "9",
                        "03391 2023 ACTUAL",
                        "12",
                        "109 2026 ACTUAL",
                        "13")),
                got);
        Map<String, String> rates = new TreeMap<>();
        for (Map<String, Object> v : values(pct)) {
            rates.put(code(v), (String) v.get("value"));
        }
        assertEquals(
                new TreeMap<>(Map.of("109", "64.917127071823204419889502762430939", "058", "1132.2", "06", "12.50")),
                rates,
                "decimals exactly as sent, never through floating point");
    }

    @Test
    void refusesOneKeyTwiceWhateverThePeriodSpelling() {
        String hh = UploadFixtures.indicator("HOUSEHOLD");
        String file = csv(
                VALUE_HEADER,
                hh + ",109,2024-05,ACTUAL,1,",
                hh + ",109,202405,ACTUAL,2,",
                hh + ",109,2024Q1,ACTUAL,3,",
                hh + ",109,2024q1,ACTUAL,4,",
                hh + ",109,2024Q1,PLAN,5,");
        assertRejected(
                Upload.csv(VALUES, file).post(),
                422,
                "UPLOAD_REJECTED",
                "2 * DUPLICATE_KEY_IN_BATCH",
                "4 * DUPLICATE_KEY_IN_BATCH");
        assertEquals(List.of(), values(hh));
    }

    @Test
    void storesNotesInNfcAndFormulaLikeNotesVerbatim() {
        String hh = UploadFixtures.indicator("HOUSEHOLD");
        String file = csv(
                VALUE_HEADER,
                hh + ",109,2023,ACTUAL,1," + UploadFixtures.nfd("Số liệu rà soát cuối năm"),
                hh + ",109,2022,ACTUAL,2,\"=SUM(A1:A9)\"",
                hh + ",109,2021,ACTUAL,3,+1",
                hh + ",109,2020,ACTUAL,4,@x");
        Upload.csv(VALUES, file).post().then().statusCode(200);
        Map<String, Object> notes = new TreeMap<>();
        for (Map<String, Object> v : values(hh)) {
            notes.put((String) v.get("period"), v.get("note"));
        }
        assertEquals(
                new TreeMap<>(Map.of(
                        "2023",
                        UploadFixtures.nfc("Số liệu rà soát cuối năm"),
                        "2022",
                        "=SUM(A1:A9)",
                        "2021",
                        "+1",
                        "2020",
                        "@x")),
                notes);
    }

    @SuppressWarnings("unchecked")
    private static String code(Map<String, Object> value) {
        return (String) ((Map<String, Object>) value.get("unit")).get("code");
    }
}
