-- V071 indexed the key without its report (the figures competing for one place) beside the unique natural key,
-- whose leading columns are exactly that key with the same expressions: every lookup by the shorter key is an
-- index scan of the natural key's prefix (checked with EXPLAIN on 1M lines). The copies only cost writes: 151 MB
-- and 97 MB per million funding lines / indicator values, and one more index entry for every row an upload writes.
drop index funding_line_key_idx;
drop index indicator_value_key_idx;
