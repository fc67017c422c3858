DROP INDEX "meters_org_building_idx";--> statement-breakpoint
ALTER TABLE "meters" ADD COLUMN "sort_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "meters_org_sort_idx" ON "meters" USING btree ("org_id","sort_key","id");--> statement-breakpoint
CREATE INDEX "meters_org_serial_idx" ON "meters" USING btree ("org_id","serial_key","id");--> statement-breakpoint
CREATE INDEX "meters_org_building_sort_idx" ON "meters" USING btree ("org_id","building_id","sort_key","id");--> statement-breakpoint
CREATE INDEX "meters_org_status_sort_idx" ON "meters" USING btree ("org_id","status","sort_key","id");--> statement-breakpoint

-- meters.sort_key: the «Приборы учёта» list order (address, then resource, then serial) as one text, read off the
-- (org_id, sort_key, id) index instead of joining 300,000 meters to their premises and sorting them all.
-- A flat's meters follow its premise's sort key; a common-house meter takes its building's key with the type group
-- of "other" (after the building's premises).
CREATE FUNCTION meter_sort_key(m meters) RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN concat_ws(chr(1),
    coalesce(
      (SELECT p.sort_key FROM premises p WHERE p.id = m.premise_id),
      (SELECT premise_sort_key(b, '', '') FROM buildings b WHERE b.id = m.building_id)),
    lpad(coalesce(array_position(ARRAY['cold_water','hot_water','heating','electricity','gas'], m.resource), 99)::text, 2, '0'),
    m.serial_key);
END
$$;--> statement-breakpoint

CREATE FUNCTION meters_set_sort_key() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.sort_key := meter_sort_key(NEW);
  RETURN NEW;
END
$$;--> statement-breakpoint

CREATE TRIGGER meters_sort_key BEFORE INSERT OR UPDATE OF premise_id, building_id, resource, serial_key, sort_key ON meters
FOR EACH ROW EXECUTE FUNCTION meters_set_sort_key();--> statement-breakpoint

-- A premise renumbered or its building renamed (premises_sort_key recomputes the premise's key): its meters follow.
CREATE FUNCTION premises_refresh_meter_sort_keys() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE meters SET sort_key = '' WHERE premise_id = NEW.id;
  RETURN NULL;
END
$$;--> statement-breakpoint

CREATE TRIGGER premises_meter_sort_keys AFTER UPDATE OF sort_key ON premises
FOR EACH ROW WHEN (OLD.sort_key IS DISTINCT FROM NEW.sort_key) EXECUTE FUNCTION premises_refresh_meter_sort_keys();--> statement-breakpoint

-- Common-house meters have no premise to follow: a renamed building refreshes them itself.
CREATE FUNCTION buildings_refresh_meter_sort_keys() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE meters SET sort_key = '' WHERE building_id = NEW.id AND premise_id IS NULL;
  RETURN NULL;
END
$$;--> statement-breakpoint

CREATE TRIGGER buildings_meter_sort_keys AFTER UPDATE OF city, street, house, block, structure ON buildings
FOR EACH ROW WHEN (
  (OLD.city, OLD.street, OLD.house, OLD.block, OLD.structure) IS DISTINCT FROM (NEW.city, NEW.street, NEW.house, NEW.block, NEW.structure)
) EXECUTE FUNCTION buildings_refresh_meter_sort_keys();--> statement-breakpoint

UPDATE meters SET sort_key = '';--> statement-breakpoint
ANALYZE meters;
