package vn.gnbv.tracker.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.geo.ReformWalk;
import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.geo.UnitLookup.Unit;
import vn.gnbv.tracker.indicator.IndicatorDtos.PartialReason;
import vn.gnbv.tracker.indicator.RollupEngine.Figure;
import vn.gnbv.tracker.indicator.RollupEngine.Mapping;

/**
 * The roll-up arithmetic in memory, without Quarkus or a database. asOf is in 2024, when districts still existed.
 * Current target: province 1 with district 10 (communes 101, 102, 103) and district 20 (communes 201, 202). Province 2
 * and its district 30 stay valid but lie outside the target. Superseded units live under /2/ (moved between
 * provinces on R1 or R2), so their parent is not superseded and each is a root of the walk, as
 * {@code ReformCoverage} would load them.
 */
class RollupEngineTest {
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);
    private static final LocalDate R1 = LocalDate.of(2008, 8, 1);
    private static final LocalDate R2 = LocalDate.of(2019, 1, 1);
    private static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);

    private static Unit unit(long id, String path, LocalDate from, LocalDate to) {
        UnitLevel level = UnitLevel.values()[path.split("/").length - 2];
        return new Unit(id, String.valueOf(id), "Unit " + id, level, path, from, to);
    }

    private static Unit current(long id, String path) {
        return unit(id, path, EPOCH, null);
    }

    private static Unit old(long id, String path) {
        return unit(id, path, EPOCH, R2.minusDays(1));
    }

    private static final Unit P = current(1, "/1/");
    private static final Unit D1 = current(10, "/1/10/");
    private static final Unit C101 = current(101, "/1/10/101/");
    private static final Unit C102 = current(102, "/1/10/102/");
    private static final Unit C103 = current(103, "/1/10/103/");
    private static final Unit D2 = current(20, "/1/20/");
    private static final Unit C201 = current(201, "/1/20/201/");
    private static final Unit C202 = current(202, "/1/20/202/");
    private static final Unit OUTSIDE = current(30, "/2/30/");

    private static ReformWalk.Link link(Unit from, Unit to) {
        return new ReformWalk.Link(from.id(), to);
    }

    /** The engine over province 1's subtree; values are passed per series to figure(), as RollupService does. */
    private static RollupEngine engine(List<Unit> old, List<ReformWalk.Link> links) {
        Map<Long, Unit> current = Stream.of(P, D1, C101, C102, C103, D2, C201, C202)
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        return new RollupEngine(new RollupData.Snapshot(current, new ReformWalk(AS_OF, old, links), Map.of()));
    }

    private static RollupEngine noReform() {
        return engine(List.of(), List.of());
    }

    /** Values by unit id, given as id, value pairs. */
    private static Map<Long, BigDecimal> series(Object... idValue) {
        Map<Long, BigDecimal> m = new HashMap<>();
        for (int i = 0; i < idValue.length; i += 2) {
            m.put(((Number) idValue[i]).longValue(), new BigDecimal((String) idValue[i + 1]));
        }
        return m;
    }

    /** Exact value, scale included: the engine only adds, so "100" must stay "100", not "100.0". */
    private static void assertValue(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual);
    }

    private static void assertFigure(String value, Set<Long> contributors, Figure f) {
        assertValue(value, f.value());
        assertEquals(contributors, f.contributors());
    }

    @Test
    void ownValueBeatsChildrenAndNoValuesGiveNull() {
        RollupEngine e = noReform();
        // District 10 reports 100 itself; its communes' 30 + 40 are not added to it.
        Map<Long, BigDecimal> s = series(10, "100", 101, "30", 102, "40", 201, "5", 202, "7");
        Figure d1 = e.mapping(D1).figure(s);
        assertFigure("100", Set.of(10L), d1);
        assertValue("100", d1.own());
        assertValue("70", d1.children()); // children are still summed, for the "reported vs children" view
        // District 20 reports nothing: the sum of its communes.
        Figure d2 = e.mapping(D2).figure(s);
        assertFigure("12", Set.of(201L, 202L), d2);
        assertNull(d2.own());
        // A commune with its own value and no children.
        Figure c = e.mapping(C101).figure(s);
        assertFigure("30", Set.of(101L), c);
        assertNull(c.children());
        // Nothing reported in district 20's subtree: null, not zero.
        Figure none = e.mapping(D2).figure(series(10, "100", 101, "30"));
        assertNull(none.value());
        assertNull(none.own());
        assertNull(none.children());
        assertTrue(none.contributors().isEmpty());
    }

    @Test
    void provinceSumsItsDistrictsFigures() {
        RollupEngine e = noReform();
        Map<Long, BigDecimal> s = series(10, "100", 101, "30", 102, "40", 201, "5.5", 202, "7");
        // District 10's own 100 plus district 20's communes 5.5 + 7.
        Figure p = e.mapping(P).figure(s);
        assertFigure("112.5", Set.of(10L, 201L, 202L), p);
        assertNull(p.own());
        assertValue("112.5", p.children());
        // A province reporting its own value: that is the figure; the districts' total is kept beside it.
        s.put(1L, new BigDecimal("500"));
        Figure own = e.mapping(P).figure(s);
        assertFigure("500", Set.of(1L), own);
        assertValue("112.5", own.children());
    }

    @Test
    void whollySucceededAndTwiceMergedUnitsHangUnderTheirCurrentUnit() {
        // District 91 (moved from province 2 on R2) became district 20, its communes 201 and 202.
        Unit d91 = old(91, "/2/91/");
        Unit c911 = old(911, "/2/91/911/");
        Unit c912 = old(912, "/2/91/912/");
        // District 92 merged into 93 on R1, 93 into district 10 on R2.
        Unit d92 = unit(92, "/2/92/", EPOCH, R1.minusDays(1));
        Unit d93 = unit(93, "/2/93/", R1, R2.minusDays(1));
        RollupEngine e = engine(
                List.of(d91, c911, c912, d92, d93),
                List.of(link(d91, D2), link(c911, C201), link(c912, C202), link(d92, d93), link(d93, D1)));
        // An early period: only superseded units reported.
        Map<Long, BigDecimal> s = series(911, "3", 912, "4", 92, "11");

        Mapping p = e.mapping(P);
        assertEquals(Map.of(20L, List.of(91L), 10L, List.of(92L, 93L)), p.hanging);
        assertTrue(p.partial.isEmpty());
        assertFigure("18", Set.of(911L, 912L, 92L), p.figure(s));
        assertTrue(p.excluded.isEmpty());
        // Each lands in its own district only; district 91 (no own value) is its communes' sum.
        assertFigure("11", Set.of(92L), e.mapping(D1).figure(s));
        assertFigure("7", Set.of(911L, 912L), e.mapping(D2).figure(s));
        // Below a district, 91 spreads over two communes: partial in 202, where only commune 912 is counted.
        Mapping c202 = e.mapping(C202);
        assertEquals(Set.of(91L), c202.partial);
        assertEquals(Map.of(202L, List.of(912L)), c202.hanging);
        assertFigure("4", Set.of(912L), c202.figure(s));
    }

    @Test
    void aSplitUnitIsNotCountedButItsWholeChildrenAre() {
        // District 94 was split (two links) between district 20 and district 30 of province 2; its commune 941
        // went wholly to commune 201, its commune 942 wholly to district 30.
        Unit d94 = old(94, "/2/94/");
        Unit c941 = old(941, "/2/94/941/");
        Unit c942 = old(942, "/2/94/942/");
        RollupEngine e = engine(
                List.of(d94, c941, c942),
                List.of(link(d94, D2), link(d94, OUTSIDE), link(c941, C201), link(c942, OUTSIDE)));
        Map<Long, BigDecimal> s = series(94, "50", 941, "6", 942, "8");

        Mapping p = e.mapping(P);
        assertEquals(Set.of(94L), p.partial);
        assertEquals(Map.of(201L, List.of(941L)), p.hanging);
        // 94's own 50 is left out (part of it is outside); 941 counts, 942 (outside) does not.
        assertFigure("6", Set.of(941L), p.figure(s));
        // The engine leaves a split unit in `partial` only; `excluded` is for overlaps. RollupService reports a
        // partial unit that has a value as PARTIAL_SUCCESSION.
        assertTrue(p.excluded.isEmpty());
        // Its successors, by code, with which of them lie inside the target.
        List<Unit> succ = p.successorsOf(94);
        assertEquals(List.of(20L, 201L, 30L), succ.stream().map(Unit::id).toList());
        assertEquals(
                List.of(true, true, false),
                succ.stream().map(u -> p.inside(u.id())).toList());
    }

    @Test
    void anOldUnitOverlappingANewerOwnValueIsExcludedAndItsChildrenTried() {
        // District 95 became district 10; its commune 951 became commune 102, its commune 952 was split
        // between communes 102 and 103 (so it still hangs at district 10).
        Unit d95 = old(95, "/2/95/");
        Unit c951 = old(951, "/2/95/951/");
        Unit c952 = old(952, "/2/95/952/");
        RollupEngine e = engine(
                List.of(d95, c951, c952), List.of(link(d95, D1), link(c951, C102), link(c952, C102), link(c952, C103)));
        // Commune 101 reports on territory district 95 also covered: 95's 60 would count it twice.
        Map<Long, BigDecimal> s = series(95, "60", 951, "25", 952, "9", 101, "30");

        Mapping p = e.mapping(P);
        assertEquals(Map.of(10L, List.of(95L)), p.hanging);
        Figure f = p.figure(s);
        // 101's 30, plus 95's communes, which do not touch 101: 951's 25 re-hung under commune 102 (which
        // reports nothing itself) and 952's 9, still at district 10.
        assertFigure("64", Set.of(101L, 951L, 952L), f);
        assertEquals(Map.of(95L, PartialReason.OVERLAPS_NEWER_VALUE), p.excluded);
        assertTrue(p.partial.isEmpty());

        // With no newer value below district 10, 95 counts whole (own beats its commune's 25).
        assertFigure("60", Set.of(95L), e.mapping(P).figure(series(95, "60", 951, "25")));
        // When district 10 reports its own value, that beats everything hung below it; nothing is "excluded".
        Mapping quiet = e.mapping(P);
        assertFigure("100", Set.of(10L), quiet.figure(series(95, "60", 951, "25", 101, "30", 10, "100")));
        assertTrue(quiet.excluded.isEmpty());
    }
}
