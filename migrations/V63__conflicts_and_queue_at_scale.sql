-- Data at scale (issue 16): the conflicts view and My queue read one page at a time, from indexes, and show what
-- the stored standings say (DD006): nothing is derived again to list them.

-- The figures that need a look (contested, warned about, or with a newer value), newest first: one partial index per
-- filter of the conflicts view, each small (only the rows it lists) and walked backwards until the page is full.
create index figure_standing_troubled_idx on figure_standing (figure_id)
    where status = 'CONTESTED' or warning_codes <> '' or newer_value_available;
create index figure_standing_contested_idx on figure_standing (figure_id) where status = 'CONTESTED';
create index figure_standing_warned_idx on figure_standing (figure_id) where warning_codes <> '';
create index figure_standing_newer_idx on figure_standing (figure_id) where newer_value_available;

-- The conflicts view's rows: the stored standing with the figure's quote and its story's title. The evidence feature
-- owns the view (DD008), the figure and story features their tables. The joins are left joins on primary keys (every
-- standing has its figure, every figure its story), so PostgreSQL drops them when a query does not use their columns:
-- counting the rows reads the partial index only.
create view evidence_conflict as
select s.figure_id, f.story_id, st.title as story_title, f.quote, s.status, s.warning_codes, s.newer_value_available
from figure_standing s
left join figure f on f.id = s.figure_id
left join story st on st.id = f.story_id
where s.status = 'CONTESTED' or s.warning_codes <> '' or s.newer_value_available;

-- My queue: what is assigned to me, newest first (the inbox compares user names without case).
create index assignment_assignee_lower_idx on assignment (lower(assignee), assigned_at desc, id desc);
