package vn.gnbv.tracker.ingest;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import vn.gnbv.tracker.Api;

/**
 * One upload request: dataset, body bytes exactly as given, media type exactly as given (REST Assured would
 * otherwise append "; charset=ISO-8859-1" to text/csv and re-encode the body), mode, dryRun, Idempotency-Key and
 * token. Sent contract-validated ({@link #post()}, {@link #startJob()}) or, for bodies the contract refuses by
 * design, unvalidated ({@link #postRaw()}).
 */
final class Upload {
    static final String ANY = "application/json, application/problem+json";
    private static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private final String dataset;
    private final String contentType;
    private final byte[] body;
    private String token;
    private String mode;
    private boolean dryRun;
    private String key;
    private Long report;

    private Upload(String dataset, String contentType, byte[] body) {
        this.dataset = dataset;
        this.contentType = contentType;
        this.body = body;
    }

    static Upload csv(String dataset, String text) {
        return bytes(dataset, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static Upload json(String dataset, String json) {
        return bytes(dataset, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static Upload bytes(String dataset, String contentType, byte[] body) {
        return new Upload(dataset, contentType, body);
    }

    /** A contract-validated request as {@code token} that accepts JSON and problems, sending bodies verbatim. */
    static RequestSpecification api(String token) {
        return Api.as(token).config(EXACT).accept(ANY);
    }

    /** Like {@link #api} without a token. */
    static RequestSpecification anonymous() {
        return Api.anonymous().config(EXACT);
    }

    Upload as(String bearer) {
        this.token = bearer;
        return this;
    }

    Upload mode(String value) {
        this.mode = value;
        return this;
    }

    Upload report(long id) {
        this.report = id;
        return this;
    }

    Upload dryRun() {
        this.dryRun = true;
        return this;
    }

    Upload key(String idempotencyKey) {
        this.key = idempotencyKey;
        return this;
    }

    /** The synchronous upload (uploadBatch). */
    Response post() {
        return with(token == null ? Api.given().config(EXACT).accept(ANY) : api(token))
                .post("/api/v1/uploads/" + dataset);
    }

    /** The asynchronous upload (createUploadJob). */
    Response startJob() {
        return with(token == null ? Api.given().config(EXACT).accept(ANY) : api(token))
                .post(UploadFixtures.JOBS + "?dataset=" + dataset);
    }

    /** {@link #startJob}, accepted (202): the job's id. */
    String jobId() {
        return startJob().then().statusCode(202).extract().jsonPath().getString("id");
    }

    /** The synchronous upload without contract validation (as ADMIN unless a token was given). */
    Response postRaw() {
        RequestSpecification spec = Api.raw().config(EXACT).accept(ANY);
        if (token != null) {
            spec.auth().oauth2(token);
        }
        return with(spec).post("/api/v1/uploads/" + dataset);
    }

    private RequestSpecification with(RequestSpecification spec) {
        spec.contentType(contentType).body(body);
        if (mode != null) {
            spec.queryParam("mode", mode);
        }
        if (dryRun) {
            spec.queryParam("dryRun", true);
        }
        if (report != null) {
            spec.queryParam("report", report);
        }
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return spec;
    }
}
