// Input of the monitoring procedures: which article.
import { z } from "zod";

export const watchInput = z.object({ articleId: z.string().min(1).max(100) });
