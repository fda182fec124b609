-- CreateTable
CREATE TABLE "NetworkOverlap" (
    "networkAId" TEXT NOT NULL,
    "networkBId" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "shared" INTEGER NOT NULL,

    CONSTRAINT "NetworkOverlap_pkey" PRIMARY KEY ("networkAId","networkBId","region")
);

-- CreateTable
CREATE TABLE "NetworkRegionMembers" (
    "networkId" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "members" INTEGER NOT NULL,

    CONSTRAINT "NetworkRegionMembers_pkey" PRIMARY KEY ("networkId","region")
);

-- Keeps NetworkOverlap and NetworkRegionMembers equal to what a self-join of the memberships
-- gives. A changed city's pairs are recomputed: its pairs after the statement minus those before
-- it (the rows there now, without the statement's new rows, with its old rows). Writers touching
-- the same city take its advisory lock first (all in one order, so they cannot deadlock) and then
-- read the memberships afresh, so two concurrent joins of one city each count the pair they make.
-- A deleted city takes its pairs away before it goes (City trigger below); the memberships its
-- deletion cascades to then find no city and change nothing.
CREATE FUNCTION concord_network_overlap_drop_zeros(a TEXT[], b TEXT[], regions TEXT[], networks TEXT[], network_regions TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF a IS NOT NULL THEN
    DELETE FROM "NetworkOverlap" o USING unnest(a, b, regions) AS z(a, b, region)
    WHERE o."networkAId" = z.a AND o."networkBId" = z.b AND o."region" = z.region AND o."shared" <= 0;
  END IF;
  IF networks IS NOT NULL THEN
    DELETE FROM "NetworkRegionMembers" s USING unnest(networks, network_regions) AS z(network, region)
    WHERE s."networkId" = z.network AND s."region" = z.region AND s."members" <= 0;
  END IF;
END $$;

CREATE FUNCTION concord_network_overlap_apply(new_ids TEXT[], new_networks TEXT[], new_cities TEXT[], old_ids TEXT[], old_networks TEXT[], old_cities TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  cities TEXT[];
  -- The rows an update brought to zero, deleted by key (a scan for zeros would read every pair).
  zero_a TEXT[]; zero_b TEXT[]; zero_region TEXT[]; zero_network TEXT[]; zero_network_region TEXT[];
BEGIN
  SELECT coalesce(array_agg(DISTINCT c), '{}') INTO cities FROM unnest(new_cities || old_cities) AS c WHERE c IS NOT NULL;
  IF cardinality(cities) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended('concord.city-members:' || c, 0) AS k FROM unnest(cities) AS c ORDER BY 1) AS locks;

  WITH after_set AS (
    SELECT m.id, m."networkId" AS network, m."cityId" AS city FROM "NetworkMembership" m WHERE m."cityId" = ANY(cities)
  ), before_set AS (
    SELECT a.id, a.network, a.city FROM after_set a WHERE NOT (a.id = ANY(new_ids))
    UNION ALL
    SELECT o.id, o.network, o.city FROM unnest(old_ids, old_networks, old_cities) AS o(id, network, city) WHERE o.city IS NOT NULL
  ), delta AS (
    SELECT x.network AS a, y.network AS b, x.city, 1 AS d FROM after_set x JOIN after_set y ON y.city = x.city AND x.network < y.network
    UNION ALL
    SELECT x.network, y.network, x.city, -1 FROM before_set x JOIN before_set y ON y.city = x.city AND x.network < y.network
  ), upserted AS (
    INSERT INTO "NetworkOverlap" AS o ("networkAId", "networkBId", "region", "shared")
    SELECT delta.a, delta.b, r.region, sum(delta.d)::int
    FROM delta JOIN "City" c ON c.id = delta.city CROSS JOIN LATERAL (VALUES (c.region), ('')) AS r(region)
    GROUP BY 1, 2, 3 HAVING sum(delta.d) <> 0
    ON CONFLICT ("networkAId", "networkBId", "region") DO UPDATE SET "shared" = o."shared" + EXCLUDED."shared"
    RETURNING o."networkAId", o."networkBId", o."region", o."shared"
  )
  SELECT array_agg("networkAId"), array_agg("networkBId"), array_agg("region") INTO zero_a, zero_b, zero_region FROM upserted WHERE "shared" <= 0;

  WITH delta AS (
    SELECT n.network, n.city, 1 AS d FROM unnest(new_networks, new_cities) AS n(network, city) WHERE n.city IS NOT NULL
    UNION ALL
    SELECT o.network, o.city, -1 FROM unnest(old_networks, old_cities) AS o(network, city) WHERE o.city IS NOT NULL
  ), upserted AS (
    INSERT INTO "NetworkRegionMembers" AS s ("networkId", "region", "members")
    SELECT delta.network, r.region, sum(delta.d)::int
    FROM delta JOIN "City" c ON c.id = delta.city CROSS JOIN LATERAL (VALUES (c.region), ('')) AS r(region)
    GROUP BY 1, 2 HAVING sum(delta.d) <> 0
    ON CONFLICT ("networkId", "region") DO UPDATE SET "members" = s."members" + EXCLUDED."members"
    RETURNING s."networkId", s."region", s."members"
  )
  SELECT array_agg("networkId"), array_agg("region") INTO zero_network, zero_network_region FROM upserted WHERE "members" <= 0;

  PERFORM concord_network_overlap_drop_zeros(zero_a, zero_b, zero_region, zero_network, zero_network_region);
END $$;

CREATE FUNCTION concord_network_overlap_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  new_ids TEXT[] := '{}'; new_networks TEXT[] := '{}'; new_cities TEXT[] := '{}';
  old_ids TEXT[] := '{}'; old_networks TEXT[] := '{}'; old_cities TEXT[] := '{}';
BEGIN
  -- Updates that keep every row's network and city (year joined, member type) change no pair.
  -- (Nested: an INSERT or DELETE trigger has no old_rows or new_rows to plan the test against.)
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT id, "networkId", "cityId" FROM old_rows EXCEPT SELECT id, "networkId", "cityId" FROM new_rows) THEN
      RETURN NULL;
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT coalesce(array_agg(id), '{}'), coalesce(array_agg("networkId"), '{}'), coalesce(array_agg("cityId"), '{}') INTO new_ids, new_networks, new_cities FROM new_rows;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    SELECT coalesce(array_agg(id), '{}'), coalesce(array_agg("networkId"), '{}'), coalesce(array_agg("cityId"), '{}') INTO old_ids, old_networks, old_cities FROM old_rows;
  END IF;
  PERFORM concord_network_overlap_apply(new_ids, new_networks, new_cities, old_ids, old_networks, old_cities);
  RETURN NULL;
END $$;

CREATE TRIGGER "NetworkMembership_overlap_insert" AFTER INSERT ON "NetworkMembership" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION concord_network_overlap_sync();
CREATE TRIGGER "NetworkMembership_overlap_update" AFTER UPDATE ON "NetworkMembership" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION concord_network_overlap_sync();
CREATE TRIGGER "NetworkMembership_overlap_delete" AFTER DELETE ON "NetworkMembership" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION concord_network_overlap_sync();

-- A city's whole contribution (its pairs and sizes) added or taken away under the given regions.
CREATE FUNCTION concord_network_overlap_city(city TEXT, regions TEXT[], sign INT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  zero_a TEXT[]; zero_b TEXT[]; zero_region TEXT[]; zero_network TEXT[]; zero_network_region TEXT[];
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('concord.city-members:' || city, 0));
  WITH upserted AS (
    INSERT INTO "NetworkOverlap" AS o ("networkAId", "networkBId", "region", "shared")
    SELECT x."networkId", y."networkId", r.region, sign * count(*)::int
    FROM "NetworkMembership" x JOIN "NetworkMembership" y ON y."cityId" = x."cityId" AND x."networkId" < y."networkId"
    CROSS JOIN unnest(regions) AS r(region)
    WHERE x."cityId" = city
    GROUP BY 1, 2, 3
    ON CONFLICT ("networkAId", "networkBId", "region") DO UPDATE SET "shared" = o."shared" + EXCLUDED."shared"
    RETURNING o."networkAId", o."networkBId", o."region", o."shared"
  )
  SELECT array_agg("networkAId"), array_agg("networkBId"), array_agg("region") INTO zero_a, zero_b, zero_region FROM upserted WHERE "shared" <= 0;
  WITH upserted AS (
    INSERT INTO "NetworkRegionMembers" AS s ("networkId", "region", "members")
    SELECT m."networkId", r.region, sign * count(*)::int
    FROM "NetworkMembership" m CROSS JOIN unnest(regions) AS r(region)
    WHERE m."cityId" = city
    GROUP BY 1, 2
    ON CONFLICT ("networkId", "region") DO UPDATE SET "members" = s."members" + EXCLUDED."members"
    RETURNING s."networkId", s."region", s."members"
  )
  SELECT array_agg("networkId"), array_agg("region") INTO zero_network, zero_network_region FROM upserted WHERE "members" <= 0;
  PERFORM concord_network_overlap_drop_zeros(zero_a, zero_b, zero_region, zero_network, zero_network_region);
END $$;

CREATE FUNCTION concord_network_overlap_city_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM concord_network_overlap_city(OLD.id, ARRAY[OLD.region, ''], -1);
    RETURN OLD;
  END IF;
  -- A city moving region moves its pairs and sizes; the all-regions rows stay as they are.
  PERFORM concord_network_overlap_city(NEW.id, ARRAY[OLD.region], -1);
  PERFORM concord_network_overlap_city(NEW.id, ARRAY[NEW.region], 1);
  RETURN NEW;
END $$;

CREATE TRIGGER "City_overlap_delete" BEFORE DELETE ON "City" FOR EACH ROW EXECUTE FUNCTION concord_network_overlap_city_change();
CREATE TRIGGER "City_overlap_region" AFTER UPDATE OF "region" ON "City" FOR EACH ROW WHEN (OLD."region" IS DISTINCT FROM NEW."region") EXECUTE FUNCTION concord_network_overlap_city_change();

-- What the memberships hold now.
INSERT INTO "NetworkOverlap" ("networkAId", "networkBId", "region", "shared")
SELECT x."networkId", y."networkId", r.region, count(*)::int
FROM "NetworkMembership" x JOIN "NetworkMembership" y ON y."cityId" = x."cityId" AND x."networkId" < y."networkId"
JOIN "City" c ON c.id = x."cityId" CROSS JOIN LATERAL (VALUES (c.region), ('')) AS r(region)
GROUP BY 1, 2, 3;
INSERT INTO "NetworkRegionMembers" ("networkId", "region", "members")
SELECT m."networkId", r.region, count(*)::int
FROM "NetworkMembership" m JOIN "City" c ON c.id = m."cityId" CROSS JOIN LATERAL (VALUES (c.region), ('')) AS r(region)
GROUP BY 1, 2;
