-- Teachers' libraries: archived readings, kept lesson text versions, assignments of chosen
-- lessons, and the lessons each student has opened (for "My work" progress).

alter table reading add column archived boolean not null default false;

create table lesson_version (
    lesson_id  bigint      not null references lesson (id) on delete cascade,
    version    integer     not null,
    title      text        not null,
    body       text        not null,
    created_at timestamptz not null default now(),
    primary key (lesson_id, version)
);
insert into lesson_version (lesson_id, version, title, body)
select id, text_version, title, body from lesson;

-- An assignment covers the whole reading, or only the lessons listed for it.
alter table assignment add column whole_reading boolean not null default true;

create table assignment_lesson (
    assignment_id bigint not null references assignment (id) on delete cascade,
    lesson_id     bigint not null references lesson (id) on delete cascade,
    primary key (assignment_id, lesson_id)
);
create index assignment_lesson_lesson_idx on assignment_lesson (lesson_id);

create table lesson_visit (
    classroom_id     bigint      not null references classroom (id),
    account_id       bigint      not null references account (id),
    lesson_id        bigint      not null references lesson (id) on delete cascade,
    first_visited_at timestamptz not null default now(),
    primary key (classroom_id, account_id, lesson_id)
);
create index lesson_visit_lesson_idx on lesson_visit (lesson_id);
