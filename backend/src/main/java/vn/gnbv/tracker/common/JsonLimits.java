package vn.gnbv.tracker.common;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The request parser refuses a number literal longer than {@link Decimals#MAX_LITERAL} characters while reading it,
 * before any BigDecimal or BigInteger is made of it (Jackson's own limit is 1,000 digits); the exception mapper
 * answers 422. Short literals that would expand (1e1000000000) are refused by the number rule, on their text. A
 * fraction is never truncated into an integer field.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        // 2.5 households or 1.5 đồng is an error, never silently truncated into an integer field.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNumberLength(Decimals.MAX_LITERAL)
                        .build());
    }
}
