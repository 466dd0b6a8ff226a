-- Scrutineer team database: the reader, officer and administrator roles (docs/team-database.md).
--
-- Run once as a PostgreSQL superuser, connected to the team database:
--     psql -d scrutineer -f sql/team-roles.sql
-- It is safe to run again, and it must be run again only if tables were created before it ran.
--
--   scrutineer_reader   councillors and chairs: read everything, keep their own private notes
--   scrutineer_officer  democratic services: also import packs and edit the register (statuses,
--                       corrections, manual actions, resolutions, thresholds and readings)
--   scrutineer_admin    also create and upgrade the schema (the first administrator to connect
--                       with Scrutineer creates it); owns the tables
--
-- Each is a group role: people log in as themselves and are members of one of them, e.g.
--     CREATE ROLE jsmith LOGIN IN ROLE scrutineer_officer;
--     \password jsmith          (the password goes in the user's ~/.pgpass, never in Scrutineer)

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'scrutineer_reader') THEN
        CREATE ROLE scrutineer_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'scrutineer_officer') THEN
        CREATE ROLE scrutineer_officer NOLOGIN IN ROLE scrutineer_reader;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'scrutineer_admin') THEN
        CREATE ROLE scrutineer_admin NOLOGIN IN ROLE scrutineer_officer;
    END IF;
END
$$;

-- Only Scrutineer's users connect; administrators create the schema's objects.
DO $$
BEGIN
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO scrutineer_reader', current_database());
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO scrutineer_reader', current_schema());
    EXECUTE format('GRANT CREATE ON SCHEMA %I TO scrutineer_admin', current_schema());
END
$$;

-- Tables Scrutineer created before these roles existed: the administrators' role takes them
-- over (and the functions that move other people's notes when a pack is replaced), and every
-- role gets its privileges. Scrutineer grants them itself after each later upgrade.
DO $$
DECLARE
    object record;
BEGIN
    IF to_regclass('scrutineer_schema') IS NULL THEN
        RETURN;
    END IF;
    FOR object IN SELECT c.relname FROM pg_class c
                  WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' LOOP
        EXECUTE format('ALTER TABLE %I OWNER TO scrutineer_admin', object.relname);
    END LOOP;
    FOR object IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
                  WHERE p.pronamespace = current_schema()::regnamespace AND p.proname LIKE 'scrutineer\_%' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO scrutineer_admin', object.signature);
    END LOOP;
    IF to_regproc('scrutineer_after_migration') IS NOT NULL THEN
        PERFORM scrutineer_after_migration();
    END IF;
END
$$;
