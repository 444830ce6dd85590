-- Duplicate reports: the same address (normalised URL) or the same text (SHA-256 of the text with its
-- whitespace normalised). Both are computed in Java (ReportText) so that every path agrees; reports stored
-- before this migration get theirs at the next start. Not unique: the inbox refuses duplicates with a
-- message naming the report they repeat, which a constraint violation could not do.
alter table report add column url_key varchar(2000);
alter table report add column text_hash varchar(64);
create index report_url_key_idx on report (url_key);
create index report_text_hash_idx on report (text_hash);
