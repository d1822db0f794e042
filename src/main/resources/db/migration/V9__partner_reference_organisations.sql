-- Reference organisations, loaded in every profile. Generated from two public files (see the
-- About the data page): the UN System Chart entities (source UN_SYSTEM_ENTITIES) and the ECB list of
-- international organisations v1.5 (ECB_INTERNATIONAL_ORGANISATIONS), plus the organisations named in the
-- domain brief that these lack (DOMAIN_BRIEF). One row per acronym: the UN data wins over the ECB list.
-- Mapping: UN Secretariat departments, offices and envoys -> UN_SECRETARIAT; UN funds, programmes,
-- specialized agencies, related organizations, research and training institutes, regional commissions
-- -> UN_AGENCY_FUND_PROGRAMME (IMF and the World Bank Group -> INTERNATIONAL_FINANCIAL_INSTITUTION);
-- UN peacekeeping operations and political missions -> OTHER (noted as such); UN intergovernmental and
-- expert bodies, committees, commissions, mechanisms and the ICJ are left out (not operational partners).
-- ECB list: development banks, funds and central banks -> INTERNATIONAL_FINANCIAL_INSTITUTION; EU bodies
-- -> REGIONAL_ORGANISATION with parent EU (EU financial bodies -> INTERNATIONAL_FINANCIAL_INSTITUTION);
-- regional organisations -> REGIONAL_ORGANISATION; ICRC, WCC -> INTERNATIONAL_NGO; the rest -> OTHER.
-- Humanitarian actors: OCHA, UNHCR, WFP, UNICEF, UNRWA, IOM, ICRC.

insert into organisation (acronym, full_name, kind, headquarters, website, humanitarian, notes, source) values
('BINUH', 'United Nations Integrated Office in Haiti', 'OTHER', null, 'https://binuh.unmissions.org/', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('CTBTO', 'Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization', 'UN_AGENCY_FUND_PROGRAMME', 'Vienna, Austria', 'https://www.ctbto.org/', false, 'UN system: related organization', 'UN_SYSTEM_ENTITIES'),
('DCO', 'Development Coordination Office', 'UN_SECRETARIAT', null, 'https://un-dco.org/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('DESA', 'Department of Economic and Social Affairs', 'UN_SECRETARIAT', null, 'https://www.un.org/development/desa', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('DGACM', 'Department for General Assembly and Conference Management', 'UN_SECRETARIAT', null, 'https://www.un.org/dgacm/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('DGC', 'Department of Global Communications', 'UN_SECRETARIAT', null, 'https://www.un.org/en/sections/departments/department-global-communications/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('DMSPC', 'Department of Management Strategy, Policy and Compliance', 'UN_SECRETARIAT', null, 'https://www.un.org/management/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('DOS', 'Department of Operational Support', 'UN_SECRETARIAT', null, 'https://operationalsupport.un.org/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('DPO', 'Department of Peace Operations', 'UN_SECRETARIAT', null, 'https://peacekeeping.un.org/en/department-of-peace-operations', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('DPPA', 'Department of Political and Peacebuilding Affairs', 'UN_SECRETARIAT', null, 'https://dppa.un.org/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('DSS', 'Department of Safety and Security', 'UN_SECRETARIAT', null, 'https://www.un.org/undss/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('ECA', 'Economic Commission for Africa', 'UN_AGENCY_FUND_PROGRAMME', null, 'https://www.uneca.org/', false, 'UN system: regional commissions', 'UN_SYSTEM_ENTITIES'),
('ECE', 'Economic Commission for Europe', 'UN_AGENCY_FUND_PROGRAMME', null, 'https://unece.org/', false, 'UN system: regional commissions', 'UN_SYSTEM_ENTITIES'),
('ECLAC', 'Economic Commission for Latin America and the Caribbean', 'UN_AGENCY_FUND_PROGRAMME', null, 'https://www.cepal.org/', false, 'UN system: regional commissions', 'UN_SYSTEM_ENTITIES'),
('EOSG', 'Executive Office of the Secretary-General', 'UN_SECRETARIAT', null, 'https://www.un.org/sg', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('ESCAP', 'Economic and Social Commission for Asia and the Pacific', 'UN_AGENCY_FUND_PROGRAMME', null, 'https://www.unescap.org/', false, 'UN system: regional commissions', 'UN_SYSTEM_ENTITIES'),
('ESCWA', 'Economic and Social Commission for Western Asia', 'UN_AGENCY_FUND_PROGRAMME', null, 'https://www.unescwa.org/', false, 'UN system: regional commissions', 'UN_SYSTEM_ENTITIES'),
('Ethics Office', 'United Nations Ethics Office', 'UN_SECRETARIAT', null, 'https://www.un.org/en/ethics/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('FAO', 'Food and Agriculture Organization', 'UN_AGENCY_FUND_PROGRAMME', 'Rome, Italy', 'https://www.fao.org/', false, 'UN system: specialized agency', 'UN_SYSTEM_ENTITIES'),
('IAEA', 'International Atomic Energy Agency', 'UN_AGENCY_FUND_PROGRAMME', 'Vienna, Austria', 'https://www.iaea.org/', false, 'UN system: related organization', 'UN_SYSTEM_ENTITIES'),
('ICAO', 'International Civil Aviation Organization', 'UN_AGENCY_FUND_PROGRAMME', 'Montreal, Canada', 'https://www.icao.int/', false, 'UN system: specialized agency', 'UN_SYSTEM_ENTITIES'),
('ICC', 'International Criminal Court', 'UN_AGENCY_FUND_PROGRAMME', 'The Hague, Netherlands', 'https://www.icc-cpi.int/', false, 'UN system: related organization', 'UN_SYSTEM_ENTITIES'),
('IFAD', 'International Fund for Agricultural Development', 'UN_AGENCY_FUND_PROGRAMME', 'Rome, Italy', 'https://www.ifad.org/', false, 'UN system: specialized agency', 'UN_SYSTEM_ENTITIES'),
('ILO', 'International Labor Organization', 'UN_AGENCY_FUND_PROGRAMME', 'Geneva, Switzerland', 'https://www.ilo.org/', false, 'UN system: specialized agency', 'UN_SYSTEM_ENTITIES'),
('IMF', 'International Monetary Fund', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Washington, DC, USA', 'https://www.imf.org/', false, 'UN specialized agency', 'UN_SYSTEM_ENTITIES'),
('IMO', 'International Maritime Organization', 'UN_AGENCY_FUND_PROGRAMME', null, 'https://www.imo.org/', false, 'UN system: specialized agency', 'UN_SYSTEM_ENTITIES'),
('IOM', 'International Organization for Migration', 'UN_AGENCY_FUND_PROGRAMME', 'Geneva, Switzerland', 'https://www.iom.int/', true, 'UN system: related organization', 'UN_SYSTEM_ENTITIES'),
('ISA', 'International Seabed Authority', 'UN_AGENCY_FUND_PROGRAMME', null, 'https://www.isa.org.jm/', false, 'UN system: related organization', 'UN_SYSTEM_ENTITIES'),
('ITC', 'International Trade Centre', 'UN_AGENCY_FUND_PROGRAMME', 'Geneva, Switzerland', 'https://intracen.org/', false, 'UN system: other entities', 'UN_SYSTEM_ENTITIES'),
('ITLOS', 'International Tribunal for the Law of the Sea', 'UN_AGENCY_FUND_PROGRAMME', null, 'https://www.itlos.org/', false, 'UN system: related organization', 'UN_SYSTEM_ENTITIES'),
('ITU', 'International Telecommunication Union', 'UN_AGENCY_FUND_PROGRAMME', 'Geneva, Switzerland', 'https://www.itu.int/', false, 'UN system: specialized agency', 'UN_SYSTEM_ENTITIES'),
('MINURSO', 'United Nations Mission for the Referendum in Western Sahara', 'OTHER', null, 'https://minurso.unmissions.org/', false, 'UN peacekeeping operation', 'UN_SYSTEM_ENTITIES'),
('MINUSCA', 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic', 'OTHER', null, 'https://minusca.unmissions.org/', false, 'UN peacekeeping operation', 'UN_SYSTEM_ENTITIES'),
('MONUSCO', 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo', 'OTHER', null, 'https://monusco.unmissions.org/', false, 'UN peacekeeping operation', 'UN_SYSTEM_ENTITIES'),
('OAJ', 'Office of Administration of Justice', 'UN_SECRETARIAT', null, 'https://www.un.org/en/internaljustice/oaj/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('OCHA', 'Office for the Coordination of Humanitarian Affairs', 'UN_SECRETARIAT', null, 'https://www.unocha.org/', true, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('OCT', 'Office of Counter-Terrorism', 'UN_SECRETARIAT', null, 'https://www.un.org/counterterrorism/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('ODA', 'Office for Disarmament Affairs', 'UN_SECRETARIAT', null, 'https://www.un.org/disarmament/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('ODET', 'Office for Digital and Emerging Technologies', 'UN_SECRETARIAT', null, 'https://www.un.org/digital-emerging-technologies/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('ODPP', 'Office of Data Protection and Privacy', 'UN_SECRETARIAT', null, 'https://policy.un.org/en/information-and-technology/data-protection', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('OHCHR', 'Office of the United Nations High Commissioner for Human Rights', 'UN_SECRETARIAT', null, 'https://www.ohchr.org/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('OICT', 'Office of Information and Communications Technology', 'UN_SECRETARIAT', null, 'https://unite.un.org/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('OIOS', 'Office of Internal Oversight Services', 'UN_SECRETARIAT', null, 'https://oios.un.org/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('OLA', 'Office of Legal Affairs', 'UN_SECRETARIAT', null, 'https://legal.un.org/ola/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('OOSA', 'Office for Outer Space Affairs', 'UN_SECRETARIAT', null, 'https://www.unoosa.org/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('OPCW', 'Organisation for the Prohibition of Chemical Weapons', 'UN_AGENCY_FUND_PROGRAMME', 'The Hague, Netherlands', 'https://www.opcw.org/', false, 'UN system: related organization', 'UN_SYSTEM_ENTITIES'),
('OSAA', 'Office of the Special Adviser on Africa', 'UN_SECRETARIAT', null, 'https://www.un.org/osaa/', false, 'UN Secretariat: Special Advisers, Representatives, Advocates and Envoys', 'UN_SYSTEM_ENTITIES'),
('OSASG-Cyprus', 'Office of the Special Adviser to the Secretary-General on Cyprus', 'OTHER', null, 'https://dppa.un.org/en/mission/special-adviser-cyprus', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('OSC-SEA', 'Office of the United Nations Special Coordinator on Improving the United Nations Response to Sexual Exploitation and Abuse', 'UN_SECRETARIAT', null, 'https://www.un.org/preventing-sexual-exploitation-and-abuse/content/un-special-coordinator-0', false, 'UN Secretariat: Special Advisers, Representatives, Advocates and Envoys', 'UN_SYSTEM_ENTITIES'),
('OSESG-SYRIA', 'Office of the Special Envoy of the Secretary-General for Syria', 'OTHER', null, 'https://specialenvoysyria.unmissions.org/', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('OSESGY', 'Office of the Special Envoy of the Secretary-General for Yemen', 'OTHER', null, 'https://osesgy.unmissions.org/', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('OVRA', 'Office of the Victims'' Rights Advocate', 'UN_SECRETARIAT', null, 'https://www.un.org/preventing-sexual-exploitation-and-abuse/content/victims-rights-advocate', false, 'UN Secretariat: Special Advisers, Representatives, Advocates and Envoys', 'UN_SYSTEM_ENTITIES'),
('PBPSO', 'Peacebuilding and Peace Support Office', 'UN_SECRETARIAT', null, 'https://www.un.org/peacebuilding/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('SASG-PGRP', 'Office of the Special Advisers to the Secretary-General on the Prevention of Genocide and the Responsibility to Protect', 'UN_SECRETARIAT', null, 'https://www.un.org/en/genocide-prevention/', false, 'UN Secretariat: Special Advisers, Representatives, Advocates and Envoys', 'UN_SYSTEM_ENTITIES'),
('SESG-GL', 'Office of the Special Envoy of the Secretary-General for the Great Lakes Region', 'OTHER', null, 'https://ungreatlakes.unmissions.org/', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('SRSG-CAAC', 'Office of the Special Representative of the Secretary-General for Children and Armed Conflict', 'UN_SECRETARIAT', null, 'https://childrenandarmedconflict.un.org/', false, 'UN Secretariat: Special Advisers, Representatives, Advocates and Envoys', 'UN_SYSTEM_ENTITIES'),
('SRSG-SVC', 'Office of the Special Representative of the Secretary-General on Sexual Violence in Conflict', 'UN_SECRETARIAT', null, 'https://www.un.org/sexualviolenceinconflict/', false, 'UN Secretariat: Special Advisers, Representatives, Advocates and Envoys', 'UN_SYSTEM_ENTITIES'),
('SRSG-VAC', 'Office of the Special Representative of the Secretary-General on Violence against Children', 'UN_SECRETARIAT', null, 'https://violenceagainstchildren.un.org/', false, 'UN Secretariat: Special Advisers, Representatives, Advocates and Envoys', 'UN_SYSTEM_ENTITIES'),
('SWEO', 'United Nations Sustainable Development Group System-Wide Evaluation Office', 'UN_SECRETARIAT', null, 'https://www.un.org/system-wide-evaluation-office/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('UN Tourism', 'World Tourism Organization', 'UN_AGENCY_FUND_PROGRAMME', 'Madrid, Spain', 'https://www.untourism.int/', false, 'UN system: specialized agency', 'UN_SYSTEM_ENTITIES'),
('UN Youth', 'United Nations Youth Office', 'UN_SECRETARIAT', null, 'https://www.un.org/youthaffairs/', false, 'UN Secretariat: Special Advisers, Representatives, Advocates and Envoys', 'UN_SYSTEM_ENTITIES'),
('UN-Habitat', 'United Nations Human Settlements Programme', 'UN_AGENCY_FUND_PROGRAMME', 'Nairobi, Kenya', 'https://unhabitat.org/', false, 'UN system: funds and programmes', 'UN_SYSTEM_ENTITIES'),
('UN-OHRLLS', 'Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States', 'UN_SECRETARIAT', null, 'https://www.un.org/ohrlls/', false, 'UN Secretariat: Special Advisers, Representatives, Advocates and Envoys', 'UN_SYSTEM_ENTITIES'),
('UN-Women', 'United Nations Entity for Gender Equality and the Empowerment of Women', 'UN_AGENCY_FUND_PROGRAMME', 'New York City, USA', 'https://www.unwomen.org/', false, 'UN system: other entities', 'UN_SYSTEM_ENTITIES'),
('UNAMA', 'United Nations Assistance Mission in Afghanistan', 'OTHER', null, 'https://unama.unmissions.org/', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('UNCDF', 'United Nations Capital Development Fund', 'UN_AGENCY_FUND_PROGRAMME', null, 'https://www.uncdf.org/', false, 'UN system: funds and programmes', 'UN_SYSTEM_ENTITIES'),
('UNCTAD', 'United Nations Conference on Trade and Development', 'UN_AGENCY_FUND_PROGRAMME', null, 'https://unctad.org/', false, 'UN system: other entities', 'UN_SYSTEM_ENTITIES'),
('UNDOF', 'United Nations Disengagement Observer Force', 'OTHER', null, 'https://undof.unmissions.org/', false, 'UN peacekeeping operation', 'UN_SYSTEM_ENTITIES'),
('UNDP', 'United Nations Development Programme', 'UN_AGENCY_FUND_PROGRAMME', 'New York City, USA', 'https://www.undp.org/', false, 'UN system: funds and programmes', 'UN_SYSTEM_ENTITIES'),
('UNDRR', 'United Nations Office for Disaster Risk Reduction', 'UN_SECRETARIAT', null, 'https://www.undrr.org/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('UNEP', 'United Nations Environment Programme', 'UN_AGENCY_FUND_PROGRAMME', 'Nairobi, Kenya', 'https://www.unep.org/', false, 'UN system: funds and programmes', 'UN_SYSTEM_ENTITIES'),
('UNESCO', 'United Nations Educational, Scientific and Cultural Organization', 'UN_AGENCY_FUND_PROGRAMME', 'Paris, France', 'https://www.unesco.org/', false, 'UN system: specialized agency', 'UN_SYSTEM_ENTITIES'),
('UNFICYP', 'United Nations Peacekeeping Force in Cyprus', 'OTHER', null, 'https://unficyp.unmissions.org/', false, 'UN peacekeeping operation', 'UN_SYSTEM_ENTITIES'),
('UNFPA', 'United Nations Population Fund', 'UN_AGENCY_FUND_PROGRAMME', 'New York City, USA', 'https://www.unfpa.org/', false, 'UN system: funds and programmes', 'UN_SYSTEM_ENTITIES'),
('UNGC', 'United Nations Global Compact', 'UN_SECRETARIAT', null, 'https://unglobalcompact.org/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('UNHCR', 'Office of the United Nations High Commissioner for Refugees', 'UN_AGENCY_FUND_PROGRAMME', 'Geneva, Switzerland', 'https://www.unhcr.org/', true, 'UN system: other entities', 'UN_SYSTEM_ENTITIES'),
('UNICEF', 'United Nations Children''s Fund', 'UN_AGENCY_FUND_PROGRAMME', 'New York City, USA', 'https://www.unicef.org/', true, 'UN system: funds and programmes', 'UN_SYSTEM_ENTITIES'),
('UNICRI', 'United Nations Interregional Crime and Justice Research Institute', 'UN_AGENCY_FUND_PROGRAMME', null, 'https://unicri.org/', false, 'UN system: research and training', 'UN_SYSTEM_ENTITIES'),
('UNIDIR', 'United Nations Institute for Disarmament Research', 'UN_AGENCY_FUND_PROGRAMME', 'Geneva, Switzerland', 'https://www.unidir.org/', false, 'UN system: research and training', 'UN_SYSTEM_ENTITIES'),
('UNIDO', 'United Nations Industrial Development Organization', 'UN_AGENCY_FUND_PROGRAMME', 'Vienna, Austria', 'https://www.unido.org/', false, 'UN system: specialized agency', 'UN_SYSTEM_ENTITIES'),
('UNIFIL', 'United Nations Interim Force in Lebanon', 'OTHER', null, 'https://unifil.unmissions.org/', false, 'UN peacekeeping operation', 'UN_SYSTEM_ENTITIES'),
('UNISFA', 'United Nations Interim Security Force for Abyei', 'OTHER', null, 'https://unisfa.unmissions.org/', false, 'UN peacekeeping operation', 'UN_SYSTEM_ENTITIES'),
('UNITAR', 'United Nations Institute for Training and Research', 'UN_AGENCY_FUND_PROGRAMME', 'Geneva, Switzerland', 'https://unitar.org/', false, 'UN system: research and training', 'UN_SYSTEM_ENTITIES'),
('UNMIK', 'United Nations Interim Administration Mission in Kosovo', 'OTHER', null, 'https://unmik.unmissions.org/', false, 'UN peacekeeping operation', 'UN_SYSTEM_ENTITIES'),
('UNMISS', 'United Nations Mission in South Sudan', 'OTHER', null, 'https://unmiss.unmissions.org/', false, 'UN peacekeeping operation', 'UN_SYSTEM_ENTITIES'),
('UNMOGIP', 'United Nations Military Observer Group in India and Pakistan', 'OTHER', null, 'https://unmogip.unmissions.org/', false, 'UN peacekeeping operation', 'UN_SYSTEM_ENTITIES'),
('UNOAU', 'United Nations Office to the African Union', 'OTHER', null, 'https://unoau.unmissions.org/', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('UNOCA', 'United Nations Regional Office for Central Africa', 'OTHER', null, 'https://unoca.unmissions.org/', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('UNODC', 'United Nations Office on Drugs and Crime', 'UN_SECRETARIAT', null, 'https://www.unodc.org/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('UNOG', 'United Nations Office at Geneva', 'UN_SECRETARIAT', null, 'https://www.ungeneva.org/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('UNOMS', 'Office of the United Nations Ombudsman and Mediation Services', 'UN_SECRETARIAT', null, 'https://www.un.org/ombudsman/', false, 'UN Secretariat: Special Advisers, Representatives, Advocates and Envoys', 'UN_SYSTEM_ENTITIES'),
('UNON', 'United Nations Office at Nairobi', 'UN_SECRETARIAT', null, 'https://www.unon.org/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('UNOP', 'United Nations Office for Partnerships', 'UN_SECRETARIAT', null, 'https://unpartnerships.un.org/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('UNOPS', 'United Nations Office for Project Services', 'UN_AGENCY_FUND_PROGRAMME', 'Copenhagen, Denmark', 'https://www.unops.org/', false, 'UN system: other entities', 'UN_SYSTEM_ENTITIES'),
('UNOSSC', 'United Nations Office for South-South Cooperation', 'UN_AGENCY_FUND_PROGRAMME', null, 'https://unsouthsouth.org/', false, 'UN system: funds and programmes', 'UN_SYSTEM_ENTITIES'),
('UNOV', 'United Nations Office at Vienna', 'UN_SECRETARIAT', null, 'https://www.unvienna.org/', false, 'UN Secretariat', 'UN_SYSTEM_ENTITIES'),
('UNOWAS', 'United Nations Office for West Africa and the Sahel', 'OTHER', null, 'https://unowas.unmissions.org/', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('UNRCCA', 'United Nations Regional Centre for Preventive Diplomacy for Central Asia', 'OTHER', null, 'https://unrcca.unmissions.org/', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('UNRISD', 'United Nations Research Institute for Social Development', 'UN_AGENCY_FUND_PROGRAMME', null, 'https://www.unrisd.org/', false, 'UN system: research and training', 'UN_SYSTEM_ENTITIES'),
('UNRWA', 'United Nations Relief and Works Agency for Palestine Refugees in the Near East', 'UN_AGENCY_FUND_PROGRAMME', 'Amman, Jordan', 'https://www.unrwa.org/', true, 'UN system: other entities', 'UN_SYSTEM_ENTITIES'),
('UNSCO', 'Office of the United Nations Special Coordinator for the Middle East Peace Process', 'OTHER', null, 'https://unsco.unmissions.org/', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('UNSCOL', 'Office of the United Nations Special Coordinator for Lebanon', 'OTHER', null, 'https://unscol.unmissions.org/', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('UNSMIL', 'United Nations Support Mission in Libya', 'OTHER', null, 'https://unsmil.unmissions.org/', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('UNSOH', 'United Nations Support Office in Haiti', 'OTHER', null, 'https://www.unmissions.org/unsoh', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('UNSSC', 'United Nations System Staff College', 'UN_AGENCY_FUND_PROGRAMME', 'Turin, Italy', 'https://www.unssc.org/', false, 'UN system: research and training', 'UN_SYSTEM_ENTITIES'),
('UNTMIS', 'United Nations Transitional Assistance Mission in Somalia', 'OTHER', null, 'https://dppa.un.org/en/mission/untmis', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('UNTSO', 'United Nations Truce Supervision Organization', 'OTHER', null, 'https://untso.unmissions.org/', false, 'UN peacekeeping operation', 'UN_SYSTEM_ENTITIES'),
('UNU', 'United Nations University', 'UN_AGENCY_FUND_PROGRAMME', 'Tokyo, Japan', 'https://unu.edu/', false, 'UN system: research and training', 'UN_SYSTEM_ENTITIES'),
('UNV', 'United Nations Volunteers', 'UN_AGENCY_FUND_PROGRAMME', null, 'https://www.unv.org/', false, 'UN system: funds and programmes', 'UN_SYSTEM_ENTITIES'),
('UNVMC', 'United Nations Verification Mission in Colombia', 'OTHER', null, 'https://colombia.unmissions.org/', false, 'UN special political mission or political presence', 'UN_SYSTEM_ENTITIES'),
('UPU', 'Universal Postal Union', 'UN_AGENCY_FUND_PROGRAMME', 'Bern, Switzerland', 'https://www.upu.int/', false, 'UN system: specialized agency', 'UN_SYSTEM_ENTITIES'),
('WFP', 'World Food Programme', 'UN_AGENCY_FUND_PROGRAMME', 'Rome, Italy', 'https://www.wfp.org/', true, 'UN system: funds and programmes', 'UN_SYSTEM_ENTITIES'),
('WHO', 'World Health Organization', 'UN_AGENCY_FUND_PROGRAMME', 'Geneva, Switzerland', 'https://www.who.int/', false, 'UN system: specialized agency', 'UN_SYSTEM_ENTITIES'),
('WIPO', 'World Intellectual Property Organization', 'UN_AGENCY_FUND_PROGRAMME', 'Geneva, Switzerland', 'https://www.wipo.int/', false, 'UN system: specialized agency', 'UN_SYSTEM_ENTITIES'),
('WMO', 'World Meteorological Organization', 'UN_AGENCY_FUND_PROGRAMME', 'Geneva, Switzerland', 'https://public.wmo.int/', false, 'UN system: specialized agency', 'UN_SYSTEM_ENTITIES'),
('WORLD BANK GROUP', 'World Bank Group', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Washington, DC, USA', 'https://www.worldbank.org/', false, 'UN specialized agency', 'UN_SYSTEM_ENTITIES'),
('WTO', 'World Trade Organization', 'UN_AGENCY_FUND_PROGRAMME', 'Geneva, Switzerland', 'https://www.wto.org/', false, 'UN system: related organization', 'UN_SYSTEM_ENTITIES'),
('ACER', 'Agency for the Cooperation of Energy Regulators', 'REGIONAL_ORGANISATION', 'Ljubljana', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('BEREC', 'Body of European Regulators for Electronic Communications', 'REGIONAL_ORGANISATION', 'Riga', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CR', 'Committee of Regions', 'REGIONAL_ORGANISATION', 'Brussels', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CPVO', 'Community Plant Variety Office', 'REGIONAL_ORGANISATION', 'Angers', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CEU', 'Council of the European Union', 'REGIONAL_ORGANISATION', 'Brussels', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CJEU', 'Court of Justice of the European Union', 'REGIONAL_ORGANISATION', 'Luxembourg', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ESC', 'Economic and Social Committee', 'REGIONAL_ORGANISATION', 'Brussels', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EU-OSHA', 'European Agency for Safety and Health at Work', 'REGIONAL_ORGANISATION', 'Bilbao', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('FRONTEX', 'European Agency for the Management of Operational Cooperation at the External Borders', 'REGIONAL_ORGANISATION', 'Warsaw', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EU-LISA', 'European Agency for the operational management of large-scale IT systems in the area of freedom, security and justice', 'REGIONAL_ORGANISATION', 'Tallinn', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EASO', 'European Asylum Support Office', 'REGIONAL_ORGANISATION', 'Valletta', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('Euratom', 'European Atomic Energy Community', 'REGIONAL_ORGANISATION', 'Brussels', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EASA', 'European Aviation Safety Agency', 'REGIONAL_ORGANISATION', 'Cologne', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EBA', 'European Banking Authority', 'REGIONAL_ORGANISATION', 'London', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ECB', 'European Central Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Frankfurt', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ECDC', 'European Centre for Disease Prevention and Control', 'REGIONAL_ORGANISATION', 'Solna', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CEDEFOP', 'European Centre for the Development of Vocational Training', 'REGIONAL_ORGANISATION', 'Thessaloniki', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ECHA', 'European Chemicals Agency', 'REGIONAL_ORGANISATION', 'Helsinki', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EC', 'European Commission', 'REGIONAL_ORGANISATION', 'Brussels', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ECSC', 'European Community of Steel and Coal', 'REGIONAL_ORGANISATION', 'Luxembourg', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('Council', 'European Council', 'REGIONAL_ORGANISATION', 'Brussels', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ECA', 'European Court of Auditors', 'REGIONAL_ORGANISATION', 'Luxembourg', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EDPS', 'European Data Protection Supervisor', 'REGIONAL_ORGANISATION', 'Brussels', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EDA', 'European Defence Agency', 'REGIONAL_ORGANISATION', 'Ixelles', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EDF', 'European Development Fund', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Brussels', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EEA', 'European Environment Agency', 'REGIONAL_ORGANISATION', 'Copenhagen', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EEAS', 'European External Action Service', 'REGIONAL_ORGANISATION', 'Brussels', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EFCA', 'European Fisheries Control Agency', 'REGIONAL_ORGANISATION', 'Vigo', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EFSA', 'European Food Safety Authority', 'REGIONAL_ORGANISATION', 'Parma', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EUROFOUND', 'European Foundation for the Improvement of Living and Working Conditions', 'REGIONAL_ORGANISATION', 'Dublin', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('GSA', 'European GNSS Agency', 'REGIONAL_ORGANISATION', 'Prague', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EIGE', 'European Institute for Gender Equality', 'REGIONAL_ORGANISATION', 'Vilnius', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EIT', 'European Institute of Innovation and Technology', 'REGIONAL_ORGANISATION', 'Budapest', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EIOPA', 'European Insurance and Occupational Pensions Authority', 'REGIONAL_ORGANISATION', 'Frankfurt', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EIB', 'European Investment Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Luxembourg', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EIF', 'European Investment Fund', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Luxembourg', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EMSA', 'European Maritime Safety Agency', 'REGIONAL_ORGANISATION', 'Lisbon', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EMA', 'European Medicines Agency', 'REGIONAL_ORGANISATION', 'London', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EMCDDA', 'European Monitoring Centre for Drugs and Drug Addiction', 'REGIONAL_ORGANISATION', 'Lisbon', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ENISA', 'European Network and Information Security Agency', 'REGIONAL_ORGANISATION', 'Heraklion', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('Ombudsman', 'European Ombudsman', 'REGIONAL_ORGANISATION', 'Strasbourg', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EP', 'European Parliament', 'REGIONAL_ORGANISATION', 'Brussels/Strasbourg', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EPSO', 'European Personnel Selection Office', 'REGIONAL_ORGANISATION', 'Brussels', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CEPOL', 'European Police College', 'REGIONAL_ORGANISATION', 'Budapest', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EUROPOL', 'European Police Office', 'REGIONAL_ORGANISATION', 'The Hague', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ERA', 'European Railway Agency', 'REGIONAL_ORGANISATION', 'Valenciennes', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EUSA', 'European School of Administration', 'REGIONAL_ORGANISATION', 'Brussels', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ESMA', 'European Securities and Markets Authority', 'REGIONAL_ORGANISATION', 'Paris', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ESM', 'European Stability Mechanism', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Luxembourg', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ETF', 'European Training Foundation', 'REGIONAL_ORGANISATION', 'Turin', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('FRA', 'European Union Agency for Fundamental Rights', 'REGIONAL_ORGANISATION', 'Vienna', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EUISS', 'European Union Institute for Security Studies', 'REGIONAL_ORGANISATION', 'Paris', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EUIPO', 'European Union Intellectual Property Office', 'REGIONAL_ORGANISATION', 'Alicante', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('SATCEN', 'European Union Satellite Centre', 'REGIONAL_ORGANISATION', 'Madrid', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ESAs Joint Committee', 'Joint Committee of the European Supervisory Authorities', 'REGIONAL_ORGANISATION', 'London', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('NDF', 'Nordic Development Fund', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Helsinki', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('POEU', 'Publications Office of the European Union', 'REGIONAL_ORGANISATION', 'Luxembourg', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('SRB', 'Single Resolution Board', 'REGIONAL_ORGANISATION', 'Brussels', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EUROJUST', 'The European Union''s Judicial Cooperation Unit', 'REGIONAL_ORGANISATION', 'The Hague', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CdT', 'Translation Centre for the Bodies of the European Union', 'REGIONAL_ORGANISATION', 'Luxembourg', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EPPO', 'European Public Prosecutor''s Office (in preparation)', 'REGIONAL_ORGANISATION', null, null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EU', 'European Union', 'REGIONAL_ORGANISATION', 'Brussels', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EFSF', 'European Financial Stability Facility', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Luxembourg', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EUTELSAT', 'European Telecommunications Satellite Organization', 'OTHER', 'Paris', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ATHENA', 'ATHENA Mechanism', 'REGIONAL_ORGANISATION', 'Brussels', null, false, 'EU body', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('AFC', 'Africa Finance Corporation', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Lagos', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('AfDB', 'African Development Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Abidjan', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('AfDF', 'African Development Fund', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Abidjan', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('Afreximbank', 'African Export-Import Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Cairo', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('AU', 'African Union', 'REGIONAL_ORGANISATION', 'Addis Ababa', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ADC', 'Andean Development Corporation', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Caracas', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('BADEA', 'Arab Bank for Economic Development in Africa', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Khartoum', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('AFESD', 'Arab Fund for Economic and Social Development', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Kuwait', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('AMF', 'Arab Monetary Fund', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Abu Dhabi', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ACU', 'Asian Clearing Union', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Tehran', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ADB', 'Asian Development Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Manila', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('AsDF', 'Asian Development Fund', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Manila', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ASEAN', 'Association of Southeast Asian Nations', 'REGIONAL_ORGANISATION', 'Jakarta', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('BIS', 'Bank for International Settlements', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Basel', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('BEAC', 'Banque des Etats de l''Afrique Centrale', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Yaoundé (Cameroon)', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CARICOM', 'Caribbean Community and Common Market', 'REGIONAL_ORGANISATION', 'Georgetown (Guyana)', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CDB', 'Caribbean Development Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'St Michael (Barbados)', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CASDB', 'Central African States Development Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Brazzaville', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CABEI', 'Central American Bank for Economic Integration', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Tegucigalpa', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CACM', 'Central American Common Market', 'REGIONAL_ORGANISATION', 'Guatemala City', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('Colombo Plan', 'Colombo Plan', 'OTHER', 'Colombo', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EADB', 'East African Development Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Kampala', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ECCB', 'Eastern Caribbean Central Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'St.Kitts (West Indies)', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ECOWAS', 'Economic Community of West African States', 'REGIONAL_ORGANISATION', 'Abuja', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EBID', 'ECOWAS Bank for Investment and Development', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Lomé (Togo)', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EDB', 'Eurasian Development Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Almaty (Kazakhstan)', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EBU', 'European Broadcasting Union', 'OTHER', 'Geneva', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EUROFIMA', 'European Company for the Financing of Railroad Rolling Stock', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Basel', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EFTA', 'European Free Trade Association', 'REGIONAL_ORGANISATION', 'Geneva', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CERN', 'European Organization for Nuclear Research', 'OTHER', 'Geneva', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('Bladex', 'Foreign Trade Bank of Latin America', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Panama', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('IADB', 'Inter-American Development Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Washington', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('IIC', 'Inter-American Investment Corporation', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Washington', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('IBEC', 'International Bank for Economic Cooperation', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Moscow', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('IBRD', 'International Bank for Reconstruction and Development (IBRD)', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Washington', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ICSID', 'International Centre for Settlement of Investment Disputes - WB Group', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Washington', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ICRC', 'International Committee of the Red Cross', 'INTERNATIONAL_NGO', 'Geneva', null, true, 'Independent humanitarian organisation (not an NGO in the strict sense)', 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ICAC', 'International Cotton Advisory Committee', 'OTHER', 'Washington', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('IDA', 'International Development Association - WG Group', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Washington', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('IFC', 'International Finance Corporation', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Washington', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('IIB', 'International Investment Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Moscow', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('IJSG', 'International Jute Study Group', 'OTHER', 'Dhaka', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('IDB', 'Islamic Development Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Jeddah', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('SELA', 'Latin American and the Caribbean Economic System', 'REGIONAL_ORGANISATION', 'Caracas', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ALIDE', 'Latin American Association of Development Financing Institutions', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Lima', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('OLADE', 'Latin American Energy Organization', 'REGIONAL_ORGANISATION', 'Quito', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('LAIA', 'Latin American Integration Association', 'REGIONAL_ORGANISATION', 'Montevideo', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('LARF', 'Latin American Reserve Fund', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Bogotá', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('LAS', 'League of Arab States', 'REGIONAL_ORGANISATION', 'Cairo', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('MIGA', 'Multilateral Investment Guarantee Agency - WB Group', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Washington', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('NADB', 'North American Development Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'San Antonio', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('OECS', 'Organisation of Eastern Caribbean States', 'REGIONAL_ORGANISATION', 'Castries (St Lucia)', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('OAS', 'Organization of American States', 'REGIONAL_ORGANISATION', 'Washington', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('OAPEC', 'Organization of Arab Petroleum Exporting Countries', 'OTHER', 'Safat (Kuwait)', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('OCAS', 'Organization of Central American States', 'REGIONAL_ORGANISATION', 'San Salvador', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('SAARC', 'South Asian Association for Regional Cooperation', 'REGIONAL_ORGANISATION', 'Kathmandu', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('SDF', 'Special Development Fund (related to the Caribbean Development Bank)', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'St Michael (Barbados)', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('BCEAO', 'West African Central Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Dakar', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('WAEMU', 'West African Economic and Monetary Union', 'REGIONAL_ORGANISATION', 'Ouagadougou', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('WAEC', 'West African Economic Community', 'REGIONAL_ORGANISATION', 'Ouagadougou', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('WAHO', 'West African Health Organisation', 'REGIONAL_ORGANISATION', 'Bobo-Dioulasso (Burkina Faso)', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('WAMA', 'West African Monetary Agency', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Freetown (Sierra Leone)', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('WAMI', 'West African Monetary Institute', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Accra (Gana)', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('WCC', 'World Council of Churches', 'INTERNATIONAL_NGO', 'Geneva', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('BSTDB', 'Black Sea Trade and Development Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Thessaloniki', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CERT', 'Computer Emergency Response Team', 'OTHER', 'Brussels', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CE', 'Council of Europe', 'REGIONAL_ORGANISATION', 'Strasbourg', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CEB', 'Council of Europe Development Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Paris', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EU-ATIF', 'EU-Africa Infrastructure Trust Fund', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Luxembourg', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EBRD', 'European Bank for Reconstruction and Development', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'London', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ECMWF', 'European Centre for Medium-Range Weather Forecasts', 'OTHER', 'Reading (UK)', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EMBL', 'European Molecular Biology Laboratory', 'OTHER', 'Grenoble', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EUMETSAT', 'European Organisation for the Exploitation of Meteorological Satellites', 'OTHER', 'Darmstadt (Germany)', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EUROCONTROL', 'European Organisation for the Safety of Air Navigation', 'OTHER', 'Brussels', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EPO', 'European Patent Office', 'OTHER', 'Muniche', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ESO', 'European Southern Observatory', 'OTHER', 'Muniche', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ESA', 'European Space Agency', 'OTHER', 'Paris', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('FEMIP', 'Facility for Euro-Mediterranean Investment and Partnership', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Luxembourg', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('RDC', 'Fonds Belgo-Congolais D’Amortissement et de Gestion', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Brussels', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('F4E', 'Fusion for Energy', 'OTHER', 'Barcelona', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('CIPEC', 'Intergovernmental Council of Copper Exporting Countries', 'OTHER', 'Paris', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ICCO', 'International Cocoa Organization', 'OTHER', 'London', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ICO', 'International Coffee Organization', 'OTHER', 'London', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ICSG', 'International Copper Study Group', 'OTHER', 'Lisbon', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('IFFIm', 'International Finance Facility for Immunisation', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'London', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('IGC', 'International Grains Council', 'OTHER', 'London', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ILZSG', 'International Lead and Zinc Study Group', 'OTHER', 'Lisbon', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('INMARSAT', 'International Maritime Satellite Organization', 'OTHER', 'London', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('IOOC', 'International Olive Oil Council', 'OTHER', 'Madrid', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('IRSG', 'International Rubber Study Group', 'OTHER', 'London', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ISO', 'International Sugar Organization', 'OTHER', 'London', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('Berne Union', 'International Union of Credit and Investment Insurers', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'London', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('NIF', 'Neighbourhood Investment Facility', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Rome', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('NIB', 'Nordic Investment Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Helsinki', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('NATO', 'North Atlantic Treaty Organisation', 'REGIONAL_ORGANISATION', 'Brussels', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('OFID', 'OPEC Fund for International Development', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Vienna', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('OECD', 'Organisation for Economic Co-operation and Development', 'OTHER', 'Paris', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('OPEC', 'Organization of the Petroleum Exporting Countries', 'OTHER', 'Vienna', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('Paris Club', 'Paris Club Creditor Institutions', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Paris', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('PCA', 'The Permanent Court of Arbitration', 'OTHER', 'The Hague', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('EFTA COURT', 'European Free Trade Association Court', 'OTHER', 'Luxembourg', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('NSPO', 'NATO Support and Procurement Organisation', 'REGIONAL_ORGANISATION', 'Capellen', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('TDB', 'The Eastern and Southern African Trade and Development Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Bujumbura', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ICES', 'International Council for the Exploration of the Sea', 'OTHER', 'Koebenhavn V', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('AIIB', 'Asian Infrastructure Investment Bank', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Beijing', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('UNECE', 'United Nations Economic Commission for Europe', 'UN_AGENCY_FUND_PROGRAMME', 'Geneva', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('ITSO', 'International Telecommunications Satellite Organisation', 'OTHER', 'Washington, D.C.', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('GLOBAL FUND', 'The Global Fund to Fight AIDS, Tuberculosis and Malaria', 'OTHER', 'Geneva', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('UNFCCC', 'United Nations Framework Convention for Climate Change', 'UN_AGENCY_FUND_PROGRAMME', 'Bonn', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('IEA', 'International Energy Agency', 'OTHER', 'Paris', null, false, null, 'ECB_INTERNATIONAL_ORGANISATIONS'),
('OSCE', 'Organization for Security and Co-operation in Europe', 'REGIONAL_ORGANISATION', 'Vienna', 'https://www.osce.org/', false, 'Ran the institution-building pillar of UNMIK', 'DOMAIN_BRIEF'),
('ECOMOG', 'Economic Community of West African States Monitoring Group', 'REGIONAL_ORGANISATION', null, null, false, 'ECOWAS force; handed over to UNAMSIL in Sierra Leone', 'DOMAIN_BRIEF'),
('IGAD', 'Intergovernmental Authority on Development', 'REGIONAL_ORGANISATION', 'Djibouti', 'https://igad.int/', false, null, 'DOMAIN_BRIEF'),
('SADC', 'Southern African Development Community', 'REGIONAL_ORGANISATION', 'Gaborone', 'https://www.sadc.int/', false, null, 'DOMAIN_BRIEF'),
('KFOR', 'Kosovo Force', 'COALITION_OR_STATE', 'Pristina', 'https://jfcnaples.nato.int/kfor', false, 'NATO-led force deployed alongside UNMIK', 'DOMAIN_BRIEF'),
('ISAF', 'International Security Assistance Force', 'COALITION_OR_STATE', 'Kabul', null, false, 'NATO-led force in Afghanistan, operating largely independently of UNAMA', 'DOMAIN_BRIEF'),
('INTERFET', 'International Force East Timor', 'COALITION_OR_STATE', 'Dili', null, false, 'Australian-led coalition authorised by the Security Council; handed over to UNTAET', 'DOMAIN_BRIEF'),
('Operation Turquoise', 'Opération Turquoise', 'COALITION_OR_STATE', null, null, false, 'French-led operation in Rwanda (1994), alongside UNAMIR', 'DOMAIN_BRIEF'),
('EUFOR Chad/CAR', 'European Union Force Chad/Central African Republic', 'REGIONAL_ORGANISATION', null, null, false, 'EU military operation alongside MINURCAT (2008-2009)', 'DOMAIN_BRIEF'),
('World Bank', 'World Bank (IBRD and IDA)', 'INTERNATIONAL_FINANCIAL_INSTITUTION', 'Washington, DC', 'https://www.worldbank.org/', false, null, 'DOMAIN_BRIEF');

update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('ACER');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('BEREC');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('CR');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('CPVO');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('CEU');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('CJEU');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('ESC');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EU-OSHA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('FRONTEX');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EU-LISA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EASO');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('Euratom');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EASA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EBA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('ECB');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('ECDC');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('CEDEFOP');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('ECHA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EC');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('ECSC');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('Council');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('ECA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EDPS');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EDA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('EDF');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EEA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EEAS');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EFCA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EFSA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EUROFOUND');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('GSA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EIGE');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EIT');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EIOPA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('EIB');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('EIF');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EMSA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EMA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EMCDDA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('ENISA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('Ombudsman');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EP');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EPSO');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('CEPOL');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EUROPOL');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('ERA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EUSA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('ESMA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('ESM');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('ETF');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('FRA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EUISS');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EUIPO');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('SATCEN');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('ESAs Joint Committee');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('POEU');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('SRB');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EUROJUST');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('CdT');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EPPO');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('EFSF');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('ATHENA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(p.acronym) = lower('AfDB')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('AfDF');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(p.acronym) = lower('ADB')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('AsDF');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('ECOWAS')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('EBID');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(p.acronym) = lower('IADB')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('IIC');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(p.acronym) = lower('WORLD BANK GROUP')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('IBRD');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(p.acronym) = lower('WORLD BANK GROUP')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('ICSID');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(p.acronym) = lower('WORLD BANK GROUP')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('IDA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(p.acronym) = lower('WORLD BANK GROUP')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('IFC');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(p.acronym) = lower('WORLD BANK GROUP')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('MIGA');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(p.acronym) = lower('CDB')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('SDF');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('ECOWAS')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('WAHO');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('CE')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('CEB');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EFTA')) where kind = 'OTHER' and lower(acronym) = lower('EFTA COURT');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('NATO')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('NSPO');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('ECOWAS')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('ECOMOG');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('NATO')) where kind = 'COALITION_OR_STATE' and lower(acronym) = lower('KFOR');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('NATO')) where kind = 'COALITION_OR_STATE' and lower(acronym) = lower('ISAF');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'REGIONAL_ORGANISATION' and lower(p.acronym) = lower('EU')) where kind = 'REGIONAL_ORGANISATION' and lower(acronym) = lower('EUFOR Chad/CAR');
update organisation set parent_id = (select p.id from organisation p where p.kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(p.acronym) = lower('WORLD BANK GROUP')) where kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION' and lower(acronym) = lower('World Bank');
