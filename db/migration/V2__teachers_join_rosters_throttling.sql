-- Teacher accounts, former class members, activity, instance settings and throttling of
-- failed sign-ins and join attempts.

alter table account
    add column teacher        boolean not null default false,
    add column last_active_at timestamptz;

-- A removed student's work is kept; their enrolment stays, marked as former.
alter table enrolment
    add column removed_at timestamptz;

create index enrolment_classroom_role_idx on enrolment (classroom_id, role);

create table instance_settings (
    id                     integer primary key default 1 check (id = 1),
    teacher_signup_enabled boolean not null default false
);
insert into instance_settings (id) values (1);

-- Failed sign-ins and join attempts, by subject (a login name, an account, an address).
create table failed_attempt (
    kind         text        not null,
    subject      text        not null,
    attempted_at timestamptz not null
);
create index failed_attempt_lookup_idx on failed_attempt (kind, subject, attempted_at);
