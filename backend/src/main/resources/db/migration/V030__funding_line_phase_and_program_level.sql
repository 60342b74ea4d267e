-- Reports give figures that belong to no single year or to no single component: the medium-term plan is for the
-- whole phase, a proposal is for a future phase, cumulative "2021-2024" disbursement and mobilised amounts are given
-- for the period, and some amounts are for the program as a whole. V001 required both columns; such a line now
-- stores null there, which (like implementing body and origin year) is a value of the natural key, since
-- funding_line_natural_key is UNIQUE NULLS NOT DISTINCT. Carry-over is between two years, so it always has one.
alter table funding_line alter column fiscal_year drop not null;
alter table funding_line alter column component_id drop not null;
alter table funding_line add constraint funding_line_carry_over_has_year
    check (fiscal_year is not null or measure not in ('CARRIED_IN', 'CARRIED_OUT'));
