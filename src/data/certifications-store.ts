// The app's certifications repository and its live-query hooks.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Certification, IsoDate, StudySession } from '../domain/progress';
import { toIsoDate } from '../domain/progress/day-math';
import { CertificationsRepo, type CertificationList } from './certifications-repo';
import { getDatabase } from './db';

let repo: CertificationsRepo | null = null;

/** Today as a local calendar day; read at each call so a session left open past midnight moves on. */
export function todayIso(): IsoDate {
  return toIsoDate(new Date());
}

export function getCertificationsRepo(): CertificationsRepo {
  repo ??= new CertificationsRepo(getDatabase(), todayIso);
  return repo;
}

/** Every certification (active and archived); undefined while loading. */
export function useCertificationList(): CertificationList | undefined {
  return useLiveQuery(() => getCertificationsRepo().list(), []);
}

/** null when there is no such certification; undefined while loading. */
export function useCertification(id: string | undefined): Certification | null | undefined {
  return useLiveQuery(async () => (id ? ((await getCertificationsRepo().get(id)) ?? null) : null), [id]);
}

/** The certification's sessions, oldest first; undefined while loading. */
export function useStudySessions(certificationId: string | undefined): StudySession[] | undefined {
  return useLiveQuery(async () => (certificationId ? getCertificationsRepo().listSessions(certificationId) : []), [certificationId]);
}
