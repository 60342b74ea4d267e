package vn.gnbv.tracker.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** One audit row as the API shows it. {@code before} is null for a create, {@code after} for a delete. */
public record AuditEventView(
        long id,
        OffsetDateTime occurredAt,
        Actor actor,
        String operation,
        String resourceType,
        String resourceId,
        String resourceKey,
        Long unitId,
        JsonNode before,
        JsonNode after,
        String requestId,

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        String createdIds) {

    public record Actor(String subject, String username, String clientId) {}
}
