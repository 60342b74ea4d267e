-- The national funding summary from maintained state (issue 12). A national summary compared every current line
-- with every other to find which lines a stated total covers (CellSql): 27 s at 800,000 lines, recomputed after
-- every write anywhere. Coverage never crosses a province (a covering line sits at an ancestor-or-self unit, and
-- nothing is recorded on the nation), so the nation's cells are sums of per-province ones, kept here by the
-- findings' recomputation of the provinces a write touches, in the writing transaction (funding/FundingNodeTotals).
--
-- One row per province, program, node of the component tree (0: the program itself), fiscal year (0: a line of the
-- whole phase) and measure with at least one current line there or below (by source and capital type too, the rows
-- were as many as the lines at 800,000 lines: summaries grouped by them read the lines):
--   lines        the current lines (a cell with only covered lines still appears, with zero figures);
--   year_*       the lines that count in the year's cell: no line of the same year at or below the node covers them;
--   phase_*      the lines that count in the whole phase's cell: no line of that year or of the whole phase does.
-- Sums are numeric: a province's total of bigint amounts is not bounded by bigint.
create table funding_node_total (
    program_id   bigint  not null references program (id) on delete cascade,
    node_id      bigint  not null,
    fiscal_year  integer not null,
    measure      text    not null,
    province_id  bigint  not null,
    lines        integer not null,
    year_amount  numeric not null,
    year_lines   integer not null,
    phase_amount numeric not null,
    phase_lines  integer not null,
    primary key (program_id, node_id, fiscal_year, measure, province_id)
);
create index funding_node_total_province_idx on funding_node_total (province_id);

-- Filled for the stored lines at the next start: the funding checks run again everywhere (FindingBootstrap).
delete from finding_computed where dataset = 'funding-lines';
