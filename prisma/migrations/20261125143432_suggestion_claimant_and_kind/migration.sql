-- AlterTable
ALTER TABLE "Suggestion" ADD COLUMN     "claimant" TEXT,
ADD COLUMN     "kind" "ClaimKind" NOT NULL DEFAULT 'other';
