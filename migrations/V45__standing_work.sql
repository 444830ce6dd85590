-- Standings to derive again, after the change that made them stale has committed (issue 14, DD012).
-- A row names either a figure or a kind of figure (every figure of that kind: what a new report may change).
-- The request that changes the data only inserts rows here (no unique key: inserts never wait on each other);
-- a background worker on each instance claims due rows with SKIP LOCKED under a lease, derives the standings in
-- short transactions and deletes what it did; a failure puts the rows back with a growing delay.
create table standing_work (
    id            bigint generated always as identity primary key,
    figure_id     bigint,
    kind          varchar(20),
    enqueued_at   timestamptz not null default now(),
    not_before    timestamptz not null default now(),
    claimed_until timestamptz,
    attempts      int         not null default 0,
    last_error    text,
    check ((figure_id is null) <> (kind is null))
);
create index standing_work_due_idx on standing_work (not_before, id);
create index standing_work_figure_idx on standing_work (figure_id) where figure_id is not null;
