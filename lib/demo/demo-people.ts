/**
 * Deterministic Russian names for the demo registry: the same seed gives the same residents on every fresh start,
 * so screenshots and e2e tests can rely on them.
 */
const surnames = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселев"];
const maleNames = ["Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений", "Иван", "Михаил", "Артём", "Никита", "Владимир", "Павел", "Роман", "Олег"];
const femaleNames = ["Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Анна", "Мария", "Светлана", "Екатерина", "Юлия", "Анастасия", "Марина", "Дарья", "Людмила", "Ксения"];
const fathers = ["Александров", "Сергеев", "Дмитриев", "Андреев", "Алексеев", "Иванов", "Михайлов", "Владимиров", "Павлов", "Николаев", "Петров", "Викторов"];

export type DemoPerson = { lastName: string; firstName: string; middleName: string; gender: "male" | "female" };

/** A small linear congruential generator: enough variety for demo data, fully reproducible. */
export function demoRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick, chance: (p: number) => next() < p };
}

const feminine = (surname: string) => `${surname}а`;

export function demoPerson(random: ReturnType<typeof demoRandom>, opts: { lastName?: string; gender?: DemoPerson["gender"] } = {}): DemoPerson {
  const gender = opts.gender ?? (random.chance(0.5) ? "male" : "female");
  const base = opts.lastName ?? random.pick(surnames);
  const father = random.pick(fathers);
  return gender === "male"
    ? { gender, lastName: base, firstName: random.pick(maleNames), middleName: `${father}ич` }
    : { gender, lastName: feminine(base), firstName: random.pick(femaleNames), middleName: `${father}на` };
}

/** The family name both spouses share, whatever the owner's gender. */
export const baseSurname = (person: DemoPerson) => (person.gender === "female" ? person.lastName.slice(0, -1) : person.lastName);
