// A browser that signed in to an account keeps a mark of it: an HMAC of the e-mail under the auth
// secret, in a long-lived httpOnly cookie. It lets that browser past the account's global attempt
// limit, the one strangers can exhaust, so they cannot lock the owner out.
import { createHmac, timingSafeEqual } from "node:crypto";

export const knownDeviceMaxAgeSeconds = 365 * 24 * 60 * 60;

export function knownDeviceMark(secret: string, email: string): string {
  return createHmac("sha256", secret).update(`known-device\0${email}`).digest("base64url");
}

export function isKnownDevice(mark: string | undefined, secret: string, email: string): boolean {
  if (!mark) return false;
  const given = Buffer.from(mark);
  const expected = Buffer.from(knownDeviceMark(secret, email));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
