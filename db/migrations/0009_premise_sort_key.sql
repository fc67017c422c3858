-- premises.sort_key: the premises list order as one text, so the list reads it off the (org_id, sort_key, id) index
-- instead of computing a regex key for every row and sorting them all.

-- Digit runs padded to ten places (longer runs kept whole), so text comparison counts: 2 < 10 < 10а < 11.
-- PL/pgSQL rather than SQL functions: these run once per row inside triggers, where an SQL function's body is planned
-- again on every call (20 s for 10,000 rows) and PL/pgSQL keeps its plans for the session.
CREATE FUNCTION natural_sort_text(value text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN (SELECT coalesce(string_agg(CASE WHEN part[1] ~ '^[0-9]' THEN lpad(part[1], greatest(10, length(part[1])), '0') ELSE part[1] END, '' ORDER BY n), '')
    FROM regexp_matches(lower(coalesce(value, '')), '[0-9]+|[^0-9]+', 'g') WITH ORDINALITY AS m(part, n));
END
$$;--> statement-breakpoint

-- City, street, house, block, structure, the building itself (two buildings at one address stay apart), the type group
-- and the number; chr(1) between the parts sorts below any character, so a shorter part comes first. Type groups
-- follow the catalogue's order (db/schema/registry.ts premiseTypes: flats, parking, storerooms, then the rest);
-- a type added there goes at the end of this list too.
CREATE FUNCTION premise_sort_key(b buildings, premise_type text, premise_number text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN concat_ws(chr(1),
    lower(b.city), lower(b.street), natural_sort_text(b.house), natural_sort_text(b.block), natural_sort_text(b.structure),
    b.id::text,
    lpad(coalesce(array_position(ARRAY['flat','parking','storeroom','apartment','non_residential','house','townhouse','duplex','room','land_plot'], premise_type), 99)::text, 2, '0'),
    natural_sort_text(premise_number));
END
$$;--> statement-breakpoint

CREATE FUNCTION premises_set_sort_key() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.sort_key := (SELECT premise_sort_key(b, NEW.type, NEW.number) FROM buildings b WHERE b.id = NEW.building_id);
  RETURN NEW;
END
$$;--> statement-breakpoint

-- Every write path (forms, imports' bulk SQL, the REST API, seeds) goes through these triggers.
CREATE TRIGGER premises_sort_key BEFORE INSERT OR UPDATE OF building_id, type, number, sort_key ON premises
FOR EACH ROW EXECUTE FUNCTION premises_set_sort_key();--> statement-breakpoint

CREATE FUNCTION buildings_refresh_premise_sort_keys() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Touching sort_key makes premises_sort_key recompute it from the renamed building.
  UPDATE premises SET sort_key = '' WHERE building_id = NEW.id;
  RETURN NULL;
END
$$;--> statement-breakpoint

CREATE TRIGGER buildings_premise_sort_keys AFTER UPDATE OF city, street, house, block, structure ON buildings
FOR EACH ROW WHEN (
  (OLD.city, OLD.street, OLD.house, OLD.block, OLD.structure) IS DISTINCT FROM (NEW.city, NEW.street, NEW.house, NEW.block, NEW.structure)
) EXECUTE FUNCTION buildings_refresh_premise_sort_keys();--> statement-breakpoint

-- Backfill: the trigger fires on the sort_key column itself.
UPDATE premises SET sort_key = '';--> statement-breakpoint
ANALYZE premises;
