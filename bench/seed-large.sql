-- make seed-large (issue 14, S-8): national-scale data, set-based. Run by bench/seed-large.sh as the
-- application's database role, after Flyway made the schema and the demo data loaded the demo
-- users (their accounts are matched by the fixed identity-provider ids of keycloak/werkbank-realm.json).
--
-- psql variables: skills (text[] literal, bench/data/skills.txt), areas (text[] literal of the
-- two-digit areas of backend/src/main/resources/reference/postcode-areas.csv, the Randstad
-- provinces three times: more work there), and the volumes n_assignments, n_profiles,
-- n_responses, n_organisations.
--
-- Ids are deterministic (md5 of a kind and a number), so every table can point at another
-- without a join. Only the feed trigger is switched off during the load: its rows are written
-- here in one statement in the order the trigger would have given them; every other trigger,
-- foreign key and CHECK constraint is in force. The secondary indexes of the large tables are
-- dropped for the load and re-created from their own definitions afterwards (the unique ones
-- too, so a duplicate the generator produced would fail the run).

\set ON_ERROR_STOP on
-- One transaction (psql --single-transaction): a failed run leaves the database as it was.
SELECT setseed(0.14) AS seeded \gset

CREATE FUNCTION pg_temp.pick(words text[], r double precision) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT words[1 + floor(r * array_length(words, 1))::int] $$;

CREATE FUNCTION pg_temp.id(kind text, n bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$ SELECT md5(kind || n)::uuid $$;

-- k distinct skills, popular ones (top of the file) more often: a start skewed to the front and
-- a stride coprime with the vocabulary's size.
CREATE FUNCTION pg_temp.skills(vocabulary text[], k int, r double precision) RETURNS text[]
LANGUAGE sql AS $$
    SELECT array_agg(vocabulary[1 + (floor(r * r * array_length(vocabulary, 1))::int + n * 37)
                                    % array_length(vocabulary, 1)])
      FROM generate_series(0, k - 1) n
$$;

CREATE TEMP TABLE words AS SELECT
    ARRAY['Jan','Piet','Sanne','Emma','Daan','Lotte','Sem','Julia','Lucas','Sophie','Thijs','Fleur',
          'Ruben','Anouk','Bas','Iris','Jeroen','Marloes','Koen','Femke','Wouter','Eva','Niels','Noor',
          'Mark','Lisa','Tim','Anne','Rik','Maud','Erik','Esther','Hans','Ingrid','Marco','Mohamed',
          'Fatima','Yusuf','Aylin','Priya','Chen','Dewi','Joost','Hanneke','Gert','Willemijn']::text[] AS first_names,
    ARRAY['de Jong','Jansen','de Vries','van den Berg','van Dijk','Bakker','Janssen','Visser','Smit',
          'Meijer','de Boer','Mulder','de Groot','Bos','Vos','Peters','Hendriks','van Leeuwen','Dekker',
          'Brouwer','de Wit','Dijkstra','Smits','de Graaf','van der Meer','van der Linden','Kok','Jacobs',
          'de Haan','Vermeulen','van den Heuvel','van der Veen','van den Broek','de Bruijn','Schouten',
          'El Amrani','Yilmaz','Kaya','Wang','Ramdin','Pattipeilohy']::text[] AS last_names,
    ARRAY['Amsterdam','Rotterdam','Den Haag','Utrecht','Eindhoven','Groningen','Tilburg','Almere',
          'Breda','Nijmegen','Apeldoorn','Haarlem','Arnhem','Enschede','Amersfoort','Zaanstad',
          '''s-Hertogenbosch','Zwolle','Leiden','Maastricht','Dordrecht','Zoetermeer','Ede','Delft',
          'Leeuwarden','Alkmaar','Venlo','Deventer','Hilversum','Assen','Lelystad','Middelburg',
          'Gouda','Emmen','Heerlen','Helmond','Roosendaal','Purmerend','Schiedam','Hoofddorp']::text[] AS cities,
    ARRAY['Senior Java-ontwikkelaar','Medior .NET-ontwikkelaar','Data engineer','Data scientist',
          'DevOps engineer','Cloud architect','Solution architect','Enterprise architect',
          'Informatieanalist','Business analist','Functioneel beheerder','Applicatiebeheerder',
          'Scrum master','Product owner','Agile coach','Projectleider','Programmamanager',
          'Interim manager','Interim teamleider','Interim controller','Business controller',
          'Financieel adviseur','Beleidsadviseur','Senior beleidsmedewerker','Privacy officer',
          'Security officer','CISO a.i.','IT-auditor','Testmanager','Testautomatiseerder',
          'Front-end developer','Full-stack developer','UX designer','Contractmanager',
          'Inkoopadviseur','Aanbestedingsjurist','HR-adviseur','Recruiter','Verandermanager',
          'Procesmanager','Kwartiermaker','Servicedeskmedewerker','Netwerkbeheerder',
          'Werkplekspecialist','SAP-consultant','Salesforce-consultant','Power BI-specialist',
          'Projectleider bouw','Werkvoorbereider','Vergunningverlener','Adviseur sociaal domein',
          'Zorginkoper','Implementatieconsultant','Communicatieadviseur','Woordvoerder']::text[] AS roles,
    ARRAY['voor een gemeente','bij een ministerie','voor een waterschap','bij een zorginstelling',
          'voor een pensioenfonds','bij een verzekeraar','voor een bank','bij een woningcorporatie',
          'voor een scale-up','bij een provincie','voor een onderwijsinstelling','bij een netbeheerder',
          'voor een logistiek bedrijf','bij een retailer','voor een telecomaanbieder',
          'bij een uitvoeringsorganisatie','voor een ziekenhuis','bij een energiebedrijf']::text[] AS clients,
    ARRAY['migratie naar de cloud','vervanging van het zaaksysteem','implementatie van de Omgevingswet',
          'inrichting van datagedreven werken','modernisering van het betalingsplatform',
          'overgang naar een nieuw ERP-pakket','versterking van de informatiebeveiliging',
          'doorontwikkeling van het klantportaal','herinrichting van de inkooporganisatie',
          'uitrol van Microsoft 365','invoering van agile werken','aanbesteding van de werkplekdienstverlening',
          'professionalisering van de planning- en controlcyclus','opzet van een datawarehouse',
          'vervanging van het EPD','energietransitie in de wijk','digitalisering van de vergunningverlening']::text[] AS projects,
    ARRAY['Je werkt in een multidisciplinair team en rapporteert aan de afdelingsmanager.',
          'De opdrachtgever zoekt iemand die snel kan schakelen tussen beleid en uitvoering.',
          'Ervaring in een politiek-bestuurlijke omgeving is een pre.',
          'Je bent minimaal twee dagen per week op locatie aanwezig.',
          'Een VOG is vereist voordat je kunt starten.',
          'Je brengt structuur aan en neemt de organisatie mee in de verandering.',
          'Je hebt aantoonbare ervaring met vergelijkbare trajecten bij grote organisaties.',
          'Het team werkt in sprints van twee weken met een vaste demo.',
          'Je adviseert het management gevraagd en ongevraagd.',
          'Je zorgt voor een goede overdracht aan de vaste bezetting.',
          'Verlenging is mogelijk bij goed functioneren.',
          'De voertaal is Nederlands; documentatie is deels in het Engels.']::text[] AS sentences,
    ARRAY['Ik heb ruime ervaring in vergelijkbare opdrachten en kan op korte termijn starten.',
          'In mijn vorige opdracht heb ik een soortgelijk traject succesvol afgerond.',
          'Graag denk ik mee over de aanpak; mijn cv laat zien waar ik eerder heb gewerkt.',
          'Ik ben beschikbaar voor het gevraagde aantal uren en woon in de regio.',
          'Deze opdracht sluit goed aan bij mijn achtergrond en mijn certificeringen.',
          'Ik werk graag samen met de vaste medewerkers en draag kennis over.']::text[] AS motivations;

-- ---------------------------------------------------------------------------------------------
-- The demo users (loaded by the backend's demo data at its start): their subjects and the client's
-- organisation. The seed gives the client's organisation many assignments and the professional
-- many responses, so the authenticated endpoints are measured on full lists.
-- ---------------------------------------------------------------------------------------------
CREATE TEMP TABLE demo AS
SELECT (SELECT subject_id FROM account WHERE oidc_subject = 'de000000-0000-4000-8000-000000000001') AS professional,
       (SELECT subject_id FROM account WHERE oidc_subject = 'de000000-0000-4000-8000-000000000002') AS client,
       (SELECT organisation_id FROM organisation_member m JOIN account a USING (subject_id)
         WHERE a.oidc_subject = 'de000000-0000-4000-8000-000000000002') AS organisation;
SELECT 1 / CASE WHEN professional IS NULL OR client IS NULL OR organisation IS NULL THEN 0 ELSE 1 END
       AS demo_users_must_exist FROM demo \gset

-- ---------------------------------------------------------------------------------------------
-- Secondary indexes of the large tables: dropped for the load, re-created at the end.
-- ---------------------------------------------------------------------------------------------
CREATE TEMP TABLE saved_index AS
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
  FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
 WHERE t.relname IN ('subject', 'account', 'profile', 'assignment', 'response', 'feed_entry', 'cv_file')
   AND t.relnamespace = 'public'::regnamespace
   AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = i.indexrelid);
SELECT format('DROP INDEX %s', name) FROM saved_index \gexec

ALTER TABLE assignment DISABLE TRIGGER assignment_feed;

\echo subjects and accounts
-- clients (c), professionals (p), visitors who responded without an account (v), and anonymous
-- posters (ap: one e-mail identity per anonymous assignment, every tenth assignment)
INSERT INTO subject (id, kind, language, created_at, last_meaningful_contact_at)
SELECT pg_temp.id(kind, n), CASE WHEN kind IN ('c', 'p') THEN 'ACCOUNT' ELSE 'EMAIL_IDENTITY' END,
       CASE WHEN n % 7 = 0 THEN 'en' ELSE 'nl' END,
       now() - (random() * 1400 + 60) * interval '1 day',
       now() - random() * 300 * interval '1 day'
  FROM (SELECT 'c' AS kind, n FROM generate_series(1, 2 * :n_organisations) n
        UNION ALL SELECT 'p', n FROM generate_series(1, :n_profiles) n
        UNION ALL SELECT 'v', n FROM generate_series(1, :n_profiles / 2) n
        UNION ALL SELECT 'ap', n FROM generate_series(10, :n_assignments, 10) n) s;

CREATE TEMP TABLE person AS
SELECT kind, n,
       pg_temp.pick(w.first_names, random()) || ' ' || pg_temp.pick(w.last_names, random()) AS name
  FROM words w,
       (SELECT 'c' AS kind, n FROM generate_series(1, 2 * :n_organisations) n
        UNION ALL SELECT 'p', n FROM generate_series(1, :n_profiles) n
        UNION ALL SELECT 'v', n FROM generate_series(1, :n_profiles / 2) n) s;
ALTER TABLE person ADD PRIMARY KEY (kind, n);
ALTER TABLE person ADD COLUMN email text;
UPDATE person SET email = lower(replace(replace(name, ' ', '.'), '''', '')) || '.' || kind || n || '@example.nl';

INSERT INTO account (subject_id, oidc_subject, display_name, email, created_at, updated_at)
SELECT pg_temp.id(pe.kind, pe.n), 'seed-' || pe.kind || pe.n, pe.name, pe.email, s.created_at, s.created_at
  FROM person pe JOIN subject s ON s.id = pg_temp.id(pe.kind, pe.n)
 WHERE pe.kind IN ('c', 'p');

\echo organisations
INSERT INTO organisation (id, name, kvk_number, verified_at, created_at)
SELECT pg_temp.id('o', n),
       pg_temp.pick(ARRAY['Gemeente','Stichting','Coöperatie','Zorggroep','Woonstichting','Holding','Groep']::text[], random())
           || ' ' || pg_temp.pick(w.cities, random()) || ' ' || n,
       lpad((20000000 + n)::text, 8, '0'),
       CASE WHEN n % 5 <> 0 THEN now() - random() * 700 * interval '1 day' END,
       now() - (random() * 1400 + 60) * interval '1 day'
  FROM words w, generate_series(1, :n_organisations) n;

-- client c is a member of organisation ((c - 1) mod n_organisations) + 1: two per organisation
INSERT INTO organisation_member (subject_id, organisation_id, joined_at)
SELECT pg_temp.id('c', n), pg_temp.id('o', (n - 1) % :n_organisations + 1), now() - random() * 700 * interval '1 day'
  FROM generate_series(1, 2 * :n_organisations) n;

\echo profiles and CVs
INSERT INTO profile (id, subject_id, visibility, display_name, headline, summary, free_text_public, skills,
                     experience, education, region, available_from, hours_per_week, rate_min_cents, rate_max_cents,
                     languages, contact_email, contact_phone, created_at, updated_at)
SELECT pg_temp.id('pr', p.n), pg_temp.id('p', p.n),
       CASE WHEN r.v < 0.6 THEN 'MEMBERS' WHEN r.v < 0.85 THEN 'ANONYMOUS' ELSE 'HIDDEN' END,
       p.name, role || ' | ' || array_to_string(sk[1:3], ', '),
       'Ervaren ' || lower(role) || ' met ' || (3 + p.n % 25) || ' jaar ervaring, onder meer '
           || pg_temp.pick(w.clients, random()) || '. Specialisaties: ' || array_to_string(sk, ', ') || '. '
           || pg_temp.pick(w.sentences, random()),
       r.v < 0.3, sk,
       jsonb_build_array(jsonb_build_object('role', role, 'clientName', initcap(pg_temp.pick(w.cities, random())) || ' (' || pg_temp.pick(w.clients, random()) || ')',
                                            'startMonth', (2025 - p.n % 15) || '-0' || (1 + p.n % 9), 'endMonth', NULL,
                                            'tasks', pg_temp.pick(w.sentences, random()))),
       jsonb_build_array(jsonb_build_object('institution', pg_temp.pick(ARRAY['Universiteit Utrecht','TU Delft','Hogeschool van Amsterdam','Fontys','Rijksuniversiteit Groningen','Erasmus Universiteit']::text[], random()),
                                            'qualification', pg_temp.pick(ARRAY['Bachelor','Master','HBO','MBO 4']::text[], random()),
                                            'year', 1990 + p.n % 33)),
       CASE WHEN p.n % 100 = 0 THEN 'ABROAD' ELSE pg_temp.pick(:'areas'::text[], random()) || lpad((p.n % 100)::text, 2, '0') END,
       current_date + (random() * 120 - 30)::int,
       8 * (1 + p.n % 5),
       rate, rate + 1000 * (p.n % 30),
       CASE WHEN p.n % 3 = 0 THEN ARRAY['nl', 'en'] ELSE ARRAY['nl'] END,
       p.email, '06' || lpad((p.n % 100000000)::text, 8, '0'),
       s.created_at, greatest(s.created_at, now() - random() * 365 * interval '1 day')
  FROM person p
  JOIN subject s ON s.id = pg_temp.id('p', p.n)
  CROSS JOIN words w
  CROSS JOIN LATERAL (SELECT random() + 0 * p.n AS v) r
  CROSS JOIN LATERAL (SELECT pg_temp.pick(w.roles, random()) AS role,
                             pg_temp.skills(:'skills'::text[], 3 + (p.n % 6)::int, random()) AS sk,
                             (6000 + (p.n % 90) * 100) AS rate) x
 WHERE p.kind = 'p';

-- one professional in five has a CV (a small PDF-like body: the bytes are never parsed by reads)
INSERT INTO cv_file (subject_id, file_name, content_type, size_bytes, content, uploaded_at)
SELECT pg_temp.id('p', n), 'cv-' || n || '.pdf', 'application/pdf', 4096,
       substring(convert_to('%PDF-1.4 ' || repeat('cv ' || n || ' ', 4096 / (4 + length(n::text)) + 1), 'UTF8') FROM 1 FOR 4096),
       now() - random() * 365 * interval '1 day'
  FROM generate_series(5, :n_profiles, 5) n;

\echo assignments
-- status by bucket of n * 7919 mod 1000: 7 % published, 78 % closed, 10 % archived, the rest
-- drafts and postings in review or awaiting their e-mail check. The first 5,000 belong to the
-- demo client's organisation; every tenth is posted without an account (an e-mail identity with
-- its assignment_poster row); the rest by a client of an organisation chosen with a skew (a few
-- organisations post most).
CREATE TEMP TABLE assignment_plan AS
SELECT n,
       CASE WHEN b < 70 THEN 'PUBLISHED' WHEN b < 850 THEN 'CLOSED' WHEN b < 950 THEN 'ARCHIVED'
            WHEN b < 980 THEN 'DRAFT' WHEN b < 990 THEN 'PENDING_REVIEW'
            WHEN n % 10 = 0 AND n > 5000 THEN 'PENDING_VERIFICATION' ELSE 'DRAFT' END AS status,
       CASE WHEN n <= 5000 THEN 'demo' WHEN n % 10 = 0 THEN 'anonymous' ELSE 'client' END AS poster,
       1 + floor(:n_organisations * power(random(), 3))::int AS org
  FROM (SELECT n, (n::bigint * 7919) % 1000 AS b FROM generate_series(1, :n_assignments) n) s;
ALTER TABLE assignment_plan ADD PRIMARY KEY (n);

INSERT INTO assignment (id, status, poster_subject_id, organisation_id, title, description, region, remote,
                        start_date, duration_weeks, hours_per_week, rate_min_cents, rate_max_cents, skills,
                        valid_through, name_organisation, procedure_status, published_at, closed_at,
                        created_at, updated_at)
SELECT pg_temp.id('a', p.n), p.status,
       CASE p.poster WHEN 'demo' THEN d.client WHEN 'anonymous' THEN pg_temp.id('ap', p.n) ELSE pg_temp.id('c', p.org) END,
       CASE p.poster WHEN 'demo' THEN d.organisation WHEN 'anonymous' THEN NULL ELSE pg_temp.id('o', p.org) END,
       left(role || ' ' || client_phrase || ' (' || project || ')', 150),
       left('Voor de ' || project || ' zoeken wij ' || client_phrase || ' in ' || city || ' een ' || lower(role)
            || ' voor ' || hours || ' uur per week. ' || pg_temp.pick(w.sentences, random()) || ' '
            || 'Gevraagde kennis en ervaring: ' || array_to_string(sk, ', ') || '. '
            || pg_temp.pick(w.sentences, random()) || ' ' || pg_temp.pick(w.sentences, random()) || ' '
            || 'De opdracht start ' || CASE WHEN p.n % 3 = 0 THEN 'zo snel mogelijk' ELSE 'in overleg' END
            || ' en duurt naar verwachting ' || weeks || ' weken, met optie op verlenging. '
            || 'Standplaats is ' || city || '; thuiswerken is ' || CASE remote WHEN 'REMOTE' THEN 'volledig mogelijk'
               WHEN 'HYBRID' THEN 'deels mogelijk' ELSE 'niet mogelijk' END || '. '
            || pg_temp.pick(w.sentences, random()), 10000),
       CASE WHEN p.n % 97 = 0 THEN 'ABROAD' ELSE pg_temp.pick(:'areas'::text[], random()) || lpad((p.n % 100)::text, 2, '0') END,
       remote,
       (t.created_at + (14 + p.n % 60) * interval '1 day')::date, weeks, hours,
       CASE WHEN p.n % 11 = 0 THEN NULL ELSE rate END, CASE WHEN p.n % 11 = 0 THEN NULL ELSE rate + 1500 END,
       sk,
       CASE WHEN p.status = 'PUBLISHED' THEN current_date + 1 + (p.n % 90)
            WHEN t.closed_at IS NOT NULL THEN t.closed_at::date
            ELSE (t.created_at + interval '60 days')::date END,
       p.n % 2 = 0 AND p.poster <> 'anonymous',
       CASE WHEN p.status IN ('CLOSED', 'ARCHIVED') THEN
            (ARRAY['FILLED', 'FILLED', 'CANCELLED', 'OPEN', 'FILLED'])[1 + p.n % 5] ELSE 'OPEN' END,
       t.published_at, t.closed_at, t.created_at, coalesce(t.closed_at, t.published_at, t.created_at)
  FROM assignment_plan p
  CROSS JOIN demo d
  CROSS JOIN words w
  CROSS JOIN LATERAL (SELECT pg_temp.pick(w.roles, random()) AS role, pg_temp.pick(w.clients, random()) AS client_phrase,
                             pg_temp.pick(w.projects, random()) AS project, pg_temp.pick(w.cities, random()) AS city,
                             pg_temp.skills(:'skills'::text[], 3 + (p.n % 6)::int, random()) AS sk,
                             (ARRAY['ONSITE', 'HYBRID', 'HYBRID', 'HYBRID', 'REMOTE'])[1 + p.n % 5] AS remote,
                             8 * (2 + p.n % 4) AS hours, 4 * (3 + p.n % 10) AS weeks,
                             (7000 + (p.n % 80) * 100) AS rate) x
  CROSS JOIN LATERAL (
      SELECT created_at, published_at,
             CASE WHEN p.status IN ('CLOSED', 'ARCHIVED')
                  THEN least(published_at + (14 + p.n % 80) * interval '1 day', now() - interval '1 day') END AS closed_at
        FROM (SELECT c AS created_at,
                     CASE WHEN p.status IN ('PUBLISHED', 'CLOSED', 'ARCHIVED') THEN c + interval '3 hours' END AS published_at
                FROM (SELECT CASE WHEN p.status = 'PUBLISHED' THEN now() - random() * 60 * interval '1 day'
                                  ELSE now() - (random() * 1400 + 30) * interval '1 day' END AS c) c0) c1) t;

INSERT INTO assignment_poster (assignment_id, subject_id, name, organisation_name, email, phone, email_verified_at)
SELECT pg_temp.id('a', p.n), pg_temp.id('ap', p.n),
       pg_temp.pick(w.first_names, random()) || ' ' || pg_temp.pick(w.last_names, random()),
       'Bureau ' || pg_temp.pick(w.cities, random()),
       'poster.ap' || p.n || '@example.nl', '010' || lpad((p.n % 10000000)::text, 7, '0'),
       CASE WHEN p.status <> 'PENDING_VERIFICATION' THEN now() - random() * 700 * interval '1 day' END
  FROM assignment_plan p CROSS JOIN words w
 WHERE p.poster = 'anonymous';

\echo feed entries
-- What the trigger would have written: every assignment that was ever published, PUBLISHED at its
-- publication or REMOVED (a tombstone) when it closed.
INSERT INTO feed_entry (assignment_id, status, changed_at)
SELECT id, CASE WHEN status = 'PUBLISHED' THEN 'PUBLISHED' ELSE 'REMOVED' END, coalesce(closed_at, published_at)
  FROM assignment a WHERE published_at IS NOT NULL
   AND NOT EXISTS (SELECT FROM feed_entry f WHERE f.assignment_id = a.id);

ALTER TABLE assignment ENABLE TRIGGER assignment_feed;

\echo responses
-- Per assignment that was published, k responses (skewed: most get a few, some many), until
-- n_responses. Respondent j of an assignment is professional ((h + 7919 j) mod n_profiles) + 1,
-- every tenth a visitor: distinct within an assignment, so the one-active-response rule holds.
-- The demo professional responds to every 300th published or closed assignment besides.
CREATE TEMP TABLE response_plan AS
SELECT a.id AS assignment_id, a.status AS assignment_status, a.published_at,
       coalesce(a.closed_at, now()) AS until, j, h
  FROM (SELECT id, status, published_at, closed_at, abs(hashtext(id::text)::bigint) AS h,
               round(16.5 * power(random(), 2))::int AS k
          FROM assignment WHERE published_at IS NOT NULL) a
  CROSS JOIN LATERAL generate_series(0, a.k - 1) j
 LIMIT :n_responses;

INSERT INTO response (id, assignment_id, respondent_subject_id, status, respondent_name, respondent_email,
                      respondent_phone, motivation, answers, this_assignment_only, cv_file_name, cv_content_type,
                      forwarded_at, withdrawn_at, created_at, updated_at)
SELECT md5(r.assignment_id::text || r.j)::uuid, r.assignment_id, pg_temp.id(who.kind, who.n), st.status,
       p.name, p.email, CASE WHEN r.j % 3 = 0 THEN '06' || lpad((who.n % 100000000)::text, 8, '0') END,
       pg_temp.pick(w.motivations, random()) || ' ' || pg_temp.pick(w.motivations, random()),
       '[]'::jsonb, r.j % 20 = 0,
       CASE WHEN r.j % 50 = 7 THEN 'cv.pdf' END, CASE WHEN r.j % 50 = 7 THEN 'application/pdf' END,
       CASE WHEN st.status <> 'PENDING_VERIFICATION' THEN at.created_at END,
       CASE WHEN st.status = 'WITHDRAWN' THEN at.created_at + interval '2 days' END,
       at.created_at, at.created_at
  FROM response_plan r
  CROSS JOIN words w
  CROSS JOIN LATERAL (SELECT CASE WHEN r.j % 10 = 9 THEN 'v' ELSE 'p' END AS kind,
                             CASE WHEN r.j % 10 = 9 THEN (r.h + 7919 * r.j) % (:n_profiles / 2) + 1
                                  ELSE (r.h + 7919 * r.j) % :n_profiles + 1 END AS n) who
  JOIN person p ON p.kind = who.kind AND p.n = who.n
  CROSS JOIN LATERAL (SELECT r.published_at + random() * least(r.until - r.published_at, interval '30 days') AS created_at) at
  CROSS JOIN LATERAL (SELECT CASE
      WHEN r.j % 37 = 36 THEN 'WITHDRAWN'
      WHEN r.assignment_status = 'PUBLISHED' THEN (ARRAY['RECEIVED', 'RECEIVED', 'IN_REVIEW', 'SHORTLISTED', 'REJECTED'])[1 + r.j % 5]
      ELSE (ARRAY['REJECTED', 'REJECTED', 'REJECTED', 'SHORTLISTED'])[1 + r.j % 4] END AS status) st;

INSERT INTO response (id, assignment_id, respondent_subject_id, status, respondent_name, respondent_email,
                      respondent_phone, motivation, answers, this_assignment_only, forwarded_at, created_at, updated_at)
SELECT md5('demo' || a.id)::uuid, a.id, d.professional,
       CASE WHEN a.status = 'PUBLISHED' THEN 'RECEIVED' ELSE 'REJECTED' END,
       acc.display_name, acc.email, NULL, 'Graag reageer ik op deze opdracht; mijn profiel laat mijn ervaring zien.',
       '[]'::jsonb, false, c.at, c.at, c.at
  FROM assignment a
  CROSS JOIN demo d
  JOIN account acc ON acc.subject_id = d.professional
  CROSS JOIN LATERAL (SELECT a.published_at + interval '1 day' AS at) c
 WHERE a.published_at IS NOT NULL AND abs(hashtext(a.id::text)::bigint) % 300 = 0;

INSERT INTO response_cv (response_id, content)
SELECT id, convert_to('%PDF-1.4 response cv ' || id, 'UTF8') FROM response WHERE cv_file_name IS NOT NULL;

\echo indexes
SELECT definition FROM saved_index \gexec

SELECT (SELECT count(*) FROM assignment) AS assignments,
       (SELECT count(*) FROM assignment WHERE status = 'PUBLISHED') AS published,
       (SELECT count(*) FROM profile) AS profiles,
       (SELECT count(*) FROM cv_file) AS cvs,
       (SELECT count(*) FROM response) AS responses,
       (SELECT count(*) FROM feed_entry) AS feed_entries,
       (SELECT count(*) FROM assignment WHERE organisation_id = (SELECT organisation FROM demo)) AS demo_client_assignments,
       (SELECT count(*) FROM response WHERE respondent_subject_id = (SELECT professional FROM demo)) AS demo_professional_responses;
