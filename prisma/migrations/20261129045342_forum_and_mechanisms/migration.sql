-- CreateEnum
CREATE TYPE "SpeakerKind" AS ENUM ('NETWORK', 'CITY', 'PARTNER', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "FlagReason" AS ENUM ('SPAM', 'OFF_TOPIC', 'HARASSMENT', 'UNDISCLOSED_INTEREST', 'OTHER');

-- CreateEnum
CREATE TYPE "FlagStatus" AS ENUM ('OPEN', 'UPHELD', 'DISMISSED');

-- CreateEnum
CREATE TYPE "SanctionKind" AS ENUM ('WARNING', 'SUSPENSION');

-- CreateEnum
CREATE TYPE "EmailMode" AS ENUM ('OFF', 'IMMEDIATE', 'DAILY');

-- CreateEnum
CREATE TYPE "MappingTarget" AS ENUM ('INITIATIVE', 'PRACTICE');

-- CreateEnum
CREATE TYPE "ExchangeTopic" AS ENUM ('GOVERNANCE', 'MEMBERSHIP_FEES', 'FINANCE_FUNDRAISING', 'MONITORING_REPORTING', 'COMMUNICATIONS', 'EVENTS', 'DIGITAL_TOOLS', 'PARTNERSHIPS', 'OTHER');

-- CreateEnum
CREATE TYPE "ExchangeFormat" AS ENUM ('CALL', 'WEBINAR', 'STUDY_VISIT', 'SECONDMENT');

-- CreateEnum
CREATE TYPE "ExchangeStatus" AS ENUM ('OPEN', 'SCHEDULED', 'COMPLETED', 'CLOSED');

-- CreateEnum
CREATE TYPE "EventMode" AS ENUM ('ONLINE', 'IN_PERSON', 'HYBRID');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "StatementState" AS ENUM ('DRAFT', 'SIGNING');

-- CreateEnum
CREATE TYPE "Urgency" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateEnum
CREATE TYPE "ChallengeStatus" AS ENUM ('OPEN', 'ADDRESSED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ChallengeResponseKind" AS ENUM ('INITIATIVE', 'PRACTICE', 'COMMITMENT');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "SearchKind" ADD VALUE 'FORUM_POST';
ALTER TYPE "SearchKind" ADD VALUE 'FRAMEWORK';
ALTER TYPE "SearchKind" ADD VALUE 'EXCHANGE_LEARNING';
ALTER TYPE "SearchKind" ADD VALUE 'EVENT';
ALTER TYPE "SearchKind" ADD VALUE 'CHALLENGE';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "digestPending" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastDigestAt" TIMESTAMP(3),
ADD COLUMN     "suspendedUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ForumCategory" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "themeId" TEXT,
    "threadCount" INTEGER NOT NULL DEFAULT 0,
    "lastPostAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumTag" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "ForumTag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumThread" (
    "id" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "authorId" TEXT,
    "title" TEXT NOT NULL,
    "language" "Locale" NOT NULL DEFAULT 'en',
    "speakerKind" "SpeakerKind" NOT NULL DEFAULT 'INDIVIDUAL',
    "postCount" INTEGER NOT NULL DEFAULT 0,
    "replyCount" INTEGER NOT NULL DEFAULT 0,
    "lastPostAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastPostById" TEXT,
    "acceptedPostId" TEXT,
    "lockedAt" TIMESTAMP(3),
    "pinnedAt" TIMESTAMP(3),
    "hiddenAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "initiativeId" TEXT,
    "practiceId" TEXT,
    "frameworkId" TEXT,
    "eventId" TEXT,
    "challengeId" TEXT,
    "isSeed" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ForumThread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumThreadTag" (
    "threadId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,

    CONSTRAINT "ForumThreadTag_pkey" PRIMARY KEY ("threadId","tagId")
);

-- CreateTable
CREATE TABLE "ForumPost" (
    "id" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "replyToId" TEXT,
    "speakerKind" "SpeakerKind" NOT NULL DEFAULT 'INDIVIDUAL',
    "networkId" TEXT,
    "cityId" TEXT,
    "partnerId" TEXT,
    "disclosure" TEXT,
    "likeCount" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "editedAt" TIMESTAMP(3),
    "hiddenAt" TIMESTAMP(3),
    "hiddenReason" TEXT,
    "hiddenById" TEXT,
    "deletedAt" TIMESTAMP(3),
    "deletedById" TEXT,
    "isSeed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumPostRevision" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "editorId" TEXT,
    "version" INTEGER NOT NULL,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumPostRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumLike" (
    "postId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumLike_pkey" PRIMARY KEY ("postId","userId")
);

-- CreateTable
CREATE TABLE "ForumMention" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "userId" TEXT,
    "networkId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumThreadFollow" (
    "threadId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumThreadFollow_pkey" PRIMARY KEY ("threadId","userId")
);

-- CreateTable
CREATE TABLE "ForumCategoryFollow" (
    "categoryId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumCategoryFollow_pkey" PRIMARY KEY ("categoryId","userId")
);

-- CreateTable
CREATE TABLE "ForumReadState" (
    "userId" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "lastReadNumber" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ForumReadState_pkey" PRIMARY KEY ("userId","threadId")
);

-- CreateTable
CREATE TABLE "ForumDraft" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "threadId" TEXT,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ForumDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumFlag" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "flaggerId" TEXT,
    "reason" "FlagReason" NOT NULL,
    "note" TEXT,
    "status" "FlagStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSanction" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "SanctionKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "until" TIMESTAMP(3),
    "byId" TEXT,
    "postId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserSanction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "inApp" BOOLEAN NOT NULL DEFAULT true,
    "email" "EmailMode" NOT NULL DEFAULT 'IMMEDIATE',

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "anchor" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT,
    "language" "Locale" NOT NULL DEFAULT 'en',
    "consultationOpensAt" TIMESTAMP(3),
    "consultationClosesAt" TIMESTAMP(3),
    "isSeed" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkPillar" (
    "id" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "indicators" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkPillar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkEndorsement" (
    "id" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "commitment" TEXT NOT NULL,
    "endorsedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkEndorsement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkMapping" (
    "id" TEXT NOT NULL,
    "pillarId" TEXT NOT NULL,
    "target" "MappingTarget" NOT NULL,
    "initiativeId" TEXT,
    "practiceId" TEXT,
    "note" TEXT,
    "status" "AnswerStatus" NOT NULL DEFAULT 'PENDING',
    "proposedById" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkChange" (
    "id" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "actorId" TEXT,
    "summary" TEXT NOT NULL,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkComment" (
    "id" TEXT NOT NULL,
    "pillarId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "hiddenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeRequest" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "authorId" TEXT,
    "topic" "ExchangeTopic" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "format" "ExchangeFormat" NOT NULL,
    "windowStart" DATE NOT NULL,
    "windowEnd" DATE NOT NULL,
    "status" "ExchangeStatus" NOT NULL DEFAULT 'OPEN',
    "isSeed" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeOffer" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "authorId" TEXT,
    "message" TEXT NOT NULL,
    "status" "AnswerStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeSession" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 60,
    "format" "ExchangeFormat" NOT NULL,
    "notes" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeParticipant" (
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,

    CONSTRAINT "ExchangeParticipant_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateTable
CREATE TABLE "ExchangeLearning" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "sessionId" TEXT,
    "networkId" TEXT NOT NULL,
    "authorId" TEXT,
    "topic" "ExchangeTopic" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "isSeed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeLearning_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandingOffer" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "authorId" TEXT,
    "topic" "ExchangeTopic" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "formats" "ExchangeFormat"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "isSeed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StandingOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "mode" "EventMode" NOT NULL,
    "location" TEXT,
    "onlineUrl" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "capacity" INTEGER,
    "confirmedCount" INTEGER NOT NULL DEFAULT 0,
    "language" "Locale" NOT NULL DEFAULT 'en',
    "sourceUrl" TEXT,
    "isSeed" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventHost" (
    "eventId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "status" "AnswerStatus" NOT NULL DEFAULT 'PENDING',
    "invitedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventHost_pkey" PRIMARY KEY ("eventId","networkId")
);

-- CreateTable
CREATE TABLE "EventAgendaItem" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3),
    "title" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "EventAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventRegistration" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "promotedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "EventRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointStatement" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "eventId" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "language" "Locale" NOT NULL DEFAULT 'en',
    "state" "StatementState" NOT NULL DEFAULT 'DRAFT',
    "frozenAt" TIMESTAMP(3),
    "isSeed" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JointStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementSignature" (
    "statementId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "signedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementSignature_pkey" PRIMARY KEY ("statementId","networkId")
);

-- CreateTable
CREATE TABLE "CityChallenge" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "authorId" TEXT,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "helpNeeded" TEXT NOT NULL,
    "urgency" "Urgency" NOT NULL DEFAULT 'MEDIUM',
    "status" "ChallengeStatus" NOT NULL DEFAULT 'OPEN',
    "supportCount" INTEGER NOT NULL DEFAULT 0,
    "responseCount" INTEGER NOT NULL DEFAULT 0,
    "language" "Locale" NOT NULL DEFAULT 'en',
    "isSeed" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CityChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChallengeTheme" (
    "challengeId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "ChallengeTheme_pkey" PRIMARY KEY ("challengeId","themeId")
);

-- CreateTable
CREATE TABLE "ChallengeSupport" (
    "challengeId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "userId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChallengeSupport_pkey" PRIMARY KEY ("challengeId","cityId")
);

-- CreateTable
CREATE TABLE "ChallengeOffer" (
    "id" TEXT NOT NULL,
    "challengeId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "authorId" TEXT,
    "message" TEXT NOT NULL,
    "disclosure" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChallengeOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChallengeResponse" (
    "id" TEXT NOT NULL,
    "challengeId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "authorId" TEXT,
    "kind" "ChallengeResponseKind" NOT NULL,
    "initiativeId" TEXT,
    "practiceId" TEXT,
    "commitment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChallengeResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ForumCategory_slug_key" ON "ForumCategory"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ForumCategory_themeId_key" ON "ForumCategory"("themeId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumTag_slug_key" ON "ForumTag"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ForumThread_acceptedPostId_key" ON "ForumThread"("acceptedPostId");

-- CreateIndex
CREATE INDEX "ForumThread_categoryId_pinnedAt_lastPostAt_id_idx" ON "ForumThread"("categoryId", "pinnedAt", "lastPostAt", "id");

-- CreateIndex
CREATE INDEX "ForumThread_lastPostAt_id_idx" ON "ForumThread"("lastPostAt", "id");

-- CreateIndex
CREATE INDEX "ForumThread_speakerKind_lastPostAt_idx" ON "ForumThread"("speakerKind", "lastPostAt");

-- CreateIndex
CREATE INDEX "ForumThread_initiativeId_idx" ON "ForumThread"("initiativeId");

-- CreateIndex
CREATE INDEX "ForumThread_practiceId_idx" ON "ForumThread"("practiceId");

-- CreateIndex
CREATE INDEX "ForumThread_frameworkId_idx" ON "ForumThread"("frameworkId");

-- CreateIndex
CREATE INDEX "ForumThread_eventId_idx" ON "ForumThread"("eventId");

-- CreateIndex
CREATE INDEX "ForumThread_challengeId_idx" ON "ForumThread"("challengeId");

-- CreateIndex
CREATE INDEX "ForumThreadTag_tagId_idx" ON "ForumThreadTag"("tagId");

-- CreateIndex
CREATE INDEX "ForumPost_authorId_createdAt_idx" ON "ForumPost"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "ForumPost_cityId_idx" ON "ForumPost"("cityId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumPost_threadId_number_key" ON "ForumPost"("threadId", "number");

-- CreateIndex
CREATE INDEX "ForumPostRevision_postId_version_idx" ON "ForumPostRevision"("postId", "version");

-- CreateIndex
CREATE INDEX "ForumLike_userId_idx" ON "ForumLike"("userId");

-- CreateIndex
CREATE INDEX "ForumMention_userId_idx" ON "ForumMention"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumMention_postId_userId_key" ON "ForumMention"("postId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumMention_postId_networkId_key" ON "ForumMention"("postId", "networkId");

-- CreateIndex
CREATE INDEX "ForumThreadFollow_userId_idx" ON "ForumThreadFollow"("userId");

-- CreateIndex
CREATE INDEX "ForumCategoryFollow_userId_idx" ON "ForumCategoryFollow"("userId");

-- CreateIndex
CREATE INDEX "ForumReadState_threadId_idx" ON "ForumReadState"("threadId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumDraft_userId_key_key" ON "ForumDraft"("userId", "key");

-- CreateIndex
CREATE INDEX "ForumFlag_status_createdAt_idx" ON "ForumFlag"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ForumFlag_postId_flaggerId_key" ON "ForumFlag"("postId", "flaggerId");

-- CreateIndex
CREATE INDEX "UserSanction_userId_createdAt_idx" ON "UserSanction"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Framework_slug_key" ON "Framework"("slug");

-- CreateIndex
CREATE INDEX "FrameworkPillar_frameworkId_position_idx" ON "FrameworkPillar"("frameworkId", "position");

-- CreateIndex
CREATE INDEX "FrameworkEndorsement_networkId_idx" ON "FrameworkEndorsement"("networkId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkEndorsement_frameworkId_networkId_key" ON "FrameworkEndorsement"("frameworkId", "networkId");

-- CreateIndex
CREATE INDEX "FrameworkMapping_status_createdAt_idx" ON "FrameworkMapping"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkMapping_pillarId_initiativeId_key" ON "FrameworkMapping"("pillarId", "initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkMapping_pillarId_practiceId_key" ON "FrameworkMapping"("pillarId", "practiceId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkChange_frameworkId_version_key" ON "FrameworkChange"("frameworkId", "version");

-- CreateIndex
CREATE INDEX "FrameworkComment_pillarId_createdAt_idx" ON "FrameworkComment"("pillarId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRequest_slug_key" ON "ExchangeRequest"("slug");

-- CreateIndex
CREATE INDEX "ExchangeRequest_status_createdAt_idx" ON "ExchangeRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ExchangeRequest_topic_idx" ON "ExchangeRequest"("topic");

-- CreateIndex
CREATE INDEX "ExchangeRequest_networkId_idx" ON "ExchangeRequest"("networkId");

-- CreateIndex
CREATE INDEX "ExchangeOffer_networkId_idx" ON "ExchangeOffer"("networkId");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeOffer_requestId_networkId_key" ON "ExchangeOffer"("requestId", "networkId");

-- CreateIndex
CREATE INDEX "ExchangeSession_requestId_startsAt_idx" ON "ExchangeSession"("requestId", "startsAt");

-- CreateIndex
CREATE INDEX "ExchangeParticipant_userId_idx" ON "ExchangeParticipant"("userId");

-- CreateIndex
CREATE INDEX "ExchangeLearning_topic_createdAt_idx" ON "ExchangeLearning"("topic", "createdAt");

-- CreateIndex
CREATE INDEX "ExchangeLearning_networkId_idx" ON "ExchangeLearning"("networkId");

-- CreateIndex
CREATE INDEX "ExchangeLearning_requestId_idx" ON "ExchangeLearning"("requestId");

-- CreateIndex
CREATE INDEX "StandingOffer_topic_active_idx" ON "StandingOffer"("topic", "active");

-- CreateIndex
CREATE INDEX "StandingOffer_networkId_idx" ON "StandingOffer"("networkId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_startsAt_idx" ON "Event"("startsAt");

-- CreateIndex
CREATE INDEX "EventHost_networkId_status_idx" ON "EventHost"("networkId", "status");

-- CreateIndex
CREATE INDEX "EventAgendaItem_eventId_position_idx" ON "EventAgendaItem"("eventId", "position");

-- CreateIndex
CREATE INDEX "EventRegistration_eventId_status_createdAt_idx" ON "EventRegistration"("eventId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "EventRegistration_userId_idx" ON "EventRegistration"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EventRegistration_eventId_userId_key" ON "EventRegistration"("eventId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "JointStatement_slug_key" ON "JointStatement"("slug");

-- CreateIndex
CREATE INDEX "JointStatement_eventId_idx" ON "JointStatement"("eventId");

-- CreateIndex
CREATE INDEX "StatementSignature_networkId_idx" ON "StatementSignature"("networkId");

-- CreateIndex
CREATE UNIQUE INDEX "CityChallenge_slug_key" ON "CityChallenge"("slug");

-- CreateIndex
CREATE INDEX "CityChallenge_status_supportCount_idx" ON "CityChallenge"("status", "supportCount");

-- CreateIndex
CREATE INDEX "CityChallenge_cityId_idx" ON "CityChallenge"("cityId");

-- CreateIndex
CREATE INDEX "ChallengeTheme_themeId_idx" ON "ChallengeTheme"("themeId");

-- CreateIndex
CREATE INDEX "ChallengeSupport_cityId_idx" ON "ChallengeSupport"("cityId");

-- CreateIndex
CREATE INDEX "ChallengeOffer_challengeId_idx" ON "ChallengeOffer"("challengeId");

-- CreateIndex
CREATE INDEX "ChallengeResponse_challengeId_idx" ON "ChallengeResponse"("challengeId");

-- CreateIndex
CREATE INDEX "ChallengeResponse_networkId_idx" ON "ChallengeResponse"("networkId");

-- AddForeignKey
ALTER TABLE "ForumCategory" ADD CONSTRAINT "ForumCategory_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumThread" ADD CONSTRAINT "ForumThread_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ForumCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumThread" ADD CONSTRAINT "ForumThread_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumThread" ADD CONSTRAINT "ForumThread_lastPostById_fkey" FOREIGN KEY ("lastPostById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumThread" ADD CONSTRAINT "ForumThread_acceptedPostId_fkey" FOREIGN KEY ("acceptedPostId") REFERENCES "ForumPost"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumThread" ADD CONSTRAINT "ForumThread_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumThread" ADD CONSTRAINT "ForumThread_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumThread" ADD CONSTRAINT "ForumThread_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumThread" ADD CONSTRAINT "ForumThread_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumThread" ADD CONSTRAINT "ForumThread_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "CityChallenge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumThreadTag" ADD CONSTRAINT "ForumThreadTag_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "ForumThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumThreadTag" ADD CONSTRAINT "ForumThreadTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "ForumTag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPost" ADD CONSTRAINT "ForumPost_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "ForumThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPost" ADD CONSTRAINT "ForumPost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPost" ADD CONSTRAINT "ForumPost_replyToId_fkey" FOREIGN KEY ("replyToId") REFERENCES "ForumPost"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPost" ADD CONSTRAINT "ForumPost_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPost" ADD CONSTRAINT "ForumPost_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPost" ADD CONSTRAINT "ForumPost_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPost" ADD CONSTRAINT "ForumPost_hiddenById_fkey" FOREIGN KEY ("hiddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPost" ADD CONSTRAINT "ForumPost_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPostRevision" ADD CONSTRAINT "ForumPostRevision_postId_fkey" FOREIGN KEY ("postId") REFERENCES "ForumPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPostRevision" ADD CONSTRAINT "ForumPostRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumLike" ADD CONSTRAINT "ForumLike_postId_fkey" FOREIGN KEY ("postId") REFERENCES "ForumPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumLike" ADD CONSTRAINT "ForumLike_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMention" ADD CONSTRAINT "ForumMention_postId_fkey" FOREIGN KEY ("postId") REFERENCES "ForumPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMention" ADD CONSTRAINT "ForumMention_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMention" ADD CONSTRAINT "ForumMention_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumThreadFollow" ADD CONSTRAINT "ForumThreadFollow_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "ForumThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumThreadFollow" ADD CONSTRAINT "ForumThreadFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumCategoryFollow" ADD CONSTRAINT "ForumCategoryFollow_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ForumCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumCategoryFollow" ADD CONSTRAINT "ForumCategoryFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumReadState" ADD CONSTRAINT "ForumReadState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumReadState" ADD CONSTRAINT "ForumReadState_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "ForumThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumDraft" ADD CONSTRAINT "ForumDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumDraft" ADD CONSTRAINT "ForumDraft_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "ForumThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumFlag" ADD CONSTRAINT "ForumFlag_postId_fkey" FOREIGN KEY ("postId") REFERENCES "ForumPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumFlag" ADD CONSTRAINT "ForumFlag_flaggerId_fkey" FOREIGN KEY ("flaggerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumFlag" ADD CONSTRAINT "ForumFlag_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSanction" ADD CONSTRAINT "UserSanction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSanction" ADD CONSTRAINT "UserSanction_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkPillar" ADD CONSTRAINT "FrameworkPillar_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEndorsement" ADD CONSTRAINT "FrameworkEndorsement_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEndorsement" ADD CONSTRAINT "FrameworkEndorsement_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEndorsement" ADD CONSTRAINT "FrameworkEndorsement_endorsedById_fkey" FOREIGN KEY ("endorsedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkMapping" ADD CONSTRAINT "FrameworkMapping_pillarId_fkey" FOREIGN KEY ("pillarId") REFERENCES "FrameworkPillar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkMapping" ADD CONSTRAINT "FrameworkMapping_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkMapping" ADD CONSTRAINT "FrameworkMapping_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkMapping" ADD CONSTRAINT "FrameworkMapping_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkMapping" ADD CONSTRAINT "FrameworkMapping_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkChange" ADD CONSTRAINT "FrameworkChange_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkChange" ADD CONSTRAINT "FrameworkChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkComment" ADD CONSTRAINT "FrameworkComment_pillarId_fkey" FOREIGN KEY ("pillarId") REFERENCES "FrameworkPillar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkComment" ADD CONSTRAINT "FrameworkComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeRequest" ADD CONSTRAINT "ExchangeRequest_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeRequest" ADD CONSTRAINT "ExchangeRequest_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeOffer" ADD CONSTRAINT "ExchangeOffer_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ExchangeRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeOffer" ADD CONSTRAINT "ExchangeOffer_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeOffer" ADD CONSTRAINT "ExchangeOffer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeSession" ADD CONSTRAINT "ExchangeSession_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ExchangeRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeSession" ADD CONSTRAINT "ExchangeSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeParticipant" ADD CONSTRAINT "ExchangeParticipant_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ExchangeSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeParticipant" ADD CONSTRAINT "ExchangeParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeParticipant" ADD CONSTRAINT "ExchangeParticipant_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeLearning" ADD CONSTRAINT "ExchangeLearning_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ExchangeRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeLearning" ADD CONSTRAINT "ExchangeLearning_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ExchangeSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeLearning" ADD CONSTRAINT "ExchangeLearning_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeLearning" ADD CONSTRAINT "ExchangeLearning_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandingOffer" ADD CONSTRAINT "StandingOffer_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandingOffer" ADD CONSTRAINT "StandingOffer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventHost" ADD CONSTRAINT "EventHost_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventHost" ADD CONSTRAINT "EventHost_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAgendaItem" ADD CONSTRAINT "EventAgendaItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointStatement" ADD CONSTRAINT "JointStatement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointStatement" ADD CONSTRAINT "JointStatement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementSignature" ADD CONSTRAINT "StatementSignature_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "JointStatement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementSignature" ADD CONSTRAINT "StatementSignature_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementSignature" ADD CONSTRAINT "StatementSignature_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityChallenge" ADD CONSTRAINT "CityChallenge_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityChallenge" ADD CONSTRAINT "CityChallenge_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeTheme" ADD CONSTRAINT "ChallengeTheme_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "CityChallenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeTheme" ADD CONSTRAINT "ChallengeTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeSupport" ADD CONSTRAINT "ChallengeSupport_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "CityChallenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeSupport" ADD CONSTRAINT "ChallengeSupport_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeSupport" ADD CONSTRAINT "ChallengeSupport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeOffer" ADD CONSTRAINT "ChallengeOffer_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "CityChallenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeOffer" ADD CONSTRAINT "ChallengeOffer_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeOffer" ADD CONSTRAINT "ChallengeOffer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeResponse" ADD CONSTRAINT "ChallengeResponse_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "CityChallenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeResponse" ADD CONSTRAINT "ChallengeResponse_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeResponse" ADD CONSTRAINT "ChallengeResponse_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeResponse" ADD CONSTRAINT "ChallengeResponse_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeResponse" ADD CONSTRAINT "ChallengeResponse_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE SET NULL ON UPDATE CASCADE;
