-- A suggested figure whose number was written "1,200" or "1.200" with no words around it to say whether the
-- mark groups thousands or marks decimals (issue 11): it was read with the story's language, and the list asks
-- the fact-checker to check it.
alter table figure_suggestion add column ambiguous_number boolean not null default false;
