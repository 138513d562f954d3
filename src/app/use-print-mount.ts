/**
 * Print mounting: the printed agenda is mounted once someone prints (the Print button, the browser's
 * menu, or print emulation), so that until then a star toggle does not re-render it. Its code is fetched
 * as soon as this module runs (while the schedule downloads), so it is at hand when the browser's own
 * Print is chosen: beforeprint allows no waiting.
 */
import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { loadQrEncoder } from '../ui/qr-encoder';

export type PrintAgendaComponent = typeof import('../features/print/print-agenda').PrintAgenda;

let printAgenda: Promise<PrintAgendaComponent> | null = null;
/** The printed agenda's component, loaded once. */
function loadPrintAgenda(): Promise<PrintAgendaComponent> {
  printAgenda ??= import('../features/print/print-agenda').then((module) => module.PrintAgenda);
  return printAgenda;
}
void loadPrintAgenda();

export interface PrintMount {
  /** The printed agenda's component, once its code is here and someone prints; null until then. */
  readonly PrintAgenda: PrintAgendaComponent | null;
  /** The Print button: mounts the printed page, lets it and its QR codes draw, then opens the dialog. */
  readonly onPrint: () => void;
}

export function usePrintMount(): PrintMount {
  const [printing, setPrinting] = useState(false);
  const [PrintAgenda, setPrintAgenda] = useState<PrintAgendaComponent | null>(null);
  useEffect(() => {
    let live = true;
    void loadPrintAgenda().then((component) => {
      if (live) setPrintAgenda(() => component);
    });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    const mount = () => {
      flushSync(() => {
        setPrinting(true);
      });
    };
    // Print media (emulated, or a print preview) and beforeprint (the browser's print menu).
    const media = window.matchMedia('print');
    const onMedia = () => {
      if (media.matches) mount();
    };
    onMedia();
    window.addEventListener('beforeprint', mount);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', mount);
      media.removeEventListener('change', onMedia);
    };
  }, []);
  const onPrint = useCallback(() => {
    flushSync(() => {
      setPrinting(true);
    });
    void Promise.all([loadPrintAgenda(), loadQrEncoder()]).then(() => {
      window.setTimeout(() => {
        window.print();
      }, 50);
    });
  }, []);
  return { PrintAgenda: printing ? PrintAgenda : null, onPrint };
}
