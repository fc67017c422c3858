/** The session the mocked `auth()` returns; tests switch it to act as different employees. */
export const currentSession: { value: { employeeId?: string; sessionVersion?: number; residentPhone?: string } | null } = { value: null };

export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}
