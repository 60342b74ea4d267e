package vn.gnbv.tracker.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import vn.gnbv.tracker.common.Code;
import vn.gnbv.tracker.common.Page;
import vn.gnbv.tracker.common.PageSize;
import vn.gnbv.tracker.common.ProblemDetail;
import vn.gnbv.tracker.common.Roles;
import vn.gnbv.tracker.common.Text;
import vn.gnbv.tracker.common.Versioning;

/** /reports: the documents figures are stated in, and each one's original file. */
@Path("/api/v1/reports")
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
public class ReportResource {
    @Inject
    ReportService reports;

    @Inject
    ReportFileService files;

    @GET
    public Page<ReportDto.View> list(
            @QueryParam("unit") Code unit,
            @QueryParam("unitId") Long unitId,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("descendants") @DefaultValue("true") boolean descendants,
            @QueryParam("program") Code program,
            @QueryParam("kind") ReportKind kind,
            @QueryParam("issuedFrom") LocalDate issuedFrom,
            @QueryParam("issuedTo") LocalDate issuedTo,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("limit") @DefaultValue(PageSize.DEFAULT) @PageSize int limit,
            @QueryParam("cursor") String cursor) {
        return reports.list(new ReportService.ListQuery(
                Code.text(unit),
                unitId,
                asOf,
                descendants,
                Code.text(program),
                kind,
                issuedFrom,
                issuedTo,
                Text.clean(q),
                limit,
                cursor == null || cursor.isBlank() ? null : cursor));
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ReportDto.Input body) {
        ReportDto.View v = reports.create(body);
        return Response.created(URI.create("/api/v1/reports/" + v.id()))
                .header(HttpHeaders.ETAG, Versioning.etag(v.version()))
                .entity(v)
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        ReportDto.View v = reports.get(id);
        return Response.ok(v)
                .header(HttpHeaders.ETAG, Versioning.etag(v.version()))
                .build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ReportDto.Input body) {
        ReportDto.View v = reports.update(id, ifMatch, body);
        return Response.ok(v)
                .header(HttpHeaders.ETAG, Versioning.etag(v.version()))
                .build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @DELETE
    @Path("{id}")
    public ReportDto.Deleted delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return reports.delete(id, ifMatch);
    }

    // Any type is taken in: the service answers 415 with the types it accepts, as a problem.
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @PUT
    @Path("{id}/file")
    @Consumes(MediaType.WILDCARD)
    public Response putFile(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(FileNames.HEADER) String disposition,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
            InputStream body) {
        ReportFileService.Stored s = files.upload(id, contentType, disposition, contentLength, body);
        Response.ResponseBuilder r =
                s.created() ? Response.created(URI.create("/api/v1/reports/" + id + "/file")) : Response.ok();
        return r.header(HttpHeaders.ETAG, ReportFileService.etag(s.file().sha256()))
                .entity(s.file())
                .build();
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response getFile(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ReportFileService.Download d = files.download(id, ifNoneMatch);
        Response.ResponseBuilder r = d.content() == null
                ? Response.notModified()
                : Response.ok(d.content(), d.mediaType())
                        .header("Content-Disposition", FileNames.attachment(d.fileName()));
        // The documents are scoped to their readers: no shared cache may keep them; a private one revalidates.
        return r.header(HttpHeaders.ETAG, ReportFileService.etag(d.sha256()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_MANAGER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.UPLOADER})
    @DELETE
    @Path("{id}/file")
    @Produces({MediaType.APPLICATION_JSON, ProblemDetail.MEDIA_TYPE}) // a DELETE answers only 204 or a problem
    public Response deleteFile(@PathParam("id") long id) {
        files.remove(id);
        return Response.noContent().build();
    }
}
