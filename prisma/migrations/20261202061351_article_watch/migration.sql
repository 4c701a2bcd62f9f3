-- CreateEnum
CREATE TYPE "WatchCheckOutcome" AS ENUM ('unchanged', 'changed', 'failed');

-- CreateTable
CREATE TABLE "ArticleWatch" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "step" INTEGER NOT NULL DEFAULT 0,
    "nextCheckAt" TIMESTAMP(3),
    "lastCheckedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "jobId" TEXT,
    "startedById" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stoppedAt" TIMESTAMP(3),

    CONSTRAINT "ArticleWatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WatchCheck" (
    "id" TEXT NOT NULL,
    "watchId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" "WatchCheckOutcome" NOT NULL,
    "versionNumber" INTEGER,
    "error" TEXT,
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "WatchCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ArticleWatch_articleId_key" ON "ArticleWatch"("articleId");

-- CreateIndex
CREATE INDEX "ArticleWatch_active_idx" ON "ArticleWatch"("active");

-- CreateIndex
CREATE INDEX "WatchCheck_watchId_at_idx" ON "WatchCheck"("watchId", "at");

-- AddForeignKey
ALTER TABLE "ArticleWatch" ADD CONSTRAINT "ArticleWatch_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleWatch" ADD CONSTRAINT "ArticleWatch_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WatchCheck" ADD CONSTRAINT "WatchCheck_watchId_fkey" FOREIGN KEY ("watchId") REFERENCES "ArticleWatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
