-- Annotating lessons together: each class's tag vocabulary, annotations anchored to a lesson
-- text version (W3C TextQuote + TextPosition selectors), replies, kept earlier bodies and
-- "helpful" reactions. Discussion belongs to a class: the same lesson in two classes has two.

create table discussion_tag (
    id           bigint generated always as identity primary key,
    classroom_id bigint      not null references classroom (id),
    position     integer     not null,
    name         text        not null check (length(name) between 1 and 40),
    -- A removed tag stays so the annotations that used it keep a row to point at (shown untagged).
    removed_at   timestamptz
);
create index discussion_tag_classroom_idx on discussion_tag (classroom_id, position);
create unique index discussion_tag_name_key on discussion_tag (classroom_id, lower(name)) where removed_at is null;

create table annotation (
    id            bigint generated always as identity primary key,
    classroom_id  bigint      not null references classroom (id),
    lesson_id     bigint      not null references lesson (id) on delete cascade,
    author_id     bigint      not null references account (id),
    -- Replies point at their thread's root; roots carry the anchor, replies inherit it.
    parent_id     bigint references annotation (id),
    body          text        not null check (length(body) <= 5000),
    tag_id        bigint references discussion_tag (id),
    visibility    text        not null check (visibility in ('CLASS', 'PRIVATE', 'TEACHERS')),
    text_version  integer,
    quote_exact   text,
    quote_prefix  text,
    quote_suffix  text,
    start_offset  integer,
    end_offset    integer,
    orphaned      boolean     not null default false,
    created_at    timestamptz not null default now(),
    edited_at     timestamptz,
    deleted_at    timestamptz,
    check ((parent_id is null) = (quote_exact is not null)),
    check (start_offset is null or (start_offset >= 0 and end_offset > start_offset))
);
create index annotation_discussion_idx on annotation (classroom_id, lesson_id, id);
create index annotation_lesson_idx on annotation (lesson_id) where parent_id is null;
create index annotation_parent_idx on annotation (parent_id) where parent_id is not null;
create index annotation_author_idx on annotation (author_id);

-- Earlier bodies of edited annotations, kept for the class's teachers.
create table annotation_revision (
    annotation_id bigint      not null references annotation (id) on delete cascade,
    replaced_at   timestamptz not null,
    body          text        not null,
    primary key (annotation_id, replaced_at)
);

create table reaction (
    annotation_id bigint      not null references annotation (id) on delete cascade,
    account_id    bigint      not null references account (id),
    created_at    timestamptz not null default now(),
    primary key (annotation_id, account_id)
);
create index reaction_account_idx on reaction (account_id);
