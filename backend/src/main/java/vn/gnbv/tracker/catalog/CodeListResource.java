package vn.gnbv.tracker.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import vn.gnbv.tracker.common.Labelled;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.funding.CapitalType;
import vn.gnbv.tracker.funding.FundingMeasure;
import vn.gnbv.tracker.funding.FundingSource;
import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.indicator.TargetComparator;
import vn.gnbv.tracker.indicator.ValueKind;
import vn.gnbv.tracker.report.ReportKind;

/**
 * The published code lists with labels, so clients never hard-code them. A feature of its own at the top of the
 * package map: it names the enums of several features, so it cannot sit in {@code common}, which uses none.
 */
@Path("/api/v1/code-lists")
@Produces(MediaType.APPLICATION_JSON)
// Reads: every signed-in role, within its scope; writes: see each method.
@RolesAllowed({
    Roles.ADMIN,
    Roles.PROVINCE_MANAGER,
    Roles.DISTRICT_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.VIEWER,
    Roles.API_READER,
    Roles.UPLOADER
})
public class CodeListResource {
    public record CodeEntry(String code, String nameVi, String nameEn) {}

    public record CodeLists(
            List<CodeEntry> sources,
            List<CodeEntry> capitalTypes,
            List<CodeEntry> measures,
            List<CodeEntry> valueKinds,
            List<CodeEntry> unitLevels,
            List<CodeEntry> comparators,
            List<CodeEntry> reportKinds) {}

    private static final CodeLists ALL = new CodeLists(
            entries(FundingSource.values()),
            entries(CapitalType.values()),
            entries(FundingMeasure.values()),
            entries(ValueKind.values()),
            entries(UnitLevel.values()),
            entries(TargetComparator.values()),
            entries(ReportKind.values()));

    @GET
    public CodeLists list() {
        return ALL;
    }

    private static List<CodeEntry> entries(Labelled[] values) {
        return Arrays.stream(values)
                .map(v -> new CodeEntry(v.name(), v.nameVi(), v.nameEn()))
                .toList();
    }
}
