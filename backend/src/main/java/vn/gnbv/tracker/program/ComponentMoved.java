package vn.gnbv.tracker.program;

/**
 * A component now sits under another parent (fired in the changing transaction, after the write is flushed): the
 * features that derive figures from a component's position — which stated line covers which, the national cells —
 * recompute them where their figures refer to it. The program feature lies below those features, so it tells them by
 * a CDI event rather than calling them.
 */
public record ComponentMoved(long componentId) {}
