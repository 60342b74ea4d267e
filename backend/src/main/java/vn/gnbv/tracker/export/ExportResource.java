package vn.gnbv.tracker.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Supplier;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.Pulls;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.ViolationCode;

/**
 * openapi.yaml exports and report-draft: the annexes as XLSX (default) or CSV ({@code format=csv} or {@code Accept:
 * text/csv}), and the drafted report as .docx. Reads, so every signed-in role within its scope.
 */
@Path("/api/v1")
@RolesAllowed({
    Roles.ADMIN,
    Roles.PROVINCE_MANAGER,
    Roles.DISTRICT_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.VIEWER,
    Roles.API_READER,
    Roles.UPLOADER
})
public class ExportResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    ExportService service;

    @Context
    HttpHeaders headers;

    @GET
    @Path("exports/funding-summary")
    @Produces(MediaType.WILDCARD) // XLSX or CSV, chosen below; refusals are problem+json
    public Response funding(
            @QueryParam("program") @NotNull Code program,
            @QueryParam("unit") @NotNull Code unit,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("yearFrom") Integer yearFrom,
            @QueryParam("yearTo") Integer yearTo,
            @QueryParam("format") String format) {
        AnnexFigures.Query q = query(program, unit, asOf, yearFrom, yearTo);
        String name = "phu-luc-von_" + program.value() + "_" + unit.value() + years(yearFrom, yearTo);
        return annex(format, name, () -> service.fundingCsv(q), () -> service.fundingXlsx(q));
    }

    @GET
    @Path("exports/indicators")
    @Produces(MediaType.WILDCARD)
    public Response indicators(
            @QueryParam("program") @NotNull Code program,
            @QueryParam("unit") @NotNull Code unit,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("yearFrom") Integer yearFrom,
            @QueryParam("yearTo") Integer yearTo,
            @QueryParam("format") String format) {
        AnnexFigures.Query q = query(program, unit, asOf, yearFrom, yearTo);
        String name = "phu-luc-chi-tieu_" + program.value() + "_" + unit.value() + years(yearFrom, yearTo);
        return annex(format, name, () -> service.indicatorsCsv(q), () -> service.indicatorsXlsx(q));
    }

    @GET
    @Path("report-draft")
    @Produces(MediaType.WILDCARD)
    public Response draft(
            @QueryParam("program") @NotNull Code program,
            @QueryParam("unit") @NotNull Code unit,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("year") Integer year,
            @QueryParam("yearFrom") Integer yearFrom,
            @QueryParam("yearTo") Integer yearTo) {
        if (year != null && (yearFrom != null || yearTo != null)) {
            throw ApiException.badParam(
                    "year", ViolationCode.NOT_ALLOWED, "Give either year or yearFrom/yearTo, not both");
        }
        Integer from = year != null ? year : yearFrom;
        Integer to = year != null ? year : yearTo;
        AnnexFigures.Query q = query(program, unit, asOf, from, to);
        return file(
                service.draft(q),
                DOCX,
                "du-thao-bao-cao_" + program.value() + "_" + unit.value() + years(from, to) + ".docx");
    }

    private static AnnexFigures.Query query(Code program, Code unit, LocalDate asOf, Integer from, Integer to) {
        if (from != null && to != null && from > to) {
            throw ApiException.badParam("yearTo", ViolationCode.OUT_OF_RANGE, "yearTo must not be before yearFrom");
        }
        return new AnnexFigures.Query(program.value(), unit.value(), asOf, from, to);
    }

    /** CSV when asked by {@code format=csv} or by Accept; {@code format} is xlsx or csv. */
    private boolean csv(String format) {
        if (format == null || format.isBlank()) {
            return Pulls.wantsCsv(headers);
        }
        return switch (format.strip()) {
            case "csv" -> true;
            case "xlsx" -> false;
            default -> throw ApiException.badParam("format", ViolationCode.UNKNOWN_CODE, "format is xlsx or csv");
        };
    }

    /** An annex as CSV or XLSX (see {@link #csv}), only the one asked for computed, under {@code name}. */
    private Response annex(String format, String name, Supplier<String> csv, Supplier<byte[]> xlsx) {
        return csv(format)
                ? file(csv.get().getBytes(StandardCharsets.UTF_8), Pulls.CSV_UTF8.toString(), name + ".csv")
                : file(xlsx.get(), XLSX, name + ".xlsx");
    }

    private static String years(Integer from, Integer to) {
        if (from == null && to == null) {
            return "";
        }
        return "_" + (from == null ? "" : from) + "-" + (to == null ? "" : to);
    }

    private static Response file(byte[] body, String type, String name) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
