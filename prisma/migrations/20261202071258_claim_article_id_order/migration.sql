-- CreateIndex
CREATE INDEX "Claim_articleId_id_idx" ON "Claim"("articleId", "id");
