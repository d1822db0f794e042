-- Search across everything a user may see: one row per searchable thing (a mission, a task, a
-- decision, ...) with its title, its text and the page it links to, kept in step with the source
-- tables by triggers, whatever writes them (pages, API, demo seeding, other migrations). A task
-- is also found by the mandated task category it implements ("DDR", "protection of civilians").
--
-- English and French stemming, accent-insensitive: two text search configurations that remove
-- accents (unaccent) before stemming, so that "election", "élection" and "elections" meet. Both
-- vectors are generated columns with a GIN index each (without a pending list, so that a bulk insert
-- does not slow searches down until the next vacuum); a query is parsed in both languages.

create extension if not exists unaccent;

create text search configuration search_english (copy = english);
alter text search configuration search_english
    alter mapping for hword, hword_part, word with unaccent, english_stem;

create text search configuration search_french (copy = french);
alter text search configuration search_french
    alter mapping for hword, hword_part, word with unaccent, french_stem;

create table search_document (
    kind       varchar(20) not null,
    entity_id  bigint      not null,
    part       integer     not null default 0,
    mission_id bigint,
    plan_id    bigint,
    title      text        not null,
    body       text,
    link       text        not null,
    tsv_en     tsvector generated always as (
                   setweight(to_tsvector('search_english'::regconfig, title), 'A')
                   || setweight(to_tsvector('search_english'::regconfig, coalesce(body, '')), 'B')) stored,
    tsv_fr     tsvector generated always as (
                   setweight(to_tsvector('search_french'::regconfig, title), 'A')
                   || setweight(to_tsvector('search_french'::regconfig, coalesce(body, '')), 'B')) stored,
    constraint pk_search_document primary key (kind, entity_id, part),
    constraint ck_search_document_kind check (kind in ('MISSION', 'RESOLUTION', 'UNIT', 'ORGANISATION',
        'PARTNERSHIP', 'PLAN', 'OBJECTIVE', 'RESULT', 'INDICATOR', 'TASK', 'RISK', 'MEETING', 'DECISION',
        'ACTION_ITEM', 'COMMENT'))
);

create index ix_search_document_tsv_en on search_document using gin (tsv_en) with (fastupdate = off);
create index ix_search_document_tsv_fr on search_document using gin (tsv_fr) with (fastupdate = off);
create index ix_search_document_mission on search_document (mission_id);

-- Rewrites the search documents of one source row (none when the row is gone).
create function search_refresh(p_kind text, p_id bigint) returns void
    language plpgsql as
$$
begin
    if p_id is null then
        return;
    end if;
    delete from search_document where kind = p_kind and entity_id = p_id;
    if p_kind = 'MISSION' then
        insert into search_document (kind, entity_id, mission_id, title, body, link)
        select 'MISSION', m.id, m.id, concat_ws(' — ', m.acronym, m.full_name),
               concat_ws(' ', m.hq_location, m.context), '/missions/' || m.id
        from mission m where m.id = p_id;
    elsif p_kind = 'RESOLUTION' then
        insert into search_document (kind, entity_id, mission_id, title, body, link)
        select 'RESOLUTION', r.id, r.mission_id, coalesce(r.symbol, ''), r.notes,
               '/missions/' || r.mission_id || '/mandate#resolution-' || r.id
        from resolution r where r.id = p_id;
    elsif p_kind = 'UNIT' then
        insert into search_document (kind, entity_id, mission_id, title, body, link)
        select 'UNIT', u.id, u.mission_id, coalesce(u.name, ''), concat_ws(' ', u.head_title, u.location),
               '/missions/' || u.mission_id || '/structure/units/' || u.id
        from org_unit u where u.id = p_id;
    elsif p_kind = 'ORGANISATION' then
        insert into search_document (kind, entity_id, mission_id, title, body, link)
        select 'ORGANISATION', o.id, null, concat_ws(' — ', o.acronym, o.full_name),
               concat_ws(' ', o.headquarters, o.notes), '/organisations/' || o.id
        from organisation o where o.id = p_id;
    elsif p_kind = 'PARTNERSHIP' then
        insert into search_document (kind, entity_id, mission_id, title, body, link)
        select 'PARTNERSHIP', p.id, p.mission_id, concat_ws(' — ', o.acronym, o.full_name),
               concat_ws(' ', p.agreement_reference, p.notes),
               '/missions/' || p.mission_id || '/partners/partnerships/' || p.id
        from partnership p join organisation o on o.id = p.organisation_id where p.id = p_id;
    elsif p_kind = 'PLAN' then
        insert into search_document (kind, entity_id, mission_id, plan_id, title, body, link)
        select 'PLAN', p.id, p.mission_id, p.id, coalesce(p.title, ''), concat_ws(' ', p.shared_vision, p.context_summary),
               '/plans/' || p.id
        from plan p where p.id = p_id;
    elsif p_kind = 'OBJECTIVE' then
        insert into search_document (kind, entity_id, mission_id, plan_id, title, body, link)
        select 'OBJECTIVE', o.id, p.mission_id, p.id, coalesce(o.title, ''), o.description,
               '/plans/' || p.id || '/objectives/' || o.id || '/outline'
        from plan_objective o join plan p on p.id = o.plan_id where o.id = p_id;
    elsif p_kind = 'RESULT' then
        insert into search_document (kind, entity_id, mission_id, plan_id, title, body, link)
        select 'RESULT', r.id, p.mission_id, p.id, coalesce(r.title, ''), coalesce(r.description, ''),
               '/plans/' || p.id || '/objectives/' || r.objective_id || '/outline#result-' || r.id
        from plan_result r join plan p on p.id = r.plan_id where r.id = p_id;
    elsif p_kind = 'INDICATOR' then
        insert into search_document (kind, entity_id, mission_id, plan_id, title, body, link)
        select 'INDICATOR', i.id, p.mission_id, p.id, coalesce(i.definition, ''), concat_ws(' ', i.unit, i.data_source),
               '/plans/' || p.id || '/indicators/' || i.id
        from plan_indicator i join plan p on p.id = i.plan_id where i.id = p_id;
    elsif p_kind = 'TASK' then
        insert into search_document (kind, entity_id, mission_id, plan_id, title, body, link)
        select 'TASK', t.id, p.mission_id, p.id, coalesce(t.title, ''), concat_ws(' ', t.description, t.national_counterpart, replace(t.mandate_category, '_', ' ')),
               '/plans/' || p.id || '/tasks/' || t.id || '/in-outline'
        from plan_task t join plan p on p.id = t.plan_id where t.id = p_id;
    elsif p_kind = 'RISK' then
        insert into search_document (kind, entity_id, mission_id, plan_id, title, body, link)
        select 'RISK', r.id, p.mission_id, p.id, coalesce(r.description, ''), concat_ws(' ', r.dilemma, r.mitigation),
               '/plans/' || p.id || '/risks#risk-' || r.id
        from plan_risk r join plan p on p.id = r.plan_id where r.id = p_id;
    elsif p_kind = 'MEETING' then
        insert into search_document (kind, entity_id, mission_id, title, body, link)
        select 'MEETING', m.id, m.mission_id, concat_ws(' ', b.name, to_char(m.held_on, 'YYYY-MM-DD')),
               concat_ws(' ', m.summary, m.other_attendees),
               '/missions/' || m.mission_id || '/coordination/bodies/' || m.body_id || '/meetings/' || m.id
        from meeting m join coordination_body b on b.id = m.body_id where m.id = p_id;
    elsif p_kind = 'DECISION' then
        -- one document per decision of the meeting p_id
        insert into search_document (kind, entity_id, part, mission_id, title, body, link)
        select 'DECISION', m.id, d.position, m.mission_id, coalesce(d.text, ''), concat_ws(' ', b.name, to_char(m.held_on, 'YYYY-MM-DD')),
               '/missions/' || m.mission_id || '/coordination/bodies/' || m.body_id || '/meetings/' || m.id
        from meeting_decision d join meeting m on m.id = d.meeting_id
             join coordination_body b on b.id = m.body_id
        where d.meeting_id = p_id;
    elsif p_kind = 'ACTION_ITEM' then
        insert into search_document (kind, entity_id, mission_id, title, body, link)
        select 'ACTION_ITEM', a.id, a.mission_id, coalesce(a.description, ''), null,
               '/missions/' || a.mission_id || '/coordination/bodies/' || a.body_id || '/meetings/' || a.meeting_id
        from action_item a where a.id = p_id;
    elsif p_kind = 'COMMENT' then
        insert into search_document (kind, entity_id, mission_id, plan_id, title, body, link)
        select 'COMMENT', c.id, p.mission_id, p.id, coalesce(c.author_name, c.author, ''), c.body,
               '/plans/' || p.id || '/review#comment-' || c.id
        from plan_comment c join plan p on p.id = c.plan_id where c.id = p_id;
    else
        raise exception 'unknown search document kind %', p_kind;
    end if;
end;
$$;

-- The row trigger of a source table: TG_ARGV[0] is the kind, TG_ARGV[1] the column holding the id.
create function search_on_change() returns trigger
    language plpgsql as
$$
declare
    old_id bigint;
    new_id bigint;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        old_id := (to_jsonb(old) ->> tg_argv[1])::bigint;
        perform search_refresh(tg_argv[0], old_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        new_id := (to_jsonb(new) ->> tg_argv[1])::bigint;
        if new_id is distinct from old_id then
            perform search_refresh(tg_argv[0], new_id);
        end if;
    end if;
    return null;
end;
$$;

-- Names shown in other documents: an organisation's in its partnerships, a body's in its meetings.
create function search_on_name_change() returns trigger
    language plpgsql as
$$
begin
    if tg_table_name = 'organisation' then
        perform search_refresh('PARTNERSHIP', p.id) from partnership p where p.organisation_id = new.id;
    elsif tg_table_name = 'coordination_body' then
        perform search_refresh('MEETING', m.id) from meeting m where m.body_id = new.id;
        perform search_refresh('DECISION', m.id) from meeting m where m.body_id = new.id;
    end if;
    return null;
end;
$$;

-- Each source table: inserts and deletes, and updates that change what a document is made of (a
-- task moved to another position is not rewritten).
create trigger search_mission after insert or delete on mission
    for each row execute function search_on_change('MISSION', 'id');
create trigger search_mission_update after update on mission
    for each row when ((old.id, old.acronym, old.full_name, old.hq_location, old.context) is distinct from (new.id, new.acronym, new.full_name, new.hq_location, new.context))
    execute function search_on_change('MISSION', 'id');
create trigger search_resolution after insert or delete on resolution
    for each row execute function search_on_change('RESOLUTION', 'id');
create trigger search_resolution_update after update on resolution
    for each row when ((old.id, old.mission_id, old.symbol, old.notes) is distinct from (new.id, new.mission_id, new.symbol, new.notes))
    execute function search_on_change('RESOLUTION', 'id');
create trigger search_org_unit after insert or delete on org_unit
    for each row execute function search_on_change('UNIT', 'id');
create trigger search_org_unit_update after update on org_unit
    for each row when ((old.id, old.mission_id, old.name, old.head_title, old.location) is distinct from (new.id, new.mission_id, new.name, new.head_title, new.location))
    execute function search_on_change('UNIT', 'id');
create trigger search_organisation after insert or delete on organisation
    for each row execute function search_on_change('ORGANISATION', 'id');
create trigger search_organisation_update after update on organisation
    for each row when ((old.id, old.acronym, old.full_name, old.headquarters, old.notes) is distinct from (new.id, new.acronym, new.full_name, new.headquarters, new.notes))
    execute function search_on_change('ORGANISATION', 'id');
create trigger search_partnership after insert or delete on partnership
    for each row execute function search_on_change('PARTNERSHIP', 'id');
create trigger search_partnership_update after update on partnership
    for each row when ((old.id, old.mission_id, old.organisation_id, old.agreement_reference, old.notes) is distinct from (new.id, new.mission_id, new.organisation_id, new.agreement_reference, new.notes))
    execute function search_on_change('PARTNERSHIP', 'id');
create trigger search_plan after insert or delete on plan
    for each row execute function search_on_change('PLAN', 'id');
create trigger search_plan_update after update on plan
    for each row when ((old.id, old.mission_id, old.title, old.shared_vision, old.context_summary) is distinct from (new.id, new.mission_id, new.title, new.shared_vision, new.context_summary))
    execute function search_on_change('PLAN', 'id');
create trigger search_plan_objective after insert or delete on plan_objective
    for each row execute function search_on_change('OBJECTIVE', 'id');
create trigger search_plan_objective_update after update on plan_objective
    for each row when ((old.id, old.plan_id, old.title, old.description) is distinct from (new.id, new.plan_id, new.title, new.description))
    execute function search_on_change('OBJECTIVE', 'id');
create trigger search_plan_result after insert or delete on plan_result
    for each row execute function search_on_change('RESULT', 'id');
create trigger search_plan_result_update after update on plan_result
    for each row when ((old.id, old.plan_id, old.objective_id, old.title, old.description) is distinct from (new.id, new.plan_id, new.objective_id, new.title, new.description))
    execute function search_on_change('RESULT', 'id');
create trigger search_plan_indicator after insert or delete on plan_indicator
    for each row execute function search_on_change('INDICATOR', 'id');
create trigger search_plan_indicator_update after update on plan_indicator
    for each row when ((old.id, old.plan_id, old.definition, old.unit, old.data_source) is distinct from (new.id, new.plan_id, new.definition, new.unit, new.data_source))
    execute function search_on_change('INDICATOR', 'id');
create trigger search_plan_task after insert or delete on plan_task
    for each row execute function search_on_change('TASK', 'id');
create trigger search_plan_task_update after update on plan_task
    for each row when ((old.id, old.plan_id, old.title, old.description, old.national_counterpart, old.mandate_category) is distinct from (new.id, new.plan_id, new.title, new.description, new.national_counterpart, new.mandate_category))
    execute function search_on_change('TASK', 'id');
create trigger search_plan_risk after insert or delete on plan_risk
    for each row execute function search_on_change('RISK', 'id');
create trigger search_plan_risk_update after update on plan_risk
    for each row when ((old.id, old.plan_id, old.description, old.dilemma, old.mitigation) is distinct from (new.id, new.plan_id, new.description, new.dilemma, new.mitigation))
    execute function search_on_change('RISK', 'id');
create trigger search_meeting after insert or delete on meeting
    for each row execute function search_on_change('MEETING', 'id');
create trigger search_meeting_update after update on meeting
    for each row when ((old.id, old.mission_id, old.body_id, old.held_on, old.summary, old.other_attendees) is distinct from (new.id, new.mission_id, new.body_id, new.held_on, new.summary, new.other_attendees))
    execute function search_on_change('MEETING', 'id');
create trigger search_meeting_decisions after insert or delete on meeting
    for each row execute function search_on_change('DECISION', 'id');
create trigger search_meeting_decisions_update after update on meeting
    for each row when ((old.id, old.mission_id, old.body_id, old.held_on) is distinct from (new.id, new.mission_id, new.body_id, new.held_on))
    execute function search_on_change('DECISION', 'id');
create trigger search_meeting_decision after insert or delete on meeting_decision
    for each row execute function search_on_change('DECISION', 'meeting_id');
create trigger search_meeting_decision_update after update on meeting_decision
    for each row when ((old.meeting_id, old.position, old.text) is distinct from (new.meeting_id, new.position, new.text))
    execute function search_on_change('DECISION', 'meeting_id');
create trigger search_action_item after insert or delete on action_item
    for each row execute function search_on_change('ACTION_ITEM', 'id');
create trigger search_action_item_update after update on action_item
    for each row when ((old.id, old.mission_id, old.body_id, old.meeting_id, old.description) is distinct from (new.id, new.mission_id, new.body_id, new.meeting_id, new.description))
    execute function search_on_change('ACTION_ITEM', 'id');
create trigger search_plan_comment after insert or delete on plan_comment
    for each row execute function search_on_change('COMMENT', 'id');
create trigger search_plan_comment_update after update on plan_comment
    for each row when ((old.id, old.plan_id, old.body, old.author, old.author_name) is distinct from (new.id, new.plan_id, new.body, new.author, new.author_name))
    execute function search_on_change('COMMENT', 'id');
create trigger search_organisation_name after update on organisation
    for each row when ((old.acronym, old.full_name) is distinct from (new.acronym, new.full_name))
    execute function search_on_name_change();
create trigger search_coordination_body_name after update on coordination_body
    for each row when (old.name is distinct from new.name)
    execute function search_on_name_change();

-- The initial fill, from the rows already there.
do
$$
begin
    perform search_refresh('MISSION', id) from mission;
    perform search_refresh('RESOLUTION', id) from resolution;
    perform search_refresh('UNIT', id) from org_unit;
    perform search_refresh('ORGANISATION', id) from organisation;
    perform search_refresh('PARTNERSHIP', id) from partnership;
    perform search_refresh('PLAN', id) from plan;
    perform search_refresh('OBJECTIVE', id) from plan_objective;
    perform search_refresh('RESULT', id) from plan_result;
    perform search_refresh('INDICATOR', id) from plan_indicator;
    perform search_refresh('TASK', id) from plan_task;
    perform search_refresh('RISK', id) from plan_risk;
    perform search_refresh('MEETING', id) from meeting;
    perform search_refresh('DECISION', id) from meeting;
    perform search_refresh('ACTION_ITEM', id) from action_item;
    perform search_refresh('COMMENT', id) from plan_comment;
end;
$$;
