-- Who has a story open, and on which figure: one row per open browser tab, refreshed while it stays
-- open; rows not seen for a while are ignored (a tab that vanished without saying goodbye).
create table presence (
    session_key  varchar(120) primary key,
    story_id     bigint       not null references story (id) on delete cascade,
    username     varchar(100) not null,
    figure_id    bigint       references figure (id) on delete set null,
    seen_at      timestamptz  not null
);
create index presence_story_idx on presence (story_id);
