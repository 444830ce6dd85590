-- The figures attributed only in the story's words (no registered source matched them), found again whenever a
-- source is registered or given a name or alias (story.WordsToSources, DD022): a partial index, so that this read
-- stays small beside a million figures instead of reading the table whole.
create index figure_words_only_idx on figure (attribution_mention)
    where attributed_source_id is null and attribution_mention is not null;
