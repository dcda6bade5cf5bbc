// The app's certifications repository and its live-query hooks.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Certification, IsoDate, StudyMinutes, StudySession } from '../domain/progress';
import { toIsoDate } from '../domain/progress/day-math';
import { CertificationsRepo, type CertificationList } from './certifications-repo';
import type { StudyTotals } from './study-sessions-repo';
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

/** Minutes per day and module and the session count (the charts' input); undefined while loading. */
export function useStudyTotals(certificationId: string): StudyTotals | undefined {
  return useLiveQuery(() => getCertificationsRepo().sessions.studyTotals(certificationId), [certificationId]);
}

/** The newest `limit` sessions, newest first; undefined while loading. */
export function useRecentSessions(certificationId: string, limit: number): StudySession[] | undefined {
  return useLiveQuery(() => getCertificationsRepo().sessions.recentSessions(certificationId, limit), [certificationId, limit]);
}

/** Active certifications with an exam plan, each with its study minutes per day (the dashboard's week plan); undefined while loading. */
export function usePlannedCertifications(): { certification: Certification; minutes: StudyMinutes[] }[] | undefined {
  return useLiveQuery(async () => {
    const repo = getCertificationsRepo();
    // The summaries carry the plan without the modules: only planned certifications read theirs.
    const planned = (await repo.listSummaries()).filter((c) => !c.archived && c.plan !== undefined);
    const rows = await Promise.all(
      planned.map(async ({ id }) => {
        const [certification, totals] = await Promise.all([repo.get(id).catch(() => undefined), repo.sessions.studyTotals(id)]);
        return certification ? [{ certification, minutes: totals.minutes }] : [];
      }),
    );
    return rows.flat();
  }, []);
}
