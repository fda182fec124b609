-- CreateTable
CREATE TABLE "CityNetworkCount" (
    "cityId" TEXT NOT NULL,
    "networks" INTEGER NOT NULL,

    CONSTRAINT "CityNetworkCount_pkey" PRIMARY KEY ("cityId")
);

-- CreateIndex
CREATE INDEX "CityNetworkCount_networks_idx" ON "CityNetworkCount"("networks");

-- A changed city's count is recomputed under the same per-city advisory lock the overlap
-- triggers take (in one order), after which the memberships are read afresh: concurrent joins
-- of one city each see the other's once it commits.
CREATE FUNCTION concord_city_network_count_refresh(cities TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(cities) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended('concord.city-members:' || c, 0) AS k FROM unnest(cities) AS c ORDER BY 1) AS locks;
  DELETE FROM "CityNetworkCount" WHERE "cityId" = ANY(cities);
  INSERT INTO "CityNetworkCount" ("cityId", "networks")
  SELECT m."cityId", count(*)::int
  FROM "NetworkMembership" m JOIN "Network" n ON n.id = m."networkId" AND n.status = 'VERIFIED'
  WHERE m."cityId" = ANY(cities)
  GROUP BY 1;
END $$;

CREATE FUNCTION concord_city_network_count_memberships() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cities TEXT[] := '{}';
BEGIN
  -- (Separate statements: an INSERT or DELETE trigger has no old_rows or new_rows to plan against.)
  IF TG_OP <> 'DELETE' THEN
    SELECT coalesce(array_agg(DISTINCT "cityId") FILTER (WHERE "cityId" IS NOT NULL), '{}') INTO cities FROM new_rows;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    SELECT cities || coalesce(array_agg(DISTINCT "cityId") FILTER (WHERE "cityId" IS NOT NULL), '{}') INTO cities FROM old_rows;
  END IF;
  PERFORM concord_city_network_count_refresh(ARRAY(SELECT DISTINCT unnest(cities)));
  RETURN NULL;
END $$;

CREATE TRIGGER "NetworkMembership_city_count_insert" AFTER INSERT ON "NetworkMembership" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION concord_city_network_count_memberships();
CREATE TRIGGER "NetworkMembership_city_count_update" AFTER UPDATE ON "NetworkMembership" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION concord_city_network_count_memberships();
CREATE TRIGGER "NetworkMembership_city_count_delete" AFTER DELETE ON "NetworkMembership" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION concord_city_network_count_memberships();

-- A network verified, rejected or sent back to review changes the count of each of its cities.
CREATE FUNCTION concord_city_network_count_network() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM concord_city_network_count_refresh(ARRAY(SELECT DISTINCT m."cityId" FROM "NetworkMembership" m WHERE m."networkId" = NEW.id AND m."cityId" IS NOT NULL));
  RETURN NULL;
END $$;

CREATE TRIGGER "Network_city_count_status" AFTER UPDATE OF "status" ON "Network" FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status") EXECUTE FUNCTION concord_city_network_count_network();

-- What the memberships hold now.
INSERT INTO "CityNetworkCount" ("cityId", "networks")
SELECT m."cityId", count(*)::int
FROM "NetworkMembership" m JOIN "Network" n ON n.id = m."networkId" AND n.status = 'VERIFIED'
WHERE m."cityId" IS NOT NULL
GROUP BY 1;
