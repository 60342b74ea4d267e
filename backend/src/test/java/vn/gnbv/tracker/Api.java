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
  public static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();
  private static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(
      OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString()).build());

  private Api() {}

  /** A request validated against the contract. */
  public static RequestSpecification given() {
    // Errors come as problem+json, and some operations (204 deletes) answer nothing else.
    return RestAssured.given().filter(FILTER).accept("application/json, application/problem+json");
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
    return RestAssured.given();
  }
}
