-- Candidate evidence for a figure is looked up among assertions of its kind that share a subject term,
-- newest first. The report's time is copied onto the assertion so that one index serves the order,
-- and the subject's terms (folded, stemmed, synonyms merged by the ranker's own term scanner) are kept
-- as an array with a GIN index. The app fills subject_terms; rows stored before it are filled at start.
alter table assertion add column published_at timestamptz;
update assertion a set published_at = r.published_at from report r where r.id = a.report_id;
alter table assertion alter column published_at set not null;
alter table assertion add column subject_terms bigint[];

create index assertion_kind_published_idx on assertion (kind, published_at desc);
create index assertion_subject_terms_idx on assertion using gin (subject_terms);
