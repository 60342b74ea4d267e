package vn.gnbv.tracker.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reform walk on its own, without Quarkus or a database. Two reforms: on R1 old province 1 (communes 11, 12)
 * becomes province 2; on R2 province 2 becomes province 3 (communes 31, 32) and province 4 (commune 41).
 */
class ReformWalkTest {
    private static final LocalDate R1 = LocalDate.of(2025, 7, 1);
    private static final LocalDate R2 = LocalDate.of(2030, 1, 1);
    private static final LocalDate AFTER_R2 = LocalDate.of(2031, 1, 1);

    private static UnitLookup.Unit unit(long id, String path, LocalDate from, LocalDate to) {
        UnitLevel level = path.split("/").length == 2 ? UnitLevel.PROVINCE : UnitLevel.COMMUNE;
        return new UnitLookup.Unit(id, String.valueOf(id), "Unit " + id, level, path, from, to);
    }

    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);
    private static final UnitLookup.Unit P1 = unit(1, "/1/", EPOCH, R1.minusDays(1));
    private static final UnitLookup.Unit A = unit(11, "/1/11/", EPOCH, R1.minusDays(1));
    private static final UnitLookup.Unit A2 = unit(12, "/1/12/", EPOCH, R1.minusDays(1));
    private static final UnitLookup.Unit P2 = unit(2, "/2/", R1, R2.minusDays(1));
    private static final UnitLookup.Unit B = unit(21, "/2/21/", R1, R2.minusDays(1));
    private static final UnitLookup.Unit B2 = unit(22, "/2/22/", R1, R2.minusDays(1));
    private static final UnitLookup.Unit P3 = unit(3, "/3/", R2, null);
    private static final UnitLookup.Unit C = unit(31, "/3/31/", R2, null);
    private static final UnitLookup.Unit C2 = unit(32, "/3/32/", R2, null);
    private static final UnitLookup.Unit P4 = unit(4, "/4/", R2, null);
    private static final UnitLookup.Unit D = unit(41, "/4/41/", R2, null);

    private static ReformWalk.Link link(UnitLookup.Unit from, UnitLookup.Unit to) {
        return new ReformWalk.Link(from.id(), to);
    }

    /** The walk for a target in the last era: the old units are provinces 1 and 2 with their communes. */
    private static ReformWalk walk(LocalDate asOf, List<ReformWalk.Link> links) {
        List<UnitLookup.Unit> old = new ArrayList<>();
        for (UnitLookup.Unit u : List.of(P1, A, A2, P2, B, B2)) {
            if (u.validTo().isBefore(asOf)) {
                old.add(u);
            }
        }
        return new ReformWalk(asOf, old, links);
    }

    private static Map<Long, ReformCoverage.Covered> covered(ReformWalk w, UnitLookup.Unit target) {
        return w.covered(target).stream()
                .collect(Collectors.toMap(ReformCoverage.Covered::unitId, Function.identity()));
    }

    /** A merged into B, later B into C (and the province likewise): A's territory, and figures, end in C. */
    private static List<ReformWalk.Link> mergedTwice() {
        return List.of(link(P1, P2), link(A, B), link(A2, B2), link(P2, P3), link(B, C), link(B2, C2));
    }

    @Test
    void aUnitMergedTwiceEndsInTheUnitOfTheSecondReform() {
        ReformWalk w = walk(AFTER_R2, mergedTwice());
        assertEquals(Set.of(C.id()), w.ends(A.id()));
        assertEquals(Set.of(P3.id(), C.id(), C2.id()), w.reach(P1.id()));
        Map<Long, ReformCoverage.Covered> c = covered(w, C);
        assertTrue(c.get(A.id()).whole(), "A counts toward C");
        assertFalse(c.containsKey(A2.id()), "A2 ends in C2, not in C");
        assertFalse(c.get(P1.id()).whole(), "old province 1 is only partly inside C");
        Map<Long, ReformCoverage.Covered> province = covered(w, P3);
        assertTrue(province.get(P1.id()).whole());
        assertNull(province.get(P1.id()).childId(), "spread over communes 31 and 32, and the province itself");
        assertEquals(C.id(), province.get(A.id()).childId(), "wholly inside commune 31");
        assertEquals(List.of(P1.id(), P2.id()), w.roots());
    }

    @Test
    void betweenTheReformsTheWalkStopsAtTheUnitValidThen() {
        ReformWalk w = walk(R1.plusDays(10), mergedTwice());
        assertEquals(Set.of(B.id()), w.ends(A.id()));
        assertTrue(covered(w, B).get(A.id()).whole());
        assertEquals(List.of(P1.id()), w.roots(), "province 2 is not superseded yet");
    }

    @Test
    void aSplitOnTheSecondReformMakesTheFirstReformsUnitPartial() {
        // B split (PARTIAL links) between C in province 3 and D in province 4.
        List<ReformWalk.Link> links = List.of(link(A, B), link(B, C), link(B, D));
        ReformWalk w = walk(AFTER_R2, links);
        assertEquals(Set.of(C.id(), D.id()), w.ends(A.id()));
        assertFalse(covered(w, C).get(A.id()).whole(), "listed as partial in C");
        assertFalse(covered(w, D).get(A.id()).whole(), "and in D: never counted twice");
        assertFalse(covered(w, P3).get(A.id()).whole());
    }

    @Test
    void aSplitOnTheFirstReformIsPartialWhereOnlyOnePieceLands() {
        // A split between B and B2, which the second reform puts into C and D.
        List<ReformWalk.Link> links = List.of(link(A, B), link(A, B2), link(B, C), link(B2, D));
        ReformWalk w = walk(AFTER_R2, links);
        assertFalse(covered(w, P3).get(A.id()).whole());
        assertFalse(covered(w, P4).get(A.id()).whole());
    }

    @Test
    void aSplitWhosePiecesAllLandInsideTheTargetCountsThere() {
        // A split between B and B2; both pieces end in province 3 (communes 31 and 32): whole there, as today.
        List<ReformWalk.Link> links = List.of(link(A, B), link(A, B2), link(B, C), link(B2, C2));
        ReformWalk w = walk(AFTER_R2, links);
        ReformCoverage.Covered a = covered(w, P3).get(A.id());
        assertTrue(a.whole());
        assertNull(a.childId(), "spread over two communes");
        assertFalse(covered(w, C).get(A.id()).whole());
    }

    @Test
    void aCycleInTheLinksEndsTheWalk() {
        // A data error: B leads back to A. The walk visits each unit once and still finds C.
        List<ReformWalk.Link> links = List.of(link(A, B), link(B, A), link(B, C));
        ReformWalk w = walk(AFTER_R2, links);
        assertEquals(Set.of(C.id()), w.ends(A.id()));
        ReformWalk closed = walk(AFTER_R2, List.of(link(A, B), link(B, A)));
        assertEquals(Set.of(), closed.ends(A.id()), "a closed loop ends nowhere");
        assertTrue(closed.covered(C).isEmpty());
    }

    @Test
    void aTrailThatStopsInASupersededUnitEndsThere() {
        // B ended with no recorded successor: A's territory was last recorded in B.
        ReformWalk w = walk(AFTER_R2, List.of(link(A, B)));
        assertEquals(Set.of(B.id()), w.ends(A.id()));
        assertTrue(covered(w, C).isEmpty());
    }

    @Test
    void parentIdIsReadOffThePath() {
        assertNull(P1.parentId());
        assertEquals(1L, A.parentId());
        assertEquals(345L, unit(9, "/12/345/6789/", EPOCH, null).parentId());
    }
}
