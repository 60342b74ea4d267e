package vn.gnbv.tracker.approval;

import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.program.ProgramLookup;

/**
 * A sign-off's key, resolved: the unit, the program, the dataset and the period as stored (canonical id), and for
 * FUNDING the fiscal year it names (null: the program's whole phase).
 */
record ApprovalKey(
        UnitLookup.Unit unit, ProgramLookup.ProgramRef program, SignOffDataset dataset, Period period, Integer year) {}
