// Import a certification file (JSON export or markdown) through the host's file picker.
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { getCertificationsRepo, todayIso } from '../../data/certifications-store';
import { useHost } from '../../host';
import { parseCertificationFile } from './certification-data';
import { showToast } from '../../ui/toast-store';

export function useCertificationImport(): { importFile: () => Promise<void>; error: string | null; clearError: () => void } {
  const host = useHost();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const importFile = useCallback(async () => {
    const [file] = await host.openFiles({
      title: 'Import a certification',
      filters: [{ name: 'Certification (JSON or markdown)', extensions: ['json', 'md', 'markdown'] }],
    });
    if (!file) return;
    if ('error' in file) {
      setError(file.error);
      return;
    }
    const text = new TextDecoder().decode(file.data);
    const parsed = parseCertificationFile(file.name, text, todayIso());
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    const created = await getCertificationsRepo().create({ ...parsed.certification, archived: false });
    if (!created.ok) {
      setError(`${file.name} could not be imported. ${Object.values(created.errors).join(' ')}`);
      return;
    }
    setError(null);
    showToast({ message: `Imported ${created.value.name}.` });
    void navigate(`/certifications/${created.value.id}`);
  }, [host, navigate]);
  return { importFile, error, clearError: useCallback(() => setError(null), []) };
}
