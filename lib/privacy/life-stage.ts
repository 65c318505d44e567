export type Sex = 'male' | 'female' | 'unknown';

const SEX_OF_WORD: Readonly<Record<string, Sex>> = {
  man: 'male',
  male: 'male',
  gentleman: 'male',
  gent: 'male',
  boy: 'male',
  father: 'male',
  dad: 'male',
  grandfather: 'male',
  widower: 'male',
  chap: 'male',
  m: 'male',
  mr: 'male',
  woman: 'female',
  female: 'female',
  lady: 'female',
  girl: 'female',
  mother: 'female',
  mum: 'female',
  grandmother: 'female',
  widow: 'female',
  f: 'female',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
};

/** The sex a person word or title gives away ("lady", "Mrs"), if any. */
export function sexOf(word: string): Sex {
  return SEX_OF_WORD[word.toLowerCase()] ?? 'unknown';
}

const DECADES = ['', '', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

/** A life stage that says enough for a reflection without pinning a patient down: "a man in his seventies". */
export function lifeStage(age: number, sex: Sex, noun = 'person'): string {
  const [adult, pronoun, young] =
    sex === 'male' ? ['man', 'his', 'boy'] : sex === 'female' ? ['woman', 'her', 'girl'] : [noun, 'their', 'child'];
  if (age < 1) return 'a baby';
  if (age < 13) return `a ${young}`;
  if (age < 18) return sex === 'unknown' ? 'a teenager' : `a teenage ${young}`;
  if (age < 20) return sex === 'unknown' ? 'a young adult' : `a young ${adult}`;
  if (age >= 100) return `a ${adult} over 100`;
  return `a ${adult} in ${pronoun} ${DECADES[Math.floor(age / 10)]}`;
}
