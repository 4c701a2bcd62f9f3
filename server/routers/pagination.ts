import { z } from "zod";

export const pageInput = z
  .object({ cursor: z.string().max(200).optional(), limit: z.number().int().min(1).max(100).default(50) })
  .default({ limit: 50 });
