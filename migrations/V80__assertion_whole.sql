-- A number that is the whole a part is counted from ("ADN won 67 of the 151 seats": 151; « Sur les 300 salariés, 120
-- seront licenciés »: 300), as the extraction engine reads it (third walk, H3). The evidence ranker proposes such a
-- number as context, not as support or contradiction, for a figure it does not restate: the chamber's 151 seats say
-- nothing of a party's "at least 64". Existing assertions are not wholes (the default) until their report is read again.
alter table assertion add column whole boolean not null default false;

-- evidence_candidate (V56) with the new column last (a view may only gain columns at its end).
create or replace view evidence_candidate as
select a.id, a.report_id, a.kind, a.subject, a.subject_terms, a.published_at, a.place_id, a.period_from, a.period_to,
       a.period_stated, a.quote, a.qualifier, a.low, a.high, a.unit, a.place, a.period,
       r.title,
       o.key as origin_key, o.name as origin_name, o.party as origin_party, o.reliability as origin_reliability,
       p.key as publisher_key, p.name as publisher_name, p.party as publisher_party,
       p.reliability as publisher_reliability,
       a.whole
from assertion a
left join report r on r.id = a.report_id
left join source o on o.id = a.origin_id
left join source p on p.id = r.publisher_id;
