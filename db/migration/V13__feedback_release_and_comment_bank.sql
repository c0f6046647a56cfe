-- Feedback written in the grading view waits until the teacher releases it to the whole class at
-- once; feedback given before this (and from a prompt's own panel) was seen at once, so it counts
-- as released when it was given.
alter table answer_feedback add column released_at timestamptz;
update answer_feedback set released_at = given_at;

-- Comments a teacher reuses across answers and classes: their own comment bank.
create table feedback_comment (
    id         bigserial   primary key,
    teacher_id bigint      not null references account (id) on delete cascade,
    body       text        not null,
    created_at timestamptz not null default now(),
    unique (teacher_id, body)
);
