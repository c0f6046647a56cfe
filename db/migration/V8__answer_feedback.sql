-- Teachers' feedback on a student's answer: a comment and an optional score out of the maximum
-- the class's teachers set on the prompt.
alter table prompt_class_state add column max_score integer check (max_score between 1 and 1000);

create table answer_feedback (
    answer_id  bigint      primary key references prompt_answer (id) on delete cascade,
    teacher_id bigint      not null references account (id),
    comment    text        not null default '' check (length(comment) <= 5000),
    score      integer     check (score >= 0),
    given_at   timestamptz not null
);
