-- Who holds what a figure or an assertion counts, as the text names it: "RC" in "RC won at least 64 seats" and in
-- "... ADN 67 of the 151 seats and RC 61", « PS » in « Le PS a obtenu 9 sièges », "Gonzalez" in "48% for Gonzalez".
-- Two holders' counts are two measures: the evidence ranker no longer proposes ADN's 67 seats as support for RC's
-- claim of "at least 64". Null: not stated (every row so far, until its text is read again), which compares with any.
-- Every table that embeds a measure (org.corroborate.measure.Measure) gains it.
alter table figure add column holder text;
alter table figure_revision add column holder text;
alter table figure_suggestion add column holder text;
alter table assertion add column holder text;

-- evidence_candidate (V80) with the new column last (a view may only gain columns at its end).
create or replace view evidence_candidate as
select a.id, a.report_id, a.kind, a.subject, a.subject_terms, a.published_at, a.place_id, a.period_from, a.period_to,
       a.period_stated, a.quote, a.qualifier, a.low, a.high, a.unit, a.place, a.period,
       r.title,
       o.key as origin_key, o.name as origin_name, o.party as origin_party, o.reliability as origin_reliability,
       p.key as publisher_key, p.name as publisher_name, p.party as publisher_party,
       p.reliability as publisher_reliability,
       a.whole,
       a.holder
from assertion a
left join report r on r.id = a.report_id
left join source o on o.id = a.origin_id
left join source p on p.id = r.publisher_id;
