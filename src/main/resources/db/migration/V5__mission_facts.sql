-- The facts of a mission: type, phase, dates, host countries, integration model, authorised strength.
alter table mission
    add column mission_type           varchar(40),
    add column phase                  varchar(40) not null default 'MANDATE_IMPLEMENTATION',
    add column hq_location            varchar(200),
    add column start_date             date,
    add column end_date               date,
    add column ocha_position          varchar(40) not null default 'NOT_APPLICABLE',
    add column context                varchar(10000),
    add column troops                 integer,
    add column military_observers     integer,
    add column individual_police      integer,
    add column formed_police_units    integer,
    add column international_civilians integer,
    add column national_staff         integer,
    add column un_volunteers          integer,
    add constraint ck_mission_type check (mission_type in ('MULTIDIMENSIONAL_PKO', 'TRADITIONAL_OBSERVER',
        'SPECIAL_POLITICAL_MISSION', 'PEACEBUILDING_OFFICE', 'HYBRID_OPERATION', 'TRANSITIONAL_ADMINISTRATION')),
    add constraint ck_mission_phase check (phase in ('ASSESSMENT_AND_PLANNING', 'START_UP', 'MANDATE_IMPLEMENTATION',
        'TRANSITION_DRAWDOWN', 'CLOSED')),
    add constraint ck_mission_ocha_position check (ocha_position in ('ONE_FOOT_IN_ONE_FOOT_OUT', 'BOTH_FEET_IN',
        'BOTH_FEET_OUT', 'NOT_APPLICABLE')),
    add constraint ck_mission_dates check (end_date is null or start_date is null or end_date >= start_date),
    add constraint ck_mission_strength_not_negative check (
        coalesce(troops, 0) >= 0 and coalesce(military_observers, 0) >= 0 and coalesce(individual_police, 0) >= 0
        and coalesce(formed_police_units, 0) >= 0 and coalesce(international_civilians, 0) >= 0
        and coalesce(national_staff, 0) >= 0 and coalesce(un_volunteers, 0) >= 0);

-- ISO 3166-1 alpha-2, plus XK for Kosovo
create table mission_host_country (
    mission_id    bigint  not null constraint fk_host_country_mission references mission (id) on delete cascade,
    country_code  varchar(2) not null,
    constraint pk_mission_host_country primary key (mission_id, country_code),
    constraint ck_host_country_code check (country_code ~ '^[A-Z]{2}$')
);
create index ix_mission_host_country_code on mission_host_country (country_code);
