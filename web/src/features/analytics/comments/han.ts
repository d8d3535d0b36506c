// Whether a word is Chinese (Han script): such words are matched inside text, not as whole words.
const HAN = /\p{Script=Han}/u;
export const isHanWord = (word: string): boolean => HAN.test(word);
