package vn.gnbv.tracker.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gnbv.tracker.approval.SignOffDataset;
import vn.gnbv.tracker.approval.SignOffLookup;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.program.ProgramLookup;

/** The exports' sign-off status, as the approval feature records it (its own or an ancestor's approval). */
@ApplicationScoped
public class ApprovalSignOffs implements SignOffStatus {
    @Inject
    SignOffLookup signOffs;

    @Inject
    ProgramLookup programs;

    @Override
    public Status of(UnitLookup.Unit unit, String program, String period, Dataset dataset) {
        long programId = programs.requireProgram("program", program).id();
        SignOffDataset d = dataset == Dataset.FUNDING ? SignOffDataset.FUNDING : SignOffDataset.INDICATORS;
        return signOffs.approved(unit, programId, d, period) ? Status.APPROVED : Status.DRAFT;
    }
}
