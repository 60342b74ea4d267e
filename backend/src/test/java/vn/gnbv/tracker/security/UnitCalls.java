package vn.gnbv.tracker.security;

import static vn.gnbv.tracker.security.MatrixCall.NONE;
import static vn.gnbv.tracker.security.MatrixCall.STALE;

import java.util.Map;

/** The access matrix's requests about units and their successions: reads of the side's units, ADMIN's writes. */
final class UnitCalls {
    private UnitCalls() {}

    static void define(MatrixCall.Table t) {
        t.on(
                "listUnits",
                c -> c.api()
                        .queryParam("parentId", c.side().readUnitId())
                        .queryParam("includeHistory", true)
                        .get("/api/v1/units"));
        t.on("createUnit", c -> c.json(unit()).post("/api/v1/units"));
        t.on("getUnit", c -> c.api().get("/api/v1/units/" + c.side().readUnitId()));
        t.on("updateUnit", c -> c.json(unit()).header("If-Match", STALE).put("/api/v1/units/" + NONE));
        t.on("deleteUnit", c -> c.api().header("If-Match", STALE).delete("/api/v1/units/" + NONE));
        t.on("listUnitSuccessions", c -> c.api().get("/api/v1/units/" + c.side().communeId() + "/successions"));
        t.on(
                "createUnitSuccession",
                c -> c.json(Map.of(
                                "predecessorId",
                                Long.parseLong(NONE),
                                "successorId",
                                Long.parseLong(NONE) - 1,
                                "effectiveDate",
                                "2025-07-01",
                                "kind",
                                "FULL"))
                        .post("/api/v1/unit-successions"));
        t.on(
                "getUnitSuccession",
                c -> c.api()
                        .get("/api/v1/unit-successions/" + c.side().communeId() + "/"
                                + c.side().successorId()));
        t.on("deleteUnitSuccession", c -> c.api().delete("/api/v1/unit-successions/" + NONE + "/" + NONE));
    }

    private static Map<String, Object> unit() {
        return Map.of(
                "code",
                "99999",
                "name",
                "Xã thử",
                "unitType",
                "Xã",
                "level",
                "COMMUNE",
                "parentId",
                Long.parseLong(NONE),
                "validFrom",
                "2024-01-01");
    }
}
