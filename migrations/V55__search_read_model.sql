-- The search's read model (DD004, DD008): one view per kind of result, with the same columns, which the search
-- module alone reads. Each feature's table stays its own; the views are where the search says which of their
-- columns it shows, in one place the schema checks: a migration that drops or retypes a column a view reads fails
-- until the view is changed with it. The views are plain joins, which PostgreSQL inlines into the query: the plans
-- (GIN indexes on search_doc, primary key and time walks) are those of the tables themselves.
--   id, story_id, figure_id: what a hit opens; language: chooses the text search configuration; document: the
--   tsvector; title, text: what is shown and highlighted; context: a line beside it; at: its time.

create view search_story as
select s.id, s.id as story_id, null::bigint as figure_id, s.language, s.search_doc as document,
       s.title, s.body as text, s.desk as context, s.updated_at as at
from story s;

-- A figure is searched in its story's language and shown with its story's title; detached figures are left out.
create view search_figure as
select f.id, s.id as story_id, f.id as figure_id, s.language, f.search_doc as document,
       f.quote as title, concat_ws(' · ', nullif(f.subject, ''), nullif(f.place, ''), nullif(f.period, '')) as text,
       s.title as context, f.updated_at as at
from figure f join story s on s.id = f.story_id
where not f.detached;

-- A report is shown with its publisher's name.
create view search_report as
select r.id, null::bigint as story_id, null::bigint as figure_id, r.language, r.search_doc as document,
       r.title, r.body as text, p.name as context, r.published_at as at
from report r join source p on p.id = r.publisher_id;

-- A comment is searched in its story's language, shown by author with its story's title; deleted ones are left out.
create view search_comment as
select c.id, s.id as story_id, c.figure_id, s.language, c.search_doc as document,
       c.author as title, c.body as text, s.title as context, c.created_at as at
from comment c join story s on s.id = c.story_id
where not c.deleted;

-- What waits for a decision starts from the lapsed decisions (DD008: review's queue reads them on every load).
create index figure_approval_lapsed_idx on figure_approval (figure_id) where decision = 'LAPSED';
