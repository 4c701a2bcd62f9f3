-- CreateIndex
CREATE INDEX "Anchor_createdAt_idx" ON "Anchor"("createdAt");

-- CreateIndex
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");

-- CreateIndex
CREATE INDEX "Source_createdAt_idx" ON "Source"("createdAt");
