package vn.gnbv.tracker.reading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.extract.Proposal;
import vn.gnbv.tracker.extract.Reason;
import vn.gnbv.tracker.reading.ReadingDtos.Citation;
import vn.gnbv.tracker.reading.ReadingDtos.Fields;
import vn.gnbv.tracker.reading.ReadingDtos.ProposalView;
import vn.gnbv.tracker.reading.ReadingDtos.ReasonView;
import vn.gnbv.tracker.reading.ReadingDtos.Status;

/** Between the reader's proposals and the rows this feature stores, lists and loads. */
final class ProposalRows {
    static final String FUNDING = "funding-lines";
    static final String INDICATORS = "indicator-values";
    static final String PROJECTS = "local-projects";
    /** Every dataset the reader proposes (ProposalDataset), in the order counts and commits list them. */
    static final List<String> DATASETS = List.of(FUNDING, INDICATORS, PROJECTS);

    /** The longest locator an upload row takes. */
    private static final int LOCATOR_MAX = 500;

    private ProposalRows() {}

    static ProposalRepository.NewRow of(Proposal p) {
        Fields fields = fields(p);
        return new ProposalRepository.NewRow(
                p.dataset().path,
                p.dataset().path + "|" + p.identity(),
                Math.max(0, Math.min(1, p.confidence())),
                p.reasons().stream()
                        .map(r -> new ReasonView(r.code(), r.message(), r.params()))
                        .toList(),
                p.quote(),
                p.citations().stream()
                        .map(c -> new Citation(c.locator(), c.start(), c.end()))
                        .toList(),
                fields);
    }

    /** The upload row of a proposal: its dataset's fields, the others null. */
    private static Fields fields(Proposal p) {
        return switch (p.dataset()) {
            case FUNDING_LINES -> Fields.funding(p);
            case INDICATOR_VALUES -> Fields.indicatorValue(p);
            case LOCAL_PROJECTS -> Fields.localProject(p);
        };
    }

    /** Every place a proposal is stated, as one upload locator ("l.212; l.240"), cut to what a row takes. */
    static String locator(List<Citation> citations) {
        String all = String.join(
                "; ", citations.stream().map(Citation::locator).distinct().toList());
        return all.length() <= LOCATOR_MAX ? all : all.substring(0, LOCATOR_MAX - 1) + "…";
    }

    /** Stored reasons; a reading stored before reasons had codes kept bare messages: those are UNCODED. */
    static List<ReasonView> reasons(ObjectMapper json, String stored) {
        List<ReasonView> out = new ArrayList<>();
        try {
            for (JsonNode r : json.readTree(stored)) {
                out.add(
                        r.isTextual()
                                ? new ReasonView(Reason.Code.UNCODED, r.asText(), Map.of())
                                : json.treeToValue(r, ReasonView.class));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The rows of a statement selecting {@code ProposalRepository}'s columns, as views. */
    static List<ProposalView> views(ObjectMapper json, PreparedStatement ps) throws SQLException {
        List<ProposalView> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ProposalView(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        Status.valueOf(rs.getString(5)),
                        rs.getBigDecimal(6).doubleValue(),
                        ProposalRows.reasons(json, rs.getString(7)),
                        rs.getString(8),
                        read(json, rs.getString(9), new TypeReference<List<Citation>>() {}),
                        read(json, rs.getString(10), new TypeReference<Fields>() {}),
                        read(json, rs.getString(11), new TypeReference<Fields>() {}),
                        rs.getBoolean(12),
                        rs.getString(13),
                        instant(rs.getTimestamp(14)),
                        rs.getLong(15),
                        instant(rs.getTimestamp(16)),
                        instant(rs.getTimestamp(17))));
            }
        }
        return out;
    }

    private static <T> T read(ObjectMapper json, String s, TypeReference<T> type) {
        try {
            return json.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
