-- Retention of the change logs (V083, V088). They gain a row per written figure and would grow without end; a sync
-- token older than a retention window (gnbv.sync.retention, 90 days by default) is refused instead (410
-- SYNC_TOKEN_EXPIRED: the client re-reads in full), and the rows before it are deleted.
--
-- Log positions are transaction ids (xid8), not times, so "90 days ago" needs a table of when each position was
-- current: common/SyncRetention marks the position every hour and forgets what lies before the newest mark at least
-- the window old. Everything before the horizon is deleted, tombstones included: that is why older tokens are refused.
create table change_log_mark (
    marked_at timestamptz not null primary key,
    position  xid8        not null
);

-- One row: the position below which the logs were purged. Tokens below it are refused.
create table change_log_horizon (
    only_row  boolean     not null primary key default true check (only_row),
    horizon   xid8        not null,
    purged_at timestamptz not null
);
