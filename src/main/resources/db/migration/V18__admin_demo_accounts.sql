-- Demo accounts are marked, so that a production start can disable them. The four seeded before this
-- column existed are recognised by their seeded user and display names.
alter table app_user add column demo_account boolean not null default false;

update app_user
   set demo_account = true
 where (username, display_name) in (('admin', 'Demo Administrator'),
                                    ('reviewer', 'Demo HQ Reviewer'),
                                    ('planner', 'Demo Mission Planner'),
                                    ('viewer', 'Demo Viewer'));
