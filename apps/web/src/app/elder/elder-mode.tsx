import { createContext, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { ThemeConfig } from 'antd';
import { buildTheme } from '../theme.ts';
import { baseRootPx, ELDER_CLASS, ELDER_ROOT_SCALE, readStoredElderMode, storeElderMode } from './elder-storage.ts';
import './elder-mode.css';

interface ElderMode {
  elder: boolean;
  setElder: (on: boolean) => void;
  theme: ThemeConfig;
}

const ElderModeContext = createContext<ElderMode | null>(null);

/** Holds 长者模式 (remembered in this browser) and the antd theme sized for it and for the browser's font size. */
export function ElderModeProvider({ children }: { children: ReactNode }) {
  const [elder, setElderState] = useState(readStoredElderMode);
  // Read once: the reader's browser font size (a change there reloads the page anyway).
  const [basePx] = useState(baseRootPx);
  // Before paint: the class raises the root font, which the theme below already assumes.
  useLayoutEffect(() => {
    document.documentElement.classList.toggle(ELDER_CLASS, elder);
  }, [elder]);
  const value = useMemo<ElderMode>(
    () => ({
      elder,
      setElder: (on) => {
        storeElderMode(on);
        setElderState(on);
      },
      theme: buildTheme({ rootPx: elder ? basePx * ELDER_ROOT_SCALE : basePx, elder }),
    }),
    [elder, basePx],
  );
  return <ElderModeContext.Provider value={value}>{children}</ElderModeContext.Provider>;
}

export function useElderMode(): ElderMode {
  const value = useContext(ElderModeContext);
  if (!value) throw new Error('useElderMode needs <ElderModeProvider> (app.tsx)');
  return value;
}
