package vn.gnbv.tracker.ingest;

import java.util.Map;

/**
 * The documents demo files transcribe (the seed reports), as the feature that keeps them provides them: ingest lies
 * below that feature, so it asks through this SPI, found by CDI.
 */
public interface DemoSources {
    /**
     * The id of the document {@code description} (a manifest entry: unit, number, issuedOn, …) describes, created
     * the first time; its figures are then loaded for it with mode=replace.
     */
    long sourceFor(Map<String, Object> description);
}
