-- Moderation: students flag a note, a reply or an answer with a reason; teachers hide it (or
-- show it again) with a reason. Nothing is deleted by moderation: a hidden item keeps its text,
-- which its author and the class's teachers still see. Every act is recorded for the teachers.

alter table annotation add column hidden_reason text check (length(hidden_reason) between 1 and 500);
alter table prompt_answer add column hidden_reason text check (length(hidden_reason) between 1 and 500);
alter table answer_reply add column hidden_reason text check (length(hidden_reason) between 1 and 500);

-- What a flag or an act is about: a note or reply in the discussion, an answer, a reply to an answer.
create table moderation_flag (
    id           bigint generated always as identity primary key,
    classroom_id bigint      not null references classroom (id),
    target_kind  text        not null check (target_kind in ('NOTE', 'ANSWER', 'ANSWER_REPLY')),
    target_id    bigint      not null,
    flagged_by   bigint      not null references account (id),
    reason       text        not null check (length(reason) between 1 and 500),
    created_at   timestamptz not null,
    -- Set when a teacher hid the item or decided to keep it.
    resolved_at  timestamptz,
    unique (target_kind, target_id, flagged_by)
);
create index moderation_flag_open_idx on moderation_flag (classroom_id) where resolved_at is null;
create index moderation_flag_account_idx on moderation_flag (flagged_by);

create table moderation_action (
    id           bigint generated always as identity primary key,
    classroom_id bigint      not null references classroom (id),
    target_kind  text        not null check (target_kind in ('NOTE', 'ANSWER', 'ANSWER_REPLY')),
    target_id    bigint      not null,
    actor_id     bigint      not null references account (id),
    action       text        not null check (action in ('FLAG', 'HIDE', 'UNHIDE', 'KEEP')),
    reason       text        not null check (length(reason) between 1 and 500),
    at           timestamptz not null
);
create index moderation_action_class_idx on moderation_action (classroom_id, at desc);
create index moderation_action_target_idx on moderation_action (target_kind, target_id);
create index moderation_action_actor_idx on moderation_action (actor_id);
