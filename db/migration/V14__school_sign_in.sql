-- Schools sign in with their own accounts through OpenID Connect providers the admin registers
-- (Google, Microsoft Entra, Keycloak...). An identity (provider and subject) belongs to one
-- Colloquy account: made on its first sign-in, or linked by a person signed in with both.
create table sign_in_provider (
    id                     bigserial   primary key,
    registration_id        text        not null unique,
    display_name           text        not null,
    issuer_uri             text        not null,
    client_id              text        not null,
    client_secret          text        not null,
    name_claim             text        not null default 'name',
    allowed_domains        text        not null default '',
    new_accounts_teachers  boolean     not null default false,
    enabled                boolean     not null default true,
    created_at             timestamptz not null default now()
);

create table account_identity (
    provider_id bigint      not null references sign_in_provider (id) on delete cascade,
    subject     text        not null,
    account_id  bigint      not null references account (id) on delete cascade,
    linked_at   timestamptz not null default now(),
    primary key (provider_id, subject)
);
create index account_identity_account_idx on account_identity (account_id);

-- The admin may switch off sign-in with a password once schools sign in through a provider
-- (admins keep theirs, so the instance cannot be locked).
alter table instance_settings add column passwords_enabled boolean not null default true;
