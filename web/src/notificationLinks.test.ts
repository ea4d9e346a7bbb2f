import { describe, expect, it } from "vitest";
import { badgeText } from "./components/NotificationBell";
import { referencePath } from "./notificationLinks";

describe("referencePath", () => {
  it.each([
    ["discussion:7", "/diskusi/7"],
    ["complaint:42", "/keluhan/42"],
    ["account:1", null],
    ["discussion:abc", null],
    ["", null],
  ])("%s -> %s", (reference, expected) => {
    expect(referencePath(reference)).toBe(expected);
  });
});

describe("badgeText", () => {
  it.each([
    [0, ""],
    [1, "1"],
    [99, "99"],
    [100, "99+"],
  ])("%i unread shows '%s'", (unread, expected) => {
    expect(badgeText(unread)).toBe(expected);
  });
});
