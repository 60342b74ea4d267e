package vn.gnbv.tracker;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * Entry point of every API test: each request and response is validated against the published openapi.yaml, so a
 * test fails when the implementation and the contract disagree.
 */
public final class Api {
    public static final Path CONTRACT =
            Path.of("..", "openapi.yaml").toAbsolutePath().normalize();
    private static final OpenApiValidationFilter FILTER =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(
                            CONTRACT.toUri().toString())
                    .build());

    private Api() {}

    private static String adminToken;

    /** A request validated against the contract, as a national ADMIN. */
    public static RequestSpecification given() {
        return as(admin());
    }

    /** A request validated against the contract, with this bearer token. */
    public static RequestSpecification as(String token) {
        // Errors come as problem+json, and some operations (204 deletes) answer nothing else.
        return anonymous().auth().oauth2(token);
    }

    /** A request validated against the contract, without any token. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(FILTER).accept("application/json, application/problem+json");
    }

    private static synchronized String admin() {
        if (adminToken == null) {
            adminToken = TestTokens.admin();
        }
        return adminToken;
    }

    /** A request with a JSON body, validated against the contract. */
    public static RequestSpecification json(Object body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    /**
     * A request NOT validated against the contract: only for deliberately malformed input (bodies the contract
     * rejects by design). The response must still be a problem+json, which the caller asserts.
     */
    public static RequestSpecification raw() {
        return RestAssured.given().auth().oauth2(admin());
    }
}
