-- Work after commit, bounded (issue 16). A report stated figures of a kind, and every figure of that kind was derived
-- again: with a million figures, hours of derivations for each import, most of them about other events. Each
-- derivation now stores the scope it found for its figure (kind, place, days: what the candidate look-up narrows to,
-- DD011), and a new report queues only the figures whose scope its assertions may meet: same kind, a compatible place
-- (or none known), days near enough to the report's (see evidence.ConcernedFigures). The evidence feature owns these
-- columns as it owns the rest of the row; a standing derived before this migration has none and is queued by kind,
-- as before, until its next derivation fills them.
alter table figure_standing add column scope_kind varchar(20);
alter table figure_standing add column scope_place_id bigint;
alter table figure_standing add column scope_from date;
alter table figure_standing add column scope_to date;

-- One range per (kind, place) probed; the figure without a place is under 0, as in V67.
create index figure_standing_scope_idx on figure_standing (scope_kind, (coalesce(scope_place_id, 0)), scope_to)
    include (scope_from, figure_id);
create index figure_standing_unscoped_idx on figure_standing (figure_id) where scope_kind is null;

-- A third kind of work row: the reports whose figures are to be found and derived again (after the commit, by the
-- worker, so that the import does not look them up in its transaction).
alter table standing_work add column report_ids bigint[];
alter table standing_work drop constraint standing_work_check;
alter table standing_work add constraint standing_work_one_target
    check (num_nonnulls(figure_id, kind, report_ids) = 1);
