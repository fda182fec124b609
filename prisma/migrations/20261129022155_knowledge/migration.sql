-- Trigram matching for typo-tolerant search (SearchTerm). PGlite loads the contrib module and the server ships it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "InitiativeStatus" AS ENUM ('PLANNED', 'ACTIVE', 'COMPLETED');

-- CreateEnum
CREATE TYPE "PublicationState" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Licence" AS ENUM ('CC_BY_4_0', 'CC_BY_SA_4_0', 'CC_BY_NC_4_0', 'CC0_1_0', 'ALL_RIGHTS_RESERVED');

-- CreateEnum
CREATE TYPE "CostRange" AS ENUM ('UNDER_100K', 'FROM_100K_TO_1M', 'FROM_1M_TO_10M', 'OVER_10M');

-- CreateEnum
CREATE TYPE "AdoptionLevel" AS ENUM ('CITY', 'NATIONAL', 'INTERNATIONAL', 'COMMUNITY');

-- CreateEnum
CREATE TYPE "AdoptionStatus" AS ENUM ('EXPLORING', 'PILOTING', 'ADOPTED');

-- CreateEnum
CREATE TYPE "AnswerStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "InitiativeRelationKind" AS ENUM ('DUPLICATE', 'RELATED');

-- CreateEnum
CREATE TYPE "SearchKind" AS ENUM ('NETWORK', 'CITY', 'INITIATIVE', 'PRACTICE');

-- CreateTable
CREATE TABLE "Initiative" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "InitiativeStatus" NOT NULL DEFAULT 'ACTIVE',
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "startDate" DATE,
    "endDate" DATE,
    "fundingSources" TEXT[],
    "links" JSONB NOT NULL DEFAULT '[]',
    "language" "Locale" NOT NULL DEFAULT 'en',
    "sourceUrl" TEXT,
    "isSeed" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeOwner" (
    "initiativeId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "status" "AnswerStatus" NOT NULL DEFAULT 'PENDING',
    "isLead" BOOLEAN NOT NULL DEFAULT false,
    "invitedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeOwner_pkey" PRIMARY KEY ("initiativeId","networkId")
);

-- CreateTable
CREATE TABLE "InitiativeTheme" (
    "initiativeId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "InitiativeTheme_pkey" PRIMARY KEY ("initiativeId","themeId")
);

-- CreateTable
CREATE TABLE "InitiativeSdg" (
    "initiativeId" TEXT NOT NULL,
    "sdgNumber" INTEGER NOT NULL,

    CONSTRAINT "InitiativeSdg_pkey" PRIMARY KEY ("initiativeId","sdgNumber")
);

-- CreateTable
CREATE TABLE "InitiativeCity" (
    "initiativeId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,

    CONSTRAINT "InitiativeCity_pkey" PRIMARY KEY ("initiativeId","cityId")
);

-- CreateTable
CREATE TABLE "InitiativePartner" (
    "initiativeId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "disclosure" TEXT NOT NULL,

    CONSTRAINT "InitiativePartner_pkey" PRIMARY KEY ("initiativeId","partnerId")
);

-- CreateTable
CREATE TABLE "InitiativeRevision" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "actorId" TEXT,
    "version" INTEGER NOT NULL,
    "changes" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeRelation" (
    "id" TEXT NOT NULL,
    "initiativeAId" TEXT NOT NULL,
    "initiativeBId" TEXT NOT NULL,
    "kind" "InitiativeRelationKind" NOT NULL,
    "markedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollaborationProposal" (
    "id" TEXT NOT NULL,
    "fromInitiativeId" TEXT NOT NULL,
    "toInitiativeId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "AnswerStatus" NOT NULL DEFAULT 'PENDING',
    "proposedById" TEXT,
    "answeredById" TEXT,
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollaborationProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "solution" TEXT NOT NULL,
    "results" TEXT NOT NULL,
    "costRange" "CostRange",
    "durationMonths" INTEGER,
    "replication" TEXT NOT NULL,
    "language" "Locale" NOT NULL DEFAULT 'en',
    "licence" "Licence" NOT NULL DEFAULT 'CC_BY_4_0',
    "translationGroupId" TEXT NOT NULL,
    "networkId" TEXT,
    "partnerId" TEXT,
    "partnerDisclosure" TEXT,
    "state" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "links" JSONB NOT NULL DEFAULT '[]',
    "sourceUrl" TEXT,
    "isSeed" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeOutcome" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "indicator" TEXT NOT NULL,
    "baseline" DOUBLE PRECISION,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "PracticeOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeCity" (
    "practiceId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,

    CONSTRAINT "PracticeCity_pkey" PRIMARY KEY ("practiceId","cityId")
);

-- CreateTable
CREATE TABLE "PracticeTheme" (
    "practiceId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "PracticeTheme_pkey" PRIMARY KEY ("practiceId","themeId")
);

-- CreateTable
CREATE TABLE "PracticeSdg" (
    "practiceId" TEXT NOT NULL,
    "sdgNumber" INTEGER NOT NULL,

    CONSTRAINT "PracticeSdg_pkey" PRIMARY KEY ("practiceId","sdgNumber")
);

-- CreateTable
CREATE TABLE "Adoption" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "level" "AdoptionLevel" NOT NULL,
    "status" "AdoptionStatus" NOT NULL,
    "adopterName" TEXT NOT NULL,
    "cityId" TEXT,
    "countryCode" TEXT,
    "adoptedOn" DATE NOT NULL,
    "note" TEXT,
    "evidenceUrl" TEXT,
    "viaNetworkId" TEXT,
    "recordedById" TEXT,
    "isSeed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Adoption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchDocument" (
    "kind" "SearchKind" NOT NULL,
    "entityId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "language" "Locale" NOT NULL,
    "terms" TEXT[],
    "titleTerms" TEXT[],
    "keyTerms" TEXT[],
    "themeSlugs" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("kind","entityId")
);

-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_slug_key" ON "Initiative"("slug");

-- CreateIndex
CREATE INDEX "Initiative_state_publishedAt_idx" ON "Initiative"("state", "publishedAt");

-- CreateIndex
CREATE INDEX "InitiativeOwner_networkId_status_idx" ON "InitiativeOwner"("networkId", "status");

-- CreateIndex
CREATE INDEX "InitiativeTheme_themeId_idx" ON "InitiativeTheme"("themeId");

-- CreateIndex
CREATE INDEX "InitiativeSdg_sdgNumber_idx" ON "InitiativeSdg"("sdgNumber");

-- CreateIndex
CREATE INDEX "InitiativeCity_cityId_idx" ON "InitiativeCity"("cityId");

-- CreateIndex
CREATE INDEX "InitiativePartner_partnerId_idx" ON "InitiativePartner"("partnerId");

-- CreateIndex
CREATE INDEX "InitiativeRevision_initiativeId_createdAt_idx" ON "InitiativeRevision"("initiativeId", "createdAt");

-- CreateIndex
CREATE INDEX "InitiativeRelation_initiativeBId_idx" ON "InitiativeRelation"("initiativeBId");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeRelation_initiativeAId_initiativeBId_key" ON "InitiativeRelation"("initiativeAId", "initiativeBId");

-- CreateIndex
CREATE INDEX "CollaborationProposal_toInitiativeId_status_idx" ON "CollaborationProposal"("toInitiativeId", "status");

-- CreateIndex
CREATE INDEX "CollaborationProposal_fromInitiativeId_idx" ON "CollaborationProposal"("fromInitiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "Practice_slug_key" ON "Practice"("slug");

-- CreateIndex
CREATE INDEX "Practice_translationGroupId_idx" ON "Practice"("translationGroupId");

-- CreateIndex
CREATE INDEX "Practice_state_publishedAt_idx" ON "Practice"("state", "publishedAt");

-- CreateIndex
CREATE INDEX "Practice_networkId_idx" ON "Practice"("networkId");

-- CreateIndex
CREATE INDEX "PracticeOutcome_practiceId_position_idx" ON "PracticeOutcome"("practiceId", "position");

-- CreateIndex
CREATE INDEX "PracticeCity_cityId_idx" ON "PracticeCity"("cityId");

-- CreateIndex
CREATE INDEX "PracticeTheme_themeId_idx" ON "PracticeTheme"("themeId");

-- CreateIndex
CREATE INDEX "PracticeSdg_sdgNumber_idx" ON "PracticeSdg"("sdgNumber");

-- CreateIndex
CREATE INDEX "Adoption_practiceId_adoptedOn_idx" ON "Adoption"("practiceId", "adoptedOn");

-- CreateIndex
CREATE INDEX "Adoption_cityId_idx" ON "Adoption"("cityId");

-- CreateIndex
CREATE INDEX "SearchDocument_terms_idx" ON "SearchDocument" USING GIN ("terms");

-- CreateIndex
CREATE INDEX "SearchDocument_keyTerms_idx" ON "SearchDocument" USING GIN ("keyTerms");

-- CreateIndex
CREATE INDEX "SearchTerm_term_idx" ON "SearchTerm" USING GIN ("term" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeOwner" ADD CONSTRAINT "InitiativeOwner_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeOwner" ADD CONSTRAINT "InitiativeOwner_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeTheme" ADD CONSTRAINT "InitiativeTheme_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeTheme" ADD CONSTRAINT "InitiativeTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeSdg" ADD CONSTRAINT "InitiativeSdg_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeCity" ADD CONSTRAINT "InitiativeCity_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeCity" ADD CONSTRAINT "InitiativeCity_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativePartner" ADD CONSTRAINT "InitiativePartner_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativePartner" ADD CONSTRAINT "InitiativePartner_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeRevision" ADD CONSTRAINT "InitiativeRevision_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeRelation" ADD CONSTRAINT "InitiativeRelation_initiativeAId_fkey" FOREIGN KEY ("initiativeAId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeRelation" ADD CONSTRAINT "InitiativeRelation_initiativeBId_fkey" FOREIGN KEY ("initiativeBId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationProposal" ADD CONSTRAINT "CollaborationProposal_fromInitiativeId_fkey" FOREIGN KEY ("fromInitiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationProposal" ADD CONSTRAINT "CollaborationProposal_toInitiativeId_fkey" FOREIGN KEY ("toInitiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeOutcome" ADD CONSTRAINT "PracticeOutcome_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeCity" ADD CONSTRAINT "PracticeCity_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeCity" ADD CONSTRAINT "PracticeCity_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeTheme" ADD CONSTRAINT "PracticeTheme_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeTheme" ADD CONSTRAINT "PracticeTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeSdg" ADD CONSTRAINT "PracticeSdg_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adoption" ADD CONSTRAINT "Adoption_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adoption" ADD CONSTRAINT "Adoption_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adoption" ADD CONSTRAINT "Adoption_viaNetworkId_fkey" FOREIGN KEY ("viaNetworkId") REFERENCES "Network"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adoption" ADD CONSTRAINT "Adoption_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
