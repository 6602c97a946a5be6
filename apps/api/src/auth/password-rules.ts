/**
 * The password rules: at least 10 characters (at most 200), not the username
 * (nor containing it), not only one repeated character, and not one of the
 * passwords leaked most often (a short bundled list, compared case-blind).
 */
const PASSWORD_MIN_LENGTH = 10;

/** Passwords that head every published list of leaked passwords, and the usual Chinese ones. */
const COMMON_PASSWORDS = new Set([
  "1234567890",
  "12345678910",
  "123456789a",
  "a123456789",
  "a1234567890",
  "qwertyuiop",
  "qwerty1234",
  "qwerty12345",
  "1q2w3e4r5t",
  "1qaz2wsx3edc",
  "1qaz@wsx3edc",
  "zaq12wsxcde3",
  "password12",
  "password123",
  "password1234",
  "passw0rd123",
  "p@ssw0rd123",
  "iloveyou12",
  "iloveyou123",
  "abc1234567",
  "abcd123456",
  "abcdefghij",
  "aa12345678",
  "asdfghjkl1",
  "asdfghjkl;",
  "zxcvbnm123",
  "admin12345",
  "admin123456",
  "administrator",
  "welcome123",
  "letmein123",
  "sunshine12",
  "football12",
  "baseball12",
  "princess12",
  "dragon1234",
  "monkey1234",
  "master1234",
  "superman12",
  "woaini1314",
  "woaini520",
  "5201314520",
  "1314520520",
  "wang123456",
  "zhang123456",
  "li123456789",
  "qq123456789",
  "a5201314",
  "0123456789",
  "9876543210",
  "1122334455",
  "1234512345",
  "1234554321",
  "147258369",
  "1472583690",
  "159753123",
  "987654321a",
  "changeme123",
  "trustno1234",
  "computer12",
  "internet123",
  "michael123",
  "shadow1234",
  "lianpian123",
  "lianpian2026",
]);

export interface PasswordProblem {
  reason: "too_short" | "too_long" | "is_username" | "repeated" | "common";
  message_zh: string;
  message_en: string;
}

/** Why a password breaks the rules, or undefined when it is acceptable. */
export function checkPassword(password: string, username = ""): PasswordProblem | undefined {
  const chars = [...password];
  if (chars.length < PASSWORD_MIN_LENGTH)
    return {
      reason: "too_short",
      message_zh: `密码至少 ${PASSWORD_MIN_LENGTH} 个字符`,
      message_en: `the password needs at least ${PASSWORD_MIN_LENGTH} characters`,
    };
  if (chars.length > 200)
    return {
      reason: "too_long",
      message_zh: "密码最多 200 个字符",
      message_en: "the password may have at most 200 characters",
    };
  const lower = password.toLowerCase();
  const user = username.trim().toLowerCase();
  if (user.length >= 3 && lower.includes(user))
    return {
      reason: "is_username",
      message_zh: "密码不能包含用户名",
      message_en: "the password cannot contain the username",
    };
  if (new Set(chars).size <= 2)
    return {
      reason: "repeated",
      message_zh: "密码不能只由一两个字符重复组成",
      message_en: "the password cannot be one or two characters repeated",
    };
  if (COMMON_PASSWORDS.has(lower))
    return {
      reason: "common",
      message_zh: "这是常见的已泄露密码，请换一个",
      message_en: "this is a commonly leaked password; choose another",
    };
  return undefined;
}
