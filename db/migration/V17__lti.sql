-- LTI 1.3: learning platforms (Moodle, Canvas, Schoology, Brightspace) launch Colloquy.
-- The admin registers each platform; its courses become classes on an instructor's first launch,
-- and its people get accounts as they launch (never matched by e-mail).
create table lti_platform (
    id              bigserial   primary key,
    display_name    text        not null,
    issuer          text        not null,
    client_id       text        not null,
    auth_login_url  text        not null,
    jwks_url        text        not null,
    token_url       text        not null default '',
    created_at      timestamptz not null default now(),
    unique (issuer, client_id)
);

create table lti_deployment (
    platform_id   bigint not null references lti_platform (id) on delete cascade,
    deployment_id text   not null,
    primary key (platform_id, deployment_id)
);

-- Between the platform's login initiation and its launch: the state sent and the nonce the ID
-- token must carry, each good for one launch within minutes.
create table lti_login_state (
    state        text        primary key,
    nonce        text        not null,
    platform_id  bigint      not null references lti_platform (id) on delete cascade,
    created_at   timestamptz not null default now()
);
create index lti_login_state_created_idx on lti_login_state (created_at);

create table lti_user (
    platform_id bigint      not null references lti_platform (id) on delete cascade,
    subject     text        not null,
    account_id  bigint      not null references account (id) on delete cascade,
    created_at  timestamptz not null default now(),
    primary key (platform_id, subject)
);
create index lti_user_account_idx on lti_user (account_id);

create table lti_context (
    platform_id   bigint      not null references lti_platform (id) on delete cascade,
    deployment_id text        not null,
    context_id    text        not null,
    classroom_id  bigint      not null references classroom (id) on delete cascade,
    -- The course's services as its latest launch named them ('' when the platform offers none):
    -- its roster (Names and Role Provisioning) and its gradebook (Assignment and Grade Services).
    memberships_url text      not null default '',
    lineitems_url   text      not null default '',
    created_at    timestamptz not null default now(),
    primary key (platform_id, deployment_id, context_id)
);
create unique index lti_context_classroom_idx on lti_context (classroom_id);

-- A launch checked: the person continues into Colloquy with this one-time ticket in a tab of
-- their own (a platform's frame may not keep our cookies).
create table lti_launch_ticket (
    ticket_hash  text        primary key,
    account_id   bigint      not null references account (id) on delete cascade,
    target_path  text        not null,
    expires_at   timestamptz not null
);

-- Colloquy's own key for LTI, made on first use: platforms fetch its public half from /lti/jwks
-- to check what Colloquy signs (content picked for a course, requests for rosters and grades).
create table lti_tool_key (
    id          smallint    primary key check (id = 1),
    jwk         text        not null,
    created_at  timestamptz not null default now()
);

-- A teacher picking Colloquy content from inside the platform (Deep Linking): the request as the
-- platform sent it, then the signed answer Colloquy posts back, once.
create table lti_deep_link (
    id             bigserial   primary key,
    platform_id    bigint      not null references lti_platform (id) on delete cascade,
    deployment_id  text        not null,
    account_id     bigint      not null references account (id) on delete cascade,
    classroom_id   bigint      references classroom (id) on delete cascade,
    return_url     text        not null,
    data           text,
    response_jwt   text,
    created_at     timestamptz not null default now()
);
create index lti_deep_link_account_idx on lti_deep_link (account_id);
