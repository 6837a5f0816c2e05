--liquibase formatted sql

--changeset cms:006-create-rate-limits
-- Fixed-window counters shared by every instance of the service.
create table rate_limit (
    bucket       varchar(300) primary key,
    window_start timestamptz  not null,
    hits         integer      not null
);
--rollback drop table rate_limit;
