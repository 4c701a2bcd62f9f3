// The date a CLEF transcript was given, from its file name ("20160926_1pres" -> "2016-09-26").
// One file writes year, day, month ("20182601_trump_world", 26 January 2018): a month above 12
// is read that way.

export function transcriptDate(name: string): string {
  const digits = /^(\d{4})(\d{2})(\d{2})/.exec(name);
  if (!digits) throw new Error(`no date at the start of the transcript name "${name}"`);
  const [, year, first, second] = digits as unknown as [string, string, string, string];
  const [month, day] = Number(first) > 12 ? [second, first] : [first, second];
  return `${year}-${month}-${day}`;
}
