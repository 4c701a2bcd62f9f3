-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "publicUpdatedAt" TIMESTAMP(3),
ADD COLUMN     "publicVerdictId" TEXT;

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "snapshot" JSONB;

-- CreateTable
CREATE TABLE "VerdictSource" (
    "verdictId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "stance" "Stance" NOT NULL,

    CONSTRAINT "VerdictSource_pkey" PRIMARY KEY ("verdictId","sourceId")
);

-- CreateTable
CREATE TABLE "PublicChange" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tags" TEXT[],

    CONSTRAINT "PublicChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VerdictSource_sourceId_idx" ON "VerdictSource"("sourceId");

-- CreateIndex
CREATE INDEX "PublicChange_at_idx" ON "PublicChange"("at");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_publicVerdictId_key" ON "Claim"("publicVerdictId");

-- CreateIndex
CREATE INDEX "Claim_publicUpdatedAt_idx" ON "Claim"("publicUpdatedAt");

-- CreateIndex
CREATE INDEX "Verdict_status_proposedAt_idx" ON "Verdict"("status", "proposedAt");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_publicVerdictId_fkey" FOREIGN KEY ("publicVerdictId") REFERENCES "Verdict"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictSource" ADD CONSTRAINT "VerdictSource_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictSource" ADD CONSTRAINT "VerdictSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
