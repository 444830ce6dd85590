-- The places a story's event is about, as its text, title and figures say them (issue 16). Reading them is the
-- gazetteer's pass over the story's text and a vote over its figures (evidence.FigureScopes, DD011), which the story's
-- opening, each figure's panel and scope, each link and each standing derived did again. They are stored here by the
-- evidence feature, which alone reads and writes this table, with a fingerprint of what they were read from (the text,
-- the title, the figures' places in the text, the place registry): a row whose fingerprint no longer matches is read
-- again and replaced. A story whose places a fact-checker set has no need of it (story.scope_places).
create table story_event (
    story_id   bigint      primary key references story (id) on delete cascade,
    read_from  bigint      not null,
    place_ids  bigint[]    not null,
    read_at    timestamptz not null
);
