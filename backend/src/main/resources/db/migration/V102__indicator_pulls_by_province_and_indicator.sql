-- A pull of one indicator's values in one province (GET /indicator-values?unitId=<province>&indicator=<code>, or a
-- provincial token asking for one indicator) walks the province's values in id order (V100's (province_id, id)) and
-- kept one in every indicator of the catalogue: at the national scale of issue 12 (7.9M values, 141 indicators) a page
-- of 1,000 read ~141,000 rows, 89 ms of PostgreSQL's time, 81 pages/s against 591 for unfiltered pages. With the
-- indicator between the province and the id the page reads its 1,001 rows: 378-417 pages/s (docs/benchmarks.md,
-- 2026-12-06 14:20). Funding lines have no such filter spread as thin (their components and years are few).
create index indicator_value_province_indicator_idx on indicator_value (province_id, indicator_id, id);
