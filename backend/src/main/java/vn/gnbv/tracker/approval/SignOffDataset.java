package vn.gnbv.tracker.approval;

/**
 * Which figures a sign-off covers: FUNDING (funding lines of its program and fiscal year, or of the whole phase) or
 * INDICATORS (indicator values of exactly its period); always the unit's whole subtree. The names of findings'
 * datasets ({@link #findings}) differ: they are the upload paths.
 */
public enum SignOffDataset {
    FUNDING("funding-lines"),
    INDICATORS("indicator-values");

    private final String findings;

    SignOffDataset(String findings) {
        this.findings = findings;
    }

    /** The dataset of the findings about these figures (finding.dataset). */
    public String findings() {
        return findings;
    }
}
