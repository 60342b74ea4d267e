package vn.gnbv.tracker.common;

/** The realm roles of Keycloak realm {@code gnbv}, as token claim {@code realm_access.roles} carries them. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String PROVINCE_MANAGER = "PROVINCE_MANAGER";
    public static final String DISTRICT_OFFICER = "DISTRICT_OFFICER";
    public static final String COMMUNE_OFFICER = "COMMUNE_OFFICER";
    public static final String VIEWER = "VIEWER";
    public static final String API_READER = "API_READER";
    public static final String UPLOADER = "UPLOADER";

    /** Everyone signed in may read, within their scope. */
    public static final String[] READERS = {
        ADMIN, PROVINCE_MANAGER, DISTRICT_OFFICER, COMMUNE_OFFICER, VIEWER, API_READER, UPLOADER
    };
    /** Roles that write figures (funding, indicator values, local projects) within their scope. */
    public static final String[] WRITERS = {ADMIN, PROVINCE_MANAGER, DISTRICT_OFFICER, COMMUNE_OFFICER, UPLOADER};

    private Roles() {}
}
