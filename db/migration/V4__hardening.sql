-- Hardening: sessions end when a password changes, throttling that checks and counts in one
-- step, trusted devices, co-teacher invitations, and a version check on lesson edits.

-- Bumped on every password change or reset; a session signed in with an older value ends.
alter table account add column credential_version integer not null default 1;

-- One row per throttled subject (a login name, an address, an account), updated atomically:
-- an attempt is reserved (counted as a failure) before the password or code is checked, and
-- given back when it succeeds. Past the free failures of a window, attempts are paced.
drop table failed_attempt;
create table attempt_throttle (
    kind              text        not null,
    subject           text        not null,
    failures          integer     not null,
    window_started_at timestamptz not null,
    next_attempt_at   timestamptz not null,
    primary key (kind, subject)
);
create index attempt_throttle_window_idx on attempt_throttle (window_started_at);

-- Browsers in which an account signed in successfully before (a cookie holds the device token;
-- only its hash is stored). Such a browser is not held up by failures made elsewhere.
create table trusted_device (
    token_hash   text        not null,
    account_id   bigint      not null references account (id) on delete cascade,
    failures     integer     not null default 0,
    last_used_at timestamptz not null,
    primary key (token_hash, account_id)
);
create index trusted_device_account_idx on trusted_device (account_id);

-- A teacher invites a colleague by login name; the colleague accepts or declines. Stored by the
-- name typed, so inviting reveals nothing about whether such an account exists.
create table co_teacher_invitation (
    classroom_id bigint      not null references classroom (id),
    login_name   text        not null check (length(login_name) between 1 and 64),
    invited_by   bigint      not null references account (id),
    created_at   timestamptz not null default now(),
    primary key (classroom_id, login_name)
);
create index co_teacher_invitation_login_idx on co_teacher_invitation (login_name);

-- Bumped on every save of a lesson (title or text): an editor saves only over what it loaded.
alter table lesson add column revision integer not null default 1;
