-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "claimGroupId" TEXT;

-- CreateTable
CREATE TABLE "ClaimGroup" (
    "id" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimGroup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Claim_claimGroupId_idx" ON "Claim"("claimGroupId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_claimGroupId_fkey" FOREIGN KEY ("claimGroupId") REFERENCES "ClaimGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimGroup" ADD CONSTRAINT "ClaimGroup_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
