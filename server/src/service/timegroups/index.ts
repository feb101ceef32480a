/**
 * Time groups (format section 6): recognition with C210–C212, year resolution,
 * readings and ordering. Pure code: it runs in the Node server and in a browser worker.
 */
export { holdsDigitOrClockWord, scanTimeGroups } from './scan';
export { compareInstants, formatReading, isFullDate, isLeapYear, isoDate, resolveYears, weekdayName } from './resolve';
export type { ResolvedTimeGroup } from './resolve';
export {
  daysInMonth,
  isSuspectedMonth,
  MONTH_NAMES,
  monthNumber,
  nearestMonths,
  nearestRomanMonths,
  romanMonth,
  RUSSIAN_MONTH_NAMES,
  WEEKDAY_NAMES,
} from './months';
export type {
  ScanOptions,
  ScanResult,
  TimeGroup,
  TimeGroupDate,
  TimeGroupForm,
  TimeGroupProblem,
  TimeGroupProblemCode,
  TimeGroupTime,
} from './types';
