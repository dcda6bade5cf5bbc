// Applies domain edits to the stored certification. Edits run one after another against the
// latest saved value, so two quick key presses never overwrite each other while the live query
// catches up; an edit may offer an Undo toast.
import { useLayoutEffect, useMemo, useRef } from 'react';
import { getCertificationsRepo } from '../../data/certifications-store';
import type { Certification, FieldErrors, Result } from '../../domain/progress';
import { showToast, showUndo } from '../../ui/toast-store';

export type Edit = (cert: Certification) => Certification | Result<Certification>;

export interface CertificationEdits {
  /** Resolves to the field errors when the edit was refused, else null. */
  apply(edit: Edit, options?: { undo?: string }): Promise<FieldErrors | null>;
}

export function useCertificationEdits(cert: Certification): CertificationEdits {
  const latest = useRef(cert);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  useLayoutEffect(() => {
    latest.current = cert;
  }, [cert]);
  return useMemo(
    () => ({
      apply(edit, options = {}) {
        const run = async (): Promise<FieldErrors | null> => {
          const out = edit(latest.current);
          if ('ok' in out && !out.ok) return out.errors;
          const next = 'ok' in out ? out.value : out;
          if (next === latest.current) return null;
          const saved = await getCertificationsRepo().save(next, options.undo);
          if (!saved.ok) return saved.errors;
          latest.current = saved.value;
          if (options.undo) showUndo(options.undo, saved.undo.undo);
          return null;
        };
        const result = queue.current.then(run).catch((error: unknown) => {
          showToast({ message: `Could not save: ${(error as Error).message}`, tone: 'danger' });
          return { _: (error as Error).message } as FieldErrors;
        });
        queue.current = result;
        return result;
      },
    }),
    [],
  );
}
