/**
 * The longest an amount may be written, in rule files and cases alike: 40 characters of a decimal string, so at most
 * 40 significant digits. A longer amount is an issue (never rounded to fit). Kept apart from the arithmetic so the
 * schemas can state it without loading decimal.js.
 */
export const MAX_AMOUNT_CHARS = 40;
