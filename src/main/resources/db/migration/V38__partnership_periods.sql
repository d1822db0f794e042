-- A partnership is a series of periods, each with its arrangement: EUFOR Chad/CAR ran alongside
-- MINURCAT and then handed over to it. The partnership keeps its overall dates and the
-- arrangement of its latest period for lists; the periods say what held on a given day.
create table partnership_period (
    partnership_id bigint      not null constraint fk_partnership_period_partnership references partnership (id) on delete cascade,
    position       integer     not null,
    arrangement    varchar(40) not null,
    start_date     date        not null,
    end_date       date,
    constraint pk_partnership_period primary key (partnership_id, position),
    constraint ck_partnership_period_dates check (end_date is null or end_date >= start_date),
    constraint ck_partnership_period_arrangement check (arrangement in ('REGIONAL_HANDS_OVER_TO_UN',
        'UN_HANDS_OVER_TO_REGIONAL', 'REGIONAL_PILLAR_INSIDE_UN', 'ALONGSIDE_NOT_UNDER_UN',
        'AUTHORISED_COALITION_HANDS_OVER', 'HYBRID_OPERATION', 'UN_COUNTRY_TEAM_MEMBER', 'IMPLEMENTING_PARTNER',
        'DONOR', 'HOST_GOVERNMENT_COUNTERPART', 'OTHER'))
);

create table partnership_period_aud (
    rev            bigint   not null constraint fk_partnership_period_aud_revision references revision (id),
    revtype        smallint not null,
    partnership_id bigint   not null,
    position       integer  not null,
    arrangement    varchar,
    start_date     date,
    end_date       date
);
create index ix_partnership_period_aud_rev on partnership_period_aud (rev);

-- every existing partnership is one period, recorded in its latest revision
insert into partnership_period (partnership_id, position, arrangement, start_date, end_date)
select id, 0, arrangement, start_date, end_date from partnership;

insert into partnership_period_aud (rev, revtype, partnership_id, position, arrangement, start_date, end_date)
select a.rev, 0, p.id, 0, p.arrangement, p.start_date, p.end_date
  from partnership p
  join (select id, max(rev) as rev from partnership_aud group by id) a on a.id = p.id;
