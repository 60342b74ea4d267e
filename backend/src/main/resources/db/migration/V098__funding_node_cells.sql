-- The nation's drill-down into its provinces from the kept cells (V097), per province, node, year and measure: a
-- province's cell in a year holds its lines at the node's component or below; "at the cell" are the lines on the
-- province itself at the node's own component.
--   at_*      the lines at the cell (what the province reports there);
--   below_*   the lines below it that no other line below it covers (what its parts add up to);
--   totals_*  the lines at the cell that cover lines below it (stated totals with parts);
--   parts_*   the lines below it that only a line at the cell covers (those parts).
alter table funding_node_total
    add column at_amount     numeric not null default 0,
    add column at_lines      integer not null default 0,
    add column below_amount  numeric not null default 0,
    add column below_lines   integer not null default 0,
    add column totals_amount numeric not null default 0,
    add column totals_lines  integer not null default 0,
    add column parts_amount  numeric not null default 0,
    add column parts_lines   integer not null default 0;

-- Filled for the stored lines at the next start: the funding checks run again everywhere (FindingBootstrap).
delete from finding_computed where dataset = 'funding-lines';
