import { expect, it } from "vitest";
import { isKnownDevice, knownDeviceMark } from "./known-device";

it("recognises the mark of the same account under the same secret only", () => {
  const mark = knownDeviceMark("the secret", "admin@test.local");
  expect(isKnownDevice(mark, "the secret", "admin@test.local")).toBe(true);
  expect(isKnownDevice(mark, "the secret", "editor@test.local")).toBe(false);
  expect(isKnownDevice(mark, "another secret", "admin@test.local")).toBe(false);
  expect(isKnownDevice(`${mark}x`, "the secret", "admin@test.local")).toBe(false);
  expect(isKnownDevice(undefined, "the secret", "admin@test.local")).toBe(false);
});
