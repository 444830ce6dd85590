-- The evidence feature's candidate index over the report feature's assertions (V3, DD008). Assertions are report's;
-- the index's terms (subject_terms, which evidence's term scanner computes) and the candidate look-up are evidence's.
-- Evidence reads and writes only these views, which say in one place which columns of assertion, report and source
-- the candidate look-up uses: a migration that drops or retypes one fails until it changes the view with it.

-- Every assertion with what a candidate shows: its report's title, its origin and its publisher. The joins are left
-- joins on unique keys (every assertion has a report and an origin, every report a publisher), so PostgreSQL drops
-- those whose columns a query does not use: a look-up that reads only the assertion's columns (the GIN index on
-- subject_terms, the (kind, published_at) index) plans as it did on the table.
create view evidence_candidate as
select a.id, a.report_id, a.kind, a.subject, a.subject_terms, a.published_at, a.place_id, a.period_from, a.period_to,
       a.period_stated, a.quote, a.qualifier, a.low, a.high, a.unit, a.place, a.period,
       r.title,
       o.key as origin_key, o.name as origin_name, o.party as origin_party, o.reliability as origin_reliability,
       p.key as publisher_key, p.name as publisher_name, p.party as publisher_party,
       p.reliability as publisher_reliability
from assertion a
left join report r on r.id = a.report_id
left join source o on o.id = a.origin_id
left join source p on p.id = r.publisher_id;

-- The terms evidence fills in: one table, so the view can be updated (subject_terms only is evidence's to write).
create view evidence_assertion_terms as
select a.id, a.report_id, a.kind, a.subject, a.subject_terms
from assertion a;
