import { describe, expect, it } from "vitest";
import { localPasswordProblem, serverPasswordProblem } from "./passwordRules";

describe("localPasswordProblem", () => {
  it.each([
    ["short", "a@b.id", "tooShort"],
    ["x".repeat(129), "a@b.id", "tooLong"],
    ["sarisetiawati-rumah", "sarisetiawati@contoh.id", "fromEmail"],
    ["kopi pahit di pagi hari", "sari@contoh.id", null],
    ["🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂", "a@b.id", "tooShort"],
  ])("%j for %s -> %s", (password, email, expected) => {
    expect(localPasswordProblem(password, email)).toBe(expected);
  });
});

describe("serverPasswordProblem", () => {
  it.each([
    ["password: this password is too common and easy to guess; choose another", "common"],
    ["password: do not build the password from your email address", "fromEmail"],
    ["password: use at least 12 characters; a short sentence is easy to remember", "tooShort"],
    ["password: use at most 128 characters", "tooLong"],
    ["email: this address is already registered", null],
    ["password: something new", null],
  ])("%s -> %s", (message, expected) => {
    expect(serverPasswordProblem(message)).toBe(expected);
  });
});
