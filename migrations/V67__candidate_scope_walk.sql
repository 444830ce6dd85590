-- The candidate look-up's walk within a figure's event (issue 12, DD011). A figure with a known period and place looks
-- for assertions of its kind, at a compatible place (or none), published in its window: one range of this index per
-- place, read without visiting the table (an index-only scan: the period and terms it tests are included). Before,
-- the walk read every assertion of the kind in the window from the table (thousands of random reads for a busy
-- event), or ANDed the GIN bitmap of a common subject term (a sixth of all assertions) with it.
-- An assertion with no place is looked up under place 0 (no place has id 0: identities start at 1).
create index assertion_kind_place_published_idx on assertion (kind, (coalesce(place_id, 0)), published_at)
    include (id, place_id, period_from, period_to, subject_terms);

-- What the walk reads of an assertion, and nothing else: through evidence_candidate's joins PostgreSQL would not
-- take an index-only scan (the join columns count as needed even when the joins are dropped).
create view evidence_candidate_scope as
select a.id, a.kind, a.published_at, a.place_id, a.period_from, a.period_to, a.subject_terms
from assertion a;
