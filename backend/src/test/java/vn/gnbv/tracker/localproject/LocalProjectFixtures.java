package vn.gnbv.tracker.localproject;

import java.util.HashMap;
import java.util.Map;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.program.Fixtures;

/** What the local-project API tests share: a program of their own, a valid body, a create that must succeed. */
final class LocalProjectFixtures {
    static final String PROJECTS = "/api/v1/local-projects";

    private LocalProjectFixtures() {}

    /** A fresh program with DA1 → DA1.TDA1 → DA1.TDA1.ND1 and DA2, so filters see only this test's rows. */
    static String program() {
        long p = Fixtures.createProgram(2021, 2025);
        long da1 = Fixtures.createComponent(p, null, "PROJECT", "DA1", 1);
        long tda1 = Fixtures.createComponent(p, da1, "SUB_PROJECT", "DA1.TDA1", 1);
        Fixtures.createComponent(p, tda1, "CONTENT", "DA1.TDA1.ND1", 1);
        Fixtures.createComponent(p, null, "PROJECT", "DA2", 2);
        return Fixtures.code(p);
    }

    /** A valid body: a project of {@code unit} (a code at 2024-06-01) under the component, 592.3 million VND. */
    static Map<String, Object> project(String program, String component, String unit, String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("program", program);
        m.put("component", component);
        m.put("unit", unit);
        m.put("unitAsOf", "2024-06-01");
        m.put("name", name);
        m.put("approvalReference", "QĐ 1234/QĐ-UBND 12/05/2023");
        m.put("startDate", "2023-05-12");
        m.put("endDate", "2024-12-31");
        m.put("status", "IN_PROGRESS");
        m.put("budget", Map.of("stateVnd", 500_000_000L, "peopleCounterpartVnd", 92_300_000L, "otherVnd", 0));
        m.put("households", Map.of("poor", 10, "nearPoor", 3, "newlyEscaped", 1, "ethnicMinority", 4, "other", 0));
        m.put("note", "Thử nghiệm");
        return m;
    }

    /** Creates the project (201) and gives its id. */
    static long create(Map<String, Object> body) {
        return ((Number) Api.json(body)
                        .post(PROJECTS)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }
}
