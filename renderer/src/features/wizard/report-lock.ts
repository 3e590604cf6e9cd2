/**
 * Whether the open report can be edited. A published report (Đã phát hành) is the text that was
 * numbered, signed and issued: its editors are read-only and its editing actions disabled, with
 * one line saying why — changes go into a new version. Null while it can be edited.
 */
import { createContext, useContext } from 'react';

export const ReportLockContext = createContext<string | null>(null);

export const useReportLock = (): string | null => useContext(ReportLockContext);
