interface Named {
  name: string;
}

interface Scoped {
  role?: string;
  employer?: Named | null;
  district?: Named | null;
  centre?: Named | null;
}

/** What the user acts for: the employer, the centre, or the district. */
export function userScope(user: Scoped): string | undefined {
  return user.employer?.name ?? user.centre?.name ?? user.district?.name;
}

/** The scope line under the user's name: citywide roles say so, a holder has none. */
export function scopeLine(user: Scoped, citywide: string): string {
  const scope = userScope(user);
  if (scope) return scope;
  return user.role === 'admin' || user.role === 'consultant' ? citywide : '';
}
