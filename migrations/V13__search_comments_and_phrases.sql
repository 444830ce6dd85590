-- Comments in search, and a cheaper way to look for phrases (see docs/design-decisions/DD004-search.md).

-- Comments have no language of their own: it is their story's, which a generated column cannot read, so the
-- text is indexed in all three configurations (as figures are); the search keeps the lexemes of the story's
-- language. A deleted comment has no document, so no query finds it (its text is also blanked on deletion).
alter table comment add column search_doc tsvector generated always as (
    case when deleted then null
         else to_tsvector('corroborate_fr', body) || to_tsvector('corroborate_en', body)
              || to_tsvector('corroborate_simple', body)
    end) stored;
create index comment_search_idx on comment using gin (search_doc);
-- Past the ranking cap results come newest first: that walks this index.
create index comment_created_idx on comment (created_at desc);

-- A phrase ("forces du régime", and also hyphenated words) cannot be answered by the GIN index, which holds no
-- positions: every row containing all the words is read to check their order. search_relax gives the same
-- query with the order dropped (every phrase operator <-> / <N> becomes &), which the index answers exactly;
-- the search takes the newest rows matching it and checks the phrase on those only. A query with a negation
-- is returned as it is: "!(a <-> b)" relaxed to "!(a & b)" would match fewer rows, not more. Lexemes are
-- quoted in the text form and the text search parser makes no token holding '<', so the rewrite only
-- touches operators (a lexeme holding '!' just leaves the query as it is).
create function search_relax(tsquery) returns tsquery
    language sql immutable strict parallel safe
    return case when strpos($1::text, '!') > 0 then $1
                else regexp_replace($1::text, '<(-|[0-9]+)>', '&', 'g')::tsquery end;

-- Whether a query holds a phrase operator, i.e. whether search_relax changes it.
create function search_has_phrase(tsquery) returns boolean
    language sql immutable strict parallel safe
    return $1::text ~ '<(-|[0-9]+)>';
