-- CreateTable
CREATE TABLE "ContentVersion" (
    "area" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ContentVersion_pkey" PRIMARY KEY ("area")
);

-- Every transaction that changes an area's tables bumps that area's counter once, at commit.
INSERT INTO "ContentVersion" ("area") VALUES ('registry'), ('knowledge'), ('search'), ('forum'), ('frameworks'), ('exchange'), ('events'), ('challenges');

CREATE FUNCTION concord_bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Transaction-local flags: many rows written in one transaction bump each counter once.
  IF current_setting('concord.bumped_' || TG_ARGV[0], true) IS DISTINCT FROM '1' THEN
    -- Lock every counter in one fixed order first, so transactions touching several areas
    -- cannot deadlock on them; the locks last only from this deferred trigger to the commit.
    IF current_setting('concord.versions_locked', true) IS DISTINCT FROM '1' THEN
      PERFORM set_config('concord.versions_locked', '1', true);
      PERFORM 1 FROM "ContentVersion" ORDER BY "area" FOR UPDATE;
    END IF;
    PERFORM set_config('concord.bumped_' || TG_ARGV[0], '1', true);
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "area" = TG_ARGV[0];
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "User_content_version" AFTER INSERT OR UPDATE OR DELETE ON "User" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('registry');
CREATE CONSTRAINT TRIGGER "PlatformRole_content_version" AFTER INSERT OR UPDATE OR DELETE ON "PlatformRole" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('registry');
CREATE CONSTRAINT TRIGGER "Theme_content_version" AFTER INSERT OR UPDATE OR DELETE ON "Theme" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('registry');
CREATE CONSTRAINT TRIGGER "Sdg_content_version" AFTER INSERT OR UPDATE OR DELETE ON "Sdg" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('registry');
CREATE CONSTRAINT TRIGGER "Network_content_version" AFTER INSERT OR UPDATE OR DELETE ON "Network" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('registry');
CREATE CONSTRAINT TRIGGER "NetworkTheme_content_version" AFTER INSERT OR UPDATE OR DELETE ON "NetworkTheme" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('registry');
CREATE CONSTRAINT TRIGGER "NetworkStaff_content_version" AFTER INSERT OR UPDATE OR DELETE ON "NetworkStaff" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('registry');
CREATE CONSTRAINT TRIGGER "NetworkClaim_content_version" AFTER INSERT OR UPDATE OR DELETE ON "NetworkClaim" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('registry');
CREATE CONSTRAINT TRIGGER "City_content_version" AFTER INSERT OR UPDATE OR DELETE ON "City" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('registry');
CREATE CONSTRAINT TRIGGER "CityOfficer_content_version" AFTER INSERT OR UPDATE OR DELETE ON "CityOfficer" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('registry');
CREATE CONSTRAINT TRIGGER "Partner_content_version" AFTER INSERT OR UPDATE OR DELETE ON "Partner" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('registry');
CREATE CONSTRAINT TRIGGER "PartnerMember_content_version" AFTER INSERT OR UPDATE OR DELETE ON "PartnerMember" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('registry');
CREATE CONSTRAINT TRIGGER "NetworkMembership_content_version" AFTER INSERT OR UPDATE OR DELETE ON "NetworkMembership" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('registry');
CREATE CONSTRAINT TRIGGER "Initiative_content_version" AFTER INSERT OR UPDATE OR DELETE ON "Initiative" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('knowledge');
CREATE CONSTRAINT TRIGGER "InitiativeOwner_content_version" AFTER INSERT OR UPDATE OR DELETE ON "InitiativeOwner" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('knowledge');
CREATE CONSTRAINT TRIGGER "InitiativeTheme_content_version" AFTER INSERT OR UPDATE OR DELETE ON "InitiativeTheme" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('knowledge');
CREATE CONSTRAINT TRIGGER "InitiativeSdg_content_version" AFTER INSERT OR UPDATE OR DELETE ON "InitiativeSdg" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('knowledge');
CREATE CONSTRAINT TRIGGER "InitiativeCity_content_version" AFTER INSERT OR UPDATE OR DELETE ON "InitiativeCity" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('knowledge');
CREATE CONSTRAINT TRIGGER "InitiativePartner_content_version" AFTER INSERT OR UPDATE OR DELETE ON "InitiativePartner" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('knowledge');
CREATE CONSTRAINT TRIGGER "InitiativeRevision_content_version" AFTER INSERT OR UPDATE OR DELETE ON "InitiativeRevision" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('knowledge');
CREATE CONSTRAINT TRIGGER "InitiativeRelation_content_version" AFTER INSERT OR UPDATE OR DELETE ON "InitiativeRelation" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('knowledge');
CREATE CONSTRAINT TRIGGER "CollaborationProposal_content_version" AFTER INSERT OR UPDATE OR DELETE ON "CollaborationProposal" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('knowledge');
CREATE CONSTRAINT TRIGGER "Practice_content_version" AFTER INSERT OR UPDATE OR DELETE ON "Practice" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('knowledge');
CREATE CONSTRAINT TRIGGER "PracticeOutcome_content_version" AFTER INSERT OR UPDATE OR DELETE ON "PracticeOutcome" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('knowledge');
CREATE CONSTRAINT TRIGGER "PracticeCity_content_version" AFTER INSERT OR UPDATE OR DELETE ON "PracticeCity" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('knowledge');
CREATE CONSTRAINT TRIGGER "PracticeTheme_content_version" AFTER INSERT OR UPDATE OR DELETE ON "PracticeTheme" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('knowledge');
CREATE CONSTRAINT TRIGGER "PracticeSdg_content_version" AFTER INSERT OR UPDATE OR DELETE ON "PracticeSdg" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('knowledge');
CREATE CONSTRAINT TRIGGER "Adoption_content_version" AFTER INSERT OR UPDATE OR DELETE ON "Adoption" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('knowledge');
CREATE CONSTRAINT TRIGGER "SearchDocument_content_version" AFTER INSERT OR UPDATE OR DELETE ON "SearchDocument" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('search');
CREATE CONSTRAINT TRIGGER "SearchTerm_content_version" AFTER INSERT OR UPDATE OR DELETE ON "SearchTerm" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('search');
CREATE CONSTRAINT TRIGGER "ForumCategory_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ForumCategory" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('forum');
CREATE CONSTRAINT TRIGGER "ForumTag_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ForumTag" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('forum');
CREATE CONSTRAINT TRIGGER "ForumThread_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ForumThread" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('forum');
CREATE CONSTRAINT TRIGGER "ForumThreadTag_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ForumThreadTag" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('forum');
CREATE CONSTRAINT TRIGGER "ForumPost_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ForumPost" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('forum');
CREATE CONSTRAINT TRIGGER "ForumPostRevision_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ForumPostRevision" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('forum');
CREATE CONSTRAINT TRIGGER "ForumLike_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ForumLike" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('forum');
CREATE CONSTRAINT TRIGGER "ForumMention_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ForumMention" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('forum');
CREATE CONSTRAINT TRIGGER "UserSanction_content_version" AFTER INSERT OR UPDATE OR DELETE ON "UserSanction" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('forum');
CREATE CONSTRAINT TRIGGER "Framework_content_version" AFTER INSERT OR UPDATE OR DELETE ON "Framework" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('frameworks');
CREATE CONSTRAINT TRIGGER "FrameworkPillar_content_version" AFTER INSERT OR UPDATE OR DELETE ON "FrameworkPillar" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('frameworks');
CREATE CONSTRAINT TRIGGER "FrameworkEndorsement_content_version" AFTER INSERT OR UPDATE OR DELETE ON "FrameworkEndorsement" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('frameworks');
CREATE CONSTRAINT TRIGGER "FrameworkMapping_content_version" AFTER INSERT OR UPDATE OR DELETE ON "FrameworkMapping" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('frameworks');
CREATE CONSTRAINT TRIGGER "FrameworkChange_content_version" AFTER INSERT OR UPDATE OR DELETE ON "FrameworkChange" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('frameworks');
CREATE CONSTRAINT TRIGGER "FrameworkComment_content_version" AFTER INSERT OR UPDATE OR DELETE ON "FrameworkComment" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('frameworks');
CREATE CONSTRAINT TRIGGER "ExchangeRequest_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ExchangeRequest" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('exchange');
CREATE CONSTRAINT TRIGGER "ExchangeOffer_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ExchangeOffer" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('exchange');
CREATE CONSTRAINT TRIGGER "ExchangeSession_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ExchangeSession" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('exchange');
CREATE CONSTRAINT TRIGGER "ExchangeParticipant_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ExchangeParticipant" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('exchange');
CREATE CONSTRAINT TRIGGER "ExchangeLearning_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ExchangeLearning" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('exchange');
CREATE CONSTRAINT TRIGGER "StandingOffer_content_version" AFTER INSERT OR UPDATE OR DELETE ON "StandingOffer" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('exchange');
CREATE CONSTRAINT TRIGGER "Event_content_version" AFTER INSERT OR UPDATE OR DELETE ON "Event" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('events');
CREATE CONSTRAINT TRIGGER "EventHost_content_version" AFTER INSERT OR UPDATE OR DELETE ON "EventHost" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('events');
CREATE CONSTRAINT TRIGGER "EventAgendaItem_content_version" AFTER INSERT OR UPDATE OR DELETE ON "EventAgendaItem" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('events');
CREATE CONSTRAINT TRIGGER "EventRegistration_content_version" AFTER INSERT OR UPDATE OR DELETE ON "EventRegistration" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('events');
CREATE CONSTRAINT TRIGGER "JointStatement_content_version" AFTER INSERT OR UPDATE OR DELETE ON "JointStatement" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('events');
CREATE CONSTRAINT TRIGGER "StatementSignature_content_version" AFTER INSERT OR UPDATE OR DELETE ON "StatementSignature" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('events');
CREATE CONSTRAINT TRIGGER "CityChallenge_content_version" AFTER INSERT OR UPDATE OR DELETE ON "CityChallenge" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('challenges');
CREATE CONSTRAINT TRIGGER "ChallengeTheme_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ChallengeTheme" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('challenges');
CREATE CONSTRAINT TRIGGER "ChallengeSupport_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ChallengeSupport" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('challenges');
CREATE CONSTRAINT TRIGGER "ChallengeOffer_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ChallengeOffer" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('challenges');
CREATE CONSTRAINT TRIGGER "ChallengeResponse_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ChallengeResponse" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION concord_bump_content_version('challenges');
