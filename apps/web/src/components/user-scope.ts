interface Named {
  name: string;
}

interface Scoped {
  employer?: Named | null;
  district?: Named | null;
  centre?: Named | null;
}

/** What the user acts for: the employer, the centre, or the district. */
export function userScope(user: Scoped): string | undefined {
  return user.employer?.name ?? user.centre?.name ?? user.district?.name;
}
