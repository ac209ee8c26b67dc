/**
 * Vietnamese text folded for comparison and search: lower case, tone and vowel marks removed,
 * `đ` → `d`, so "Đăng ký tạm trú" and "dang ky tam tru" compare equal. Decomposing first handles
 * both composed and decomposed input. `ð` (U+00F0, and its capital U+00D0) also becomes `d`:
 * text converted from old Vietnamese encodings often has it in place of `đ`.
 */
export const foldVietnamese = (input: string): string => input.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[đð]/g, 'd');
