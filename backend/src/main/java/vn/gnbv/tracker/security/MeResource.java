package vn.gnbv.tracker.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.gnbv.tracker.common.Roles;

/** /me: who is signed in, with which roles and scope units (the dashboard's header). */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.ADMIN,
    Roles.PROVINCE_MANAGER,
    Roles.DISTRICT_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.VIEWER,
    Roles.API_READER,
    Roles.UPLOADER
})
public class MeResource {
    @Inject
    MeService me;

    @GET
    public Me get() {
        return me.get();
    }
}
