package vn.gnbv.tracker.funding;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.gnbv.tracker.funding.FundingFixtures.create;
import static vn.gnbv.tracker.funding.FundingFixtures.createDuplicate;
import static vn.gnbv.tracker.funding.FundingFixtures.etag;
import static vn.gnbv.tracker.funding.FundingFixtures.line;
import static vn.gnbv.tracker.funding.FundingFixtures.with;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/** The natural key: "unspecified" is a key value, implementing bodies compare in key form, upsert by key. */
@QuarkusTest
class FundingLineKeyTest {
    @Inject
    FundingLineService service;

    @Test
    void unspecifiedOriginYearIsAKeyValueNotAWildcard() {
        var base = line("DA4.TDA1", "03394", 2023, "CARRIED_IN", 1_070_000_000L);
        long unspecified = create(base);
        long from2022 = create(with(base, "originYear", 2022));
        assertNotEquals(unspecified, from2022);
        createDuplicate(base);
        createDuplicate(with(base, "originYear", 2022));
    }

    @Test
    void unspecifiedImplementingBodyIsAKeyValue() {
        var unspecified = line("DA4.TDA2", "03394", 2023, "ASSIGNED", 957_000_000L);
        unspecified.remove("implementingBody");
        // Upsert: the unspecified-body line may exist from an earlier run on the same database.
        long plain = service.upsert(input(unspecified)).line().id();
        long named = create(with(unspecified, "implementingBody", FundingFixtures.uniqueBody()));
        assertNotEquals(plain, named);
        createDuplicate(unspecified);
        createDuplicate(with(unspecified, "implementingBody", "   "));
    }

    @Test
    void implementingBodyCollidesAcrossNfdSpacingAndCase() {
        String body = "Trung tâm Dịch vụ nông nghiệp huyện " + FundingFixtures.uniqueBody();
        var base = with(line("DA2", "03394", 2024, "ASSIGNED", 3_700_000_000L), "implementingBody", body);
        create(base);
        createDuplicate(with(base, "implementingBody", Normalizer.normalize(body, Normalizer.Form.NFD)));
        createDuplicate(with(base, "implementingBody", "  " + body.replace(" ", "   ") + "  "));
        createDuplicate(with(base, "implementingBody", body.toUpperCase(java.util.Locale.ROOT)));
    }

    @Test
    void concurrentCreatesOfOneKeyGiveOneLineAndConflictsNeverAnError() throws Exception {
        var body = line("DA3.TDA2", "03394", 2024, "ALLOCATED", 1_525_000_000L);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var calls = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> Api.json(body)
                        .post("/api/v1/funding-lines")
                        .then()
                        .extract()
                        .statusCode()));
            }
            var statuses = new java.util.ArrayList<Integer>();
            for (var c : calls) {
                statuses.add(c.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void updateOntoAnotherLinesKeyIsAConflict() {
        var first = line("DA6.TDA2", "03394", 2022, "ASSIGNED", 72_000_000L);
        long a = create(first);
        var second = with(first, "measure", "DISBURSED");
        long b = create(second);
        Api.json(first)
                .header("If-Match", etag(b))
                .put("/api/v1/funding-lines/" + b)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", is("DUPLICATE_KEY"));
        // Re-saving a line under its own key is not a conflict.
        Api.json(with(first, "note", "checked"))
                .header("If-Match", etag(a))
                .put("/api/v1/funding-lines/" + a)
                .then()
                .statusCode(200)
                .body("note", is("checked"));
    }

    @Test
    void upsertCreatesThenUpdatesThenLeavesUnchanged() {
        Map<String, Object> m = line("DA7.TDA2", "03394", 2022, "DISBURSED", 13_000_000L);
        FundingLineInput in = input(m);
        var first = service.upsert(in);
        assertEquals(FundingLineService.Outcome.CREATED, first.outcome());
        var again = service.upsert(in);
        assertEquals(FundingLineService.Outcome.UNCHANGED, again.outcome());
        assertEquals(first.line().id(), again.line().id());
        assertEquals(0, again.line().version());
        var changed = service.upsert(input(with(m, "amountVnd", 14_000_000L)));
        assertEquals(FundingLineService.Outcome.UPDATED, changed.outcome());
        assertEquals(first.line().id(), changed.line().id());
        assertEquals(14_000_000L, changed.line().amountVnd());
        assertEquals(1, changed.line().version());
    }

    private static FundingLineInput input(Map<String, Object> m) {
        Map<String, Object> v = new HashMap<>(m);
        return new FundingLineInput(
                (String) v.get("program"),
                (String) v.get("component"),
                (String) v.get("unit"),
                null,
                (Integer) v.get("fiscalYear"),
                (String) v.get("source"),
                (String) v.get("capitalType"),
                (String) v.get("measure"),
                (String) v.get("implementingBody"),
                (Integer) v.get("originYear"),
                ((Number) v.get("amountVnd")).longValue(),
                (String) v.get("reference"),
                (String) v.get("note"),
                null,
                null);
    }
}
