-- AlterTable
ALTER TABLE "Anchor" ADD COLUMN     "correctedAt" TIMESTAMP(3);
