--liquibase formatted sql

--changeset cms:043-create-audit-log splitStatements:false
-- Who changed what: one row per write (its side effects, such as the author profile a new account gets,
-- are listed in related). Append-only: the trigger refuses UPDATE, DELETE and TRUNCATE, except
--   * the transaction that inserted a row may complete it before it commits (xact is that transaction:
--     a later event of the same write folds into the row instead of adding one), and
--   * the retention purge, which deletes old rows after `set local cms.audit_purge = 'on'`.
-- The application's role owns the table (it runs the migrations), so this guards against mistakes and
-- stray SQL, not against that role itself; a deployment that wants more runs the service as a role that
-- owns nothing (REVOKE UPDATE, DELETE, TRUNCATE on audit_log) and the purge from the migrating role.
create table audit_log (
    id             uuid primary key,
    at             timestamptz  not null,
    actor_id       uuid,
    actor_role     varchar(16),
    action         varchar(60)  not null,
    target_type    varchar(30)  not null,
    target_id      varchar(254),
    changes        jsonb        not null default '{}',
    related        jsonb        not null default '[]',
    client_address varchar(64),
    request_id     varchar(64),
    xact           xid8         not null default pg_current_xact_id()
);
create index audit_log_at_ix on audit_log (at desc, id desc);
create index audit_log_actor_ix on audit_log (actor_id, at desc);
create index audit_log_target_ix on audit_log (target_type, target_id, at desc);
create index audit_log_action_ix on audit_log (action, at desc);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.xact = pg_current_xact_id() then
        new.xact := old.xact;
        new.id := old.id;
        return new;
    end if;
    if tg_op in ('DELETE', 'TRUNCATE') and current_setting('cms.audit_purge', true) = 'on' then
        return old;
    end if;
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_log_append_only_rows before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_append_only_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
