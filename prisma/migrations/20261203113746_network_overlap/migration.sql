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
CREATE FUNCTION concord_network_overlap_apply(new_ids TEXT[], new_networks TEXT[], new_cities TEXT[], old_ids TEXT[], old_networks TEXT[], old_cities TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  cities TEXT[];
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
  )
  INSERT INTO "NetworkOverlap" AS o ("networkAId", "networkBId", "region", "shared")
  SELECT delta.a, delta.b, r.region, sum(delta.d)::int
  FROM delta JOIN "City" c ON c.id = delta.city CROSS JOIN LATERAL (VALUES (c.region), ('')) AS r(region)
  GROUP BY 1, 2, 3 HAVING sum(delta.d) <> 0
  ON CONFLICT ("networkAId", "networkBId", "region") DO UPDATE SET "shared" = o."shared" + EXCLUDED."shared";

  WITH delta AS (
    SELECT n.network, n.city, 1 AS d FROM unnest(new_networks, new_cities) AS n(network, city) WHERE n.city IS NOT NULL
    UNION ALL
    SELECT o.network, o.city, -1 FROM unnest(old_networks, old_cities) AS o(network, city) WHERE o.city IS NOT NULL
  )
  INSERT INTO "NetworkRegionMembers" AS s ("networkId", "region", "members")
  SELECT delta.network, r.region, sum(delta.d)::int
  FROM delta JOIN "City" c ON c.id = delta.city CROSS JOIN LATERAL (VALUES (c.region), ('')) AS r(region)
  GROUP BY 1, 2 HAVING sum(delta.d) <> 0
  ON CONFLICT ("networkId", "region") DO UPDATE SET "members" = s."members" + EXCLUDED."members";

  DELETE FROM "NetworkOverlap" WHERE "shared" <= 0 AND "networkAId" IN (
    SELECT m."networkId" FROM "NetworkMembership" m WHERE m."cityId" = ANY(cities) UNION SELECT unnest(old_networks));
  DELETE FROM "NetworkRegionMembers" WHERE "members" <= 0 AND "networkId" IN (SELECT unnest(new_networks || old_networks));
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
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('concord.city-members:' || city, 0));
  INSERT INTO "NetworkOverlap" AS o ("networkAId", "networkBId", "region", "shared")
  SELECT x."networkId", y."networkId", r.region, sign * count(*)::int
  FROM "NetworkMembership" x JOIN "NetworkMembership" y ON y."cityId" = x."cityId" AND x."networkId" < y."networkId"
  CROSS JOIN unnest(regions) AS r(region)
  WHERE x."cityId" = city
  GROUP BY 1, 2, 3
  ON CONFLICT ("networkAId", "networkBId", "region") DO UPDATE SET "shared" = o."shared" + EXCLUDED."shared";
  INSERT INTO "NetworkRegionMembers" AS s ("networkId", "region", "members")
  SELECT m."networkId", r.region, sign * count(*)::int
  FROM "NetworkMembership" m CROSS JOIN unnest(regions) AS r(region)
  WHERE m."cityId" = city
  GROUP BY 1, 2
  ON CONFLICT ("networkId", "region") DO UPDATE SET "members" = s."members" + EXCLUDED."members";
  DELETE FROM "NetworkOverlap" WHERE "shared" <= 0 AND "networkAId" IN (SELECT m."networkId" FROM "NetworkMembership" m WHERE m."cityId" = city);
  DELETE FROM "NetworkRegionMembers" WHERE "members" <= 0 AND "networkId" IN (SELECT m."networkId" FROM "NetworkMembership" m WHERE m."cityId" = city);
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
