import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Everything the server keeps about the user, as one JSON document, saved as a file. */
export async function exportData(): Promise<void> {
  const document = await api.get<unknown>('/api/v1/me/export');
  const blob = new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(window.document.createElement('a'), {
    href: url,
    download: 'pytopus-export.json',
  });
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1_000);
}

export const useExportData = () => useMutation({ mutationFn: exportData });
