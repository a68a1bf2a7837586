/**
 * Kept so older imports keep working: the time rules live in `./time` (zone, working days with Dutch
 * holidays and closure days, deadlines at the agency's end of day). Import from there.
 */
export { AGENCY_TIME_ZONE, addWorkingDays, computeDeadline, isWorkingDay } from './time'
