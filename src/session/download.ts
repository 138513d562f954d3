/** Saves text as a file through the browser's download. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address is released.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** Lazy: the calendar code loads only for people who export. */
export async function calendarFor(...args: Parameters<typeof import('../schedule/ics').planExport>): Promise<{
  plan: ReturnType<typeof import('../schedule/ics').planExport>;
  build: typeof import('../schedule/ics').buildCalendar;
}> {
  const { planExport, buildCalendar } = await import('../schedule/ics');
  return { plan: planExport(...args), build: buildCalendar };
}
