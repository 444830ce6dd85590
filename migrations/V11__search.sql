-- Full-text search over stories, figures and reports (see docs/design-decisions/DD004-search.md).
-- Accents are folded by the unaccent dictionary inside three text search configurations, so that both the
-- stored documents and the words of a query are folded, and ts_headline marks "déplacés" for "deplaces".
-- Each document is a stored generated column with a GIN index; rows written by the app or by COPY get it
-- without any code of theirs.
create extension if not exists unaccent;

-- Accent folding as an immutable function, for expression indexes and generated columns outside text search
-- (unaccent itself is only stable because it looks its dictionary up by name at each call).
create function search_fold(text) returns text
    language sql immutable strict parallel safe
    return unaccent('unaccent'::regdictionary, $1);

create text search configuration corroborate_fr (copy = pg_catalog.french);
alter text search configuration corroborate_fr
    alter mapping for hword, hword_part, word with unaccent, french_stem;

create text search configuration corroborate_en (copy = pg_catalog.english);
alter text search configuration corroborate_en
    alter mapping for hword, hword_part, word with unaccent, english_stem;

-- Languages other than French and English: folded words, no stemming, no stop words.
create text search configuration corroborate_simple (copy = pg_catalog.simple);
alter text search configuration corroborate_simple
    alter mapping for hword, hword_part, word with unaccent, simple;

-- Stories and reports: one configuration, chosen by the row's language; the title weighs more than the text.
alter table story add column search_doc tsvector generated always as (
    case language
        when 'fr' then setweight(to_tsvector('corroborate_fr', title), 'A')
                       || setweight(to_tsvector('corroborate_fr', body), 'B')
        when 'en' then setweight(to_tsvector('corroborate_en', title), 'A')
                       || setweight(to_tsvector('corroborate_en', body), 'B')
        else setweight(to_tsvector('corroborate_simple', title), 'A')
             || setweight(to_tsvector('corroborate_simple', body), 'B')
    end) stored;
create index story_search_idx on story using gin (search_doc);

alter table report add column search_doc tsvector generated always as (
    case language
        when 'fr' then setweight(to_tsvector('corroborate_fr', title), 'A')
                       || setweight(to_tsvector('corroborate_fr', body), 'B')
        when 'en' then setweight(to_tsvector('corroborate_en', title), 'A')
                       || setweight(to_tsvector('corroborate_en', body), 'B')
        else setweight(to_tsvector('corroborate_simple', title), 'A')
             || setweight(to_tsvector('corroborate_simple', body), 'B')
    end) stored;
create index report_search_idx on report using gin (search_doc);

-- Figures: the language is the story's, which a generated column cannot read, so the short figure text is
-- indexed in all three configurations; the search keeps the lexemes of the story's language.
alter table figure add column search_doc tsvector generated always as (
    setweight(to_tsvector('corroborate_fr', quote), 'A')
    || setweight(to_tsvector('corroborate_fr', coalesce(subject, '') || ' ' || coalesce(place, '') || ' '
                             || coalesce(period, '')), 'B')
    || setweight(to_tsvector('corroborate_en', quote), 'A')
    || setweight(to_tsvector('corroborate_en', coalesce(subject, '') || ' ' || coalesce(place, '') || ' '
                             || coalesce(period, '')), 'B')
    || setweight(to_tsvector('corroborate_simple', quote), 'A')
    || setweight(to_tsvector('corroborate_simple', coalesce(subject, '') || ' ' || coalesce(place, '') || ' '
                             || coalesce(period, '')), 'B')
    ) stored;
create index figure_search_idx on figure using gin (search_doc);
