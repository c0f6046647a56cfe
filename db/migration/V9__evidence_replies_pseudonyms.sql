-- Prompt answers, second part: highlights cited as evidence in an answer, replies and "helpful"
-- marks on classmates' answers, and classes that show classmates to students under pseudonyms.

-- Students see classmates as "Classmate A", "Classmate B"... (letters by order of joining).
alter table classroom add column pseudonymous boolean not null default false;
create index enrolment_order_idx on enrolment (classroom_id, joined_at, account_id);

-- Evidence belongs to the answer (draft and submission alike). The quote is read from the
-- annotation, which keeps its words when an edit orphans it: cited evidence is never dropped.
create table answer_evidence (
    answer_id     bigint      not null references prompt_answer (id) on delete cascade,
    annotation_id bigint      not null references annotation (id) on delete cascade,
    added_at      timestamptz not null,
    primary key (answer_id, annotation_id)
);
create index answer_evidence_annotation_idx on answer_evidence (annotation_id);

create table answer_reply (
    id         bigint generated always as identity primary key,
    answer_id  bigint      not null references prompt_answer (id) on delete cascade,
    author_id  bigint      not null references account (id),
    body       text        not null check (length(body) between 1 and 5000),
    created_at timestamptz not null
);
create index answer_reply_answer_idx on answer_reply (answer_id, id);
create index answer_reply_author_idx on answer_reply (author_id);

create table answer_reaction (
    answer_id  bigint      not null references prompt_answer (id) on delete cascade,
    account_id bigint      not null references account (id),
    created_at timestamptz not null,
    primary key (answer_id, account_id)
);
create index answer_reaction_account_idx on answer_reaction (account_id);
