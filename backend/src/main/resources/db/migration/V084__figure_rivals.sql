-- The figures that are not their key's current one: exactly the keys stated by more than one report (V071 keeps one
-- current figure per key). REPORTS_DISAGREE starts from them instead of grouping every figure of a province by key.
create index funding_line_rival_idx on funding_line (unit_id) where not current;
create index indicator_value_rival_idx on indicator_value (unit_id) where not current;
