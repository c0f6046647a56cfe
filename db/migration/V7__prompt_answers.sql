-- Students' answers to discussion prompts: a draft saved as they type (with a revision, so a
-- second tab never silently overwrites a newer draft), and every submitted version kept.
-- Per class, teachers lock (no more edits) or close (no more submissions) a prompt, reveal
-- classmates' answers to everyone, or exempt a student from answering first.

create table prompt_answer (
    id             bigint generated always as identity primary key,
    classroom_id   bigint      not null references classroom (id),
    prompt_id      bigint      not null references prompt (id) on delete cascade,
    account_id     bigint      not null references account (id),
    draft          text        not null default '' check (length(draft) <= 20000),
    draft_revision integer     not null default 0,
    draft_saved_at timestamptz,
    unique (classroom_id, prompt_id, account_id)
);
create index prompt_answer_prompt_idx on prompt_answer (prompt_id, classroom_id);
create index prompt_answer_account_idx on prompt_answer (account_id);

-- Submitted versions. They reference the prompt directly and restrict its deletion: a prompt that
-- students have answered cannot be deleted (drafts alone go with it).
create table prompt_answer_version (
    answer_id    bigint      not null references prompt_answer (id) on delete cascade,
    version      integer     not null,
    prompt_id    bigint      not null references prompt (id) on delete restrict,
    body         text        not null check (length(body) between 1 and 20000),
    submitted_at timestamptz not null,
    late         boolean     not null,
    primary key (answer_id, version)
);
create index prompt_answer_version_prompt_idx on prompt_answer_version (prompt_id);

create table prompt_class_state (
    classroom_id bigint      not null references classroom (id),
    prompt_id    bigint      not null references prompt (id) on delete cascade,
    locked       boolean     not null default false,
    closed       boolean     not null default false,
    revealed_at  timestamptz,
    primary key (classroom_id, prompt_id)
);

create table prompt_exemption (
    classroom_id bigint not null references classroom (id),
    prompt_id    bigint not null references prompt (id) on delete cascade,
    account_id   bigint not null references account (id),
    primary key (classroom_id, prompt_id, account_id)
);
