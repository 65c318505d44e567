/**
 * Public figures a reflection on leadership is likely to cite: politicians, NHS and regulatory leaders,
 * authors of the reports doctors quote. Only a tie-breaker: the words around a name decide first, so
 * "Mrs Stevens was frightened on the ward" is a patient whatever the list says. A titled name matches
 * only with a title the person goes by ("Mrs Hunt" is not Jeremy Hunt); a full name must match whole.
 */
const FIGURES = `
jeremy hunt: mr sir
robert francis: mr sir
bruce keogh: mr sir professor prof
don berwick: dr professor prof
simon stevens: mr sir lord
amanda pritchard: ms mrs dame
amanda spielman: ms mrs dame dr
jacinda ardern: ms mrs dame
boris johnson: mr
rishi sunak: mr
keir starmer: mr sir
theresa may: mrs ms dame
margaret thatcher: mrs baroness lady
tony blair: mr sir
gordon brown: mr
david cameron: mr lord
liz truss: ms mrs
aneurin bevan: mr
andrew lansley: mr lord
matt hancock: mr
sajid javid: mr
wes streeting: mr
ara darzi: lord professor prof sir
dido harding: baroness lady
nigel crisp: lord sir
steve hilton: mr
john appleby: mr professor prof
vijaya nath: ms mrs dr
chris ham: professor prof
bill kirkup: dr sir
donna ockenden: ms mrs
gerry robinson: sir mr
julia neuberger: baroness rabbi
camilla cavendish: baroness ms
robert wachter: dr professor prof
clare gerada: dame dr professor
florence nightingale: miss
mary seacole: mrs
kate granger: dr
elaine bromiley: mrs
martin bromiley: mr
andy burnham: mr
hadiza bawa-garba: dr
tedros adhanom: dr
`;

interface Figure {
  readonly first: string;
  readonly surname: string;
  readonly titles: ReadonlySet<string>;
}

const BY_SURNAME = new Map<string, Figure[]>();
for (const line of FIGURES.split('\n').filter((row) => row.includes(':'))) {
  const [name = '', titles = ''] = line.split(':');
  const words = name.trim().split(' ');
  const surname = words.at(-1) ?? '';
  const figure = { first: words[0] ?? '', surname, titles: new Set(titles.trim().split(' ')) };
  BY_SURNAME.set(surname, [...(BY_SURNAME.get(surname) ?? []), figure]);
}

/**
 * Whether a name is a public figure's: with a title, the surname and a title they go by ("Mr Hunt",
 * "Dame Clare Gerada"); without, the first name and surname together ("Jeremy Hunt").
 */
export function isPublicFigure(words: readonly string[], title?: string): boolean {
  const lower = words.map((word) => word.toLowerCase().replace(/['’]s$/, ''));
  const surname = lower.at(-1) ?? '';
  const first = lower.length > 1 ? lower[0] : undefined;
  return (BY_SURNAME.get(surname) ?? []).some((figure) => {
    if (first !== undefined && first !== figure.first && first.length > 1) return false;
    if (title !== undefined) return figure.titles.has(title.toLowerCase().replace(/\.$/, ''));
    return first === figure.first;
  });
}

/** Whether a word alone is a listed public figure's surname ("Hancock told the nation…"). */
export function isPublicSurname(word: string): boolean {
  return BY_SURNAME.has(word.toLowerCase().replace(/['’]s$/, ''));
}
