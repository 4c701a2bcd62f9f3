// How many procedure calls one tRPC request may carry. The server refuses larger batches (400)
// so one request cannot run hundreds of queries; the browser's client splits its batches to fit.
export const maxBatchSize = 20;
