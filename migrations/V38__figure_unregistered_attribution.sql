-- A figure keeps the attribution the story gives it ("selon le ministère de la Santé") when no registered source
-- matches it yet: as the words of the story, until a fact-checker registers the source or picks one.
alter table figure add column attribution_mention varchar(300);
