-- How each figure stands, as derived by the status engine from its evidence. Stored so that stories can
-- be coloured and conflicts listed across stories without recomputing; recomputed whenever what it
-- depends on changes.
create table figure_standing (
    figure_id             bigint      primary key references figure (id) on delete cascade,
    version               bigint      not null default 0,
    status                varchar(20) not null
        check (status in ('UNSUPPORTED', 'SINGLE_SOURCE', 'CORROBORATED', 'CONTESTED', 'SUPERSEDED')),
    party_claim           boolean     not null,
    credibility           smallint    not null check (credibility between 1 and 6),
    warning_codes         varchar(500) not null default '',
    newer_value_available boolean     not null default false,
    computed_at           timestamptz not null
);
create index figure_standing_status_idx on figure_standing (status);

-- The tolerances an admin may change (one row). Shares: 0.05 is ±5%.
create table tolerance_setting (
    id               smallint     primary key check (id = 1),
    version          bigint       not null default 0,
    approximate      numeric      not null,
    nearly           numeric      not null,
    vague            numeric      not null,
    large_round_word numeric      not null,
    precision_cap    numeric      not null,
    updated_by       varchar(100) not null,
    updated_at       timestamptz  not null
);
insert into tolerance_setting (id, approximate, nearly, vague, large_round_word, precision_cap, updated_by, updated_at)
values (1, 0.05, 0.05, 0.20, 0.20, 0.10, 'system', now());

-- Candidate evidence is looked up by kind and unit, newest first.
create index assertion_kind_unit_idx on assertion (kind, unit);
