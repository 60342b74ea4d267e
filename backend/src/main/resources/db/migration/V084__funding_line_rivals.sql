-- The lines that are not their key's current one: exactly the keys stated by more than one report (V071 keeps one
-- current line per key). REPORTS_DISAGREE starts from them instead of grouping every line of a province by its key.
create index funding_line_rival_idx on funding_line (unit_id) where not current;
