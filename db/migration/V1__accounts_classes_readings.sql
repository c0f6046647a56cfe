-- Foundation schema: accounts, classes and enrolments, readings split into lessons,
-- discussion prompts, and assignments of readings to classes.

create table account (
    id                   bigint generated always as identity primary key,
    login_name           text        not null check (length(login_name) between 1 and 64),
    display_name         text        not null check (length(display_name) between 1 and 100),
    password_hash        text        not null,
    admin                boolean     not null default false,
    must_change_password boolean     not null default false,
    created_at           timestamptz not null default now()
);
-- Login names are unique regardless of letter case.
create unique index account_login_name_key on account (lower(login_name));

create table classroom (
    id              bigint generated always as identity primary key,
    name            text        not null check (length(name) between 1 and 100),
    term            text        check (length(term) <= 100),
    join_code       text        not null unique check (join_code ~ '^[A-Z2-9]{8}$'),
    joining_enabled boolean     not null default true,
    archived        boolean     not null default false,
    created_at      timestamptz not null default now()
);

create table enrolment (
    classroom_id bigint      not null references classroom (id),
    account_id   bigint      not null references account (id),
    role         text        not null check (role in ('TEACHER', 'STUDENT')),
    joined_at    timestamptz not null default now(),
    primary key (classroom_id, account_id)
);
create index enrolment_account_idx on enrolment (account_id);

create table reading (
    id          bigint generated always as identity primary key,
    owner_id    bigint      not null references account (id),
    title       text        not null check (length(title) between 1 and 300),
    source_note text,
    -- Text before the first section heading: shown as the reading's overview.
    overview    text        not null default '',
    created_at  timestamptz not null default now()
);
create index reading_owner_idx on reading (owner_id);

create table lesson (
    id           bigint generated always as identity primary key,
    reading_id   bigint  not null references reading (id) on delete cascade,
    position     integer not null,
    title        text    not null check (length(title) between 1 and 300),
    body         text    not null,
    text_version integer not null default 1,
    constraint lesson_position_key unique (reading_id, position) deferrable initially deferred
);

create table prompt (
    id                  bigint generated always as identity primary key,
    lesson_id           bigint  not null references lesson (id) on delete cascade,
    position            integer not null,
    question            text    not null check (length(question) between 1 and 2000),
    answer_before_peers boolean not null default false,
    constraint prompt_position_key unique (lesson_id, position) deferrable initially deferred
);

create table assignment (
    id           bigint generated always as identity primary key,
    classroom_id bigint      not null references classroom (id),
    reading_id   bigint      not null references reading (id),
    opens_at     timestamptz not null,
    due_at       timestamptz,
    created_at   timestamptz not null default now(),
    check (due_at is null or due_at > opens_at)
);
create index assignment_classroom_idx on assignment (classroom_id);
create index assignment_reading_idx on assignment (reading_id);
