-- An optional rubric per prompt in a class: criteria, each with levels worth points; the levels a
-- teacher picks for an answer sum to its score.
create table rubric_criterion (
    id           bigserial primary key,
    classroom_id bigint    not null references classroom (id) on delete cascade,
    prompt_id    bigint    not null references prompt (id) on delete cascade,
    position     integer   not null,
    name         text      not null
);
create index rubric_criterion_prompt_idx on rubric_criterion (prompt_id, classroom_id, position);

create table rubric_level (
    criterion_id bigint  not null references rubric_criterion (id) on delete cascade,
    points       integer not null,
    label        text    not null,
    primary key (criterion_id, points)
);

create table rubric_mark (
    answer_id    bigint  not null references prompt_answer (id) on delete cascade,
    criterion_id bigint  not null references rubric_criterion (id) on delete cascade,
    points       integer not null,
    primary key (answer_id, criterion_id)
);
create index rubric_mark_criterion_idx on rubric_mark (criterion_id);
