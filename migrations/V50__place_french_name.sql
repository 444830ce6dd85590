-- Place names follow the UI language (issue 12, DD011): a place's French name ("Damas", "Genève", "province
-- d'Idleb"); null where it is the same as its name. The curated registry fills it at start where it is null.
alter table place add column name_fr varchar(300);
