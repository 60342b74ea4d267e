package vn.gnbv.tracker.common;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The request parser refuses a number literal longer than {@link Decimals#MAX_LITERAL} characters while reading it,
 * before any BigDecimal or BigInteger is made of it (Jackson's own limit is 1,000 digits); the exception mapper
 * answers 422. Short literals that would expand (1e1000000000) are refused by the number rule, on their text.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNumberLength(Decimals.MAX_LITERAL)
                        .build());
    }
}
